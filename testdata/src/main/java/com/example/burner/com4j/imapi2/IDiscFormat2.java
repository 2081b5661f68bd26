package com.example.burner.com4j.imapi2;

import com4j.Com4jObject;
import com4j.DISPID;
import com4j.IID;
import com4j.VTID;

/** Common Disc Format (writer) Operations. */
@IID("{27354152-8F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscFormat2 extends Com4jObject {
  // Methods:
  /**
   * Determines if the recorder object supports the given format.
   *
   * @param recorder Mandatory com.example.burner.com4j.imapi2.IDiscRecorder2 parameter.
   * @return Returns a value of type boolean
   */
  @DISPID(2048) // = 0x800. The runtime will prefer the VTID if present
  @VTID(7)
  boolean isRecorderSupported(IDiscRecorder2 recorder);

  /**
   * Determines if the current media in a supported recorder object supports the given format.
   *
   * @param recorder Mandatory com.example.burner.com4j.imapi2.IDiscRecorder2 parameter.
   * @return Returns a value of type boolean
   */
  @DISPID(2049) // = 0x801. The runtime will prefer the VTID if present
  @VTID(8)
  boolean isCurrentMediaSupported(IDiscRecorder2 recorder);
}
