package com.example.burner.com4j.imapi2;

import com4j.DISPID;
import com4j.IID;
import com4j.VTID;

/** Media Erase/Blank. */
@IID("{27354156-8F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscFormat2Erase extends IDiscFormat2 {
  // Methods:
  /**
   * Sets the recorder object to use for an erase operation. Setter method for the COM property
   * "Recorder".
   *
   * @param value Mandatory com.example.burner.com4j.imapi2.IDiscRecorder2 parameter.
   */
  @DISPID(256) // = 0x100. The runtime will prefer the VTID if present
  @VTID(12)
  void setRecorder(IDiscRecorder2 value);

  /**
   * Sets the media erase to a full or quick one. Setter method for the COM property "FullErase".
   *
   * @param value Mandatory boolean parameter.
   */
  @DISPID(257) // = 0x101. The runtime will prefer the VTID if present
  @VTID(14)
  void setFullErase(boolean value);

  /**
   * The friendly name of the client (used to determine recorder reservation conflicts). Setter
   * method for the COM property "ClientName".
   *
   * @param value Mandatory java.lang.String parameter.
   */
  @DISPID(259) // = 0x103. The runtime will prefer the VTID if present
  @VTID(17)
  void setClientName(String value);

  /** Erases the media in the active disc recorder. */
  @DISPID(513) // = 0x201. The runtime will prefer the VTID if present
  @VTID(19)
  void eraseMedia();
}
