package com.example.burner.com4j.imapi2;

import com4j.Com4jObject;
import com4j.DISPID;
import com4j.IID;
import com4j.VTID;

/**
 * Represents a single CD/DVD type device, and enables many common operations via a simplified API.
 */
@IID("{27354133-7F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscRecorder2 extends Com4jObject {
  // Methods:
  /** Ejects the media (if any) and opens the tray. */
  @DISPID(256) // = 0x100. The runtime will prefer the VTID if present
  @VTID(7)
  void ejectMedia();

  /**
   * Acquires exclusive access to the device, so that no other program writes to it meanwhile.
   *
   * @param force Mandatory boolean parameter.
   * @param clientName Mandatory java.lang.String parameter.
   */
  @DISPID(258) // = 0x102. The runtime will prefer the VTID if present
  @VTID(9)
  void acquireExclusiveAccess(boolean force, String clientName);

  /** Releases exclusive access to the device. */
  @DISPID(259) // = 0x103. The runtime will prefer the VTID if present
  @VTID(10)
  void releaseExclusiveAccess();

  /**
   * Initializes the object for an underlying device.
   *
   * @param recorderUniqueId Mandatory java.lang.String parameter.
   */
  @DISPID(262) // = 0x106. The runtime will prefer the VTID if present
  @VTID(13)
  void initializeDiscRecorder(String recorderUniqueId);

  /** The vendor ID in the device's INQUIRY data. Getter method for the COM property "VendorId". */
  @DISPID(513) // = 0x201. The runtime will prefer the VTID if present
  @VTID(15)
  String getVendorId();

  /**
   * The Product ID in the device's INQUIRY data. Getter method for the COM property "ProductId".
   */
  @DISPID(514) // = 0x202. The runtime will prefer the VTID if present
  @VTID(16)
  String getProductId();

  /**
   * The name of the client application that has exclusive access. Getter method for the COM
   * property "ExclusiveAccessOwner".
   */
  @DISPID(520) // = 0x208. The runtime will prefer the VTID if present
  @VTID(27)
  String getExclusiveAccessOwner();
}
