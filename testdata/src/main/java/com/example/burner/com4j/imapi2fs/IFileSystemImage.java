package com.example.burner.com4j.imapi2fs;

import com.example.burner.com4j.imapi2.IDiscRecorder2;
import com4j.Com4jObject;
import com4j.DISPID;
import com4j.DefaultMethod;
import com4j.IID;
import com4j.VTID;

/** File system image. */
@IID("{2C941FE1-975B-59BE-A960-9A2A262853A5}")
public interface IFileSystemImage extends Com4jObject {
  /** {@code FsiFileSystemISO9660}. */
  int FILE_SYSTEM_ISO9660 = 1;

  /** {@code FsiFileSystemJoliet}. */
  int FILE_SYSTEM_JOLIET = 2;

  /** {@code FsiFileSystemUDF}. */
  int FILE_SYSTEM_UDF = 4;

  // Methods:
  /** Root directory item. Getter method for the COM property "Root". */
  @DISPID(0) // = 0x0. The runtime will prefer the VTID if present
  @VTID(7)
  @DefaultMethod
  IFsiDirectoryItem getRoot();

  /**
   * Volume name. Setter method for the COM property "VolumeName".
   *
   * @param newVal Mandatory java.lang.String parameter.
   */
  @DISPID(8) // = 0x8. The runtime will prefer the VTID if present
  @VTID(21)
  void setVolumeName(String newVal);

  /**
   * File systems to create. Getter method for the COM property "FileSystemsToCreate".
   *
   * @return Returns a value of type int
   */
  @DISPID(13) // = 0xd. The runtime will prefer the VTID if present
  @VTID(36)
  int getFileSystemsToCreate();

  /**
   * File systems to create. Setter method for the COM property "FileSystemsToCreate".
   *
   * @param pVal Mandatory int parameter.
   */
  @DISPID(13) // = 0xd. The runtime will prefer the VTID if present
  @VTID(37)
  void setFileSystemsToCreate(int pVal);

  /**
   * Set media type, file systems and size from the current media in {@code discRecorder}.
   *
   * @param discRecorder Mandatory com.example.burner.com4j.imapi2.IDiscRecorder2 parameter.
   */
  @DISPID(32) // = 0x20. The runtime will prefer the VTID if present
  @VTID(46)
  void chooseImageDefaults(IDiscRecorder2 discRecorder);

  /**
   * Create result image stream.
   *
   * @return Returns a value of type com.example.burner.com4j.imapi2fs.IFileSystemImageResult
   */
  @DISPID(27) // = 0x1b. The runtime will prefer the VTID if present
  @VTID(42)
  IFileSystemImageResult createResultImage();
}
