package com.example.burner.com4j.imapi2;

import com.example.burner.com4j.imapi2common.IStream;
import com4j.DISPID;
import com4j.IID;
import com4j.VTID;

/** Data Writer. */
@IID("{27354153-9F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscFormat2Data extends IDiscFormat2 {
  // Methods:
  /**
   * The disc recorder to use. Setter method for the COM property "Recorder".
   *
   * @param value Mandatory com.example.burner.com4j.imapi2.IDiscRecorder2 parameter.
   */
  @DISPID(256) // = 0x100. The runtime will prefer the VTID if present
  @VTID(12)
  void setRecorder(IDiscRecorder2 value);

  /**
   * Total sectors available on the media (used + free). Getter method for the COM property
   * "TotalSectorsOnMedia".
   */
  @DISPID(264) // = 0x108. The runtime will prefer the VTID if present
  @VTID(20)
  int getTotalSectorsOnMedia();

  /**
   * Free sectors available on the media. Getter method for the COM property "FreeSectorsOnMedia".
   */
  @DISPID(265) // = 0x109. The runtime will prefer the VTID if present
  @VTID(21)
  int getFreeSectorsOnMedia();

  /**
   * The friendly name of the client (used to determine recorder reservation conflicts). Setter
   * method for the COM property "ClientName".
   *
   * @param value Mandatory java.lang.String parameter.
   */
  @DISPID(272) // = 0x110. The runtime will prefer the VTID if present
  @VTID(30)
  void setClientName(String value);

  /** The drive's current write speed. Getter method for the COM property "CurrentWriteSpeed". */
  @DISPID(275) // = 0x113. The runtime will prefer the VTID if present
  @VTID(34)
  int getCurrentWriteSpeed();

  /**
   * Writes all the data provided in the IStream to the device.
   *
   * @param data Mandatory com.example.burner.com4j.imapi2common.IStream parameter.
   */
  @DISPID(512) // = 0x200. The runtime will prefer the VTID if present
  @VTID(41)
  void write(IStream data);

  /** Cancels the current write operation. */
  @DISPID(513) // = 0x201. The runtime will prefer the VTID if present
  @VTID(42)
  void cancelWrite();

  /**
   * Sets the write speed (in sectors per second) of the attached disc recorder.
   *
   * @param requestedSectorsPerSecond Mandatory int parameter.
   * @param rotationTypeIsPureCAV Mandatory boolean parameter.
   */
  @DISPID(514) // = 0x202. The runtime will prefer the VTID if present
  @VTID(43)
  void setWriteSpeed(int requestedSectorsPerSecond, boolean rotationTypeIsPureCAV);
}
