package com.example.burner.com4j.imapi2fs;

import com4j.Com4jObject;
import com4j.DISPID;
import com4j.IID;
import com4j.VTID;

/** FileSystemImage directory item. */
@IID("{2C941FDC-975B-59BE-A960-9A2A262853A5}")
public interface IFsiDirectoryItem extends Com4jObject {
  // Methods:
  /**
   * Add files and directories from the specified source directory.
   *
   * @param sourceDirectory Mandatory java.lang.String parameter.
   * @param includeBaseDirectory Mandatory boolean parameter.
   */
  @DISPID(43) // = 0x2b. The runtime will prefer the VTID if present
  @VTID(25)
  void addTree(String sourceDirectory, boolean includeBaseDirectory);
}
