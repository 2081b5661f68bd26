package com.example.burner.com4j.imapi2fs;

import com.example.burner.com4j.imapi2common.IStream;
import com4j.Com4jObject;
import com4j.DISPID;
import com4j.IID;
import com4j.VTID;

/** FileSystemImage result stream. */
@IID("{2C941FD8-975B-59BE-A960-9A2A262853A5}")
public interface IFileSystemImageResult extends Com4jObject {
  // Methods:
  /** Image stream. Getter method for the COM property "ImageStream". */
  @DISPID(1) // = 0x1. The runtime will prefer the VTID if present
  @VTID(7)
  IStream getImageStream();
}
