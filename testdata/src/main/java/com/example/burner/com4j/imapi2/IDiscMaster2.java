package com.example.burner.com4j.imapi2;

import com4j.Com4jObject;
import com4j.DISPID;
import com4j.DefaultMethod;
import com4j.IID;
import com4j.VTID;

/**
 * IDiscMaster2 is used to get an enumerator for the set of CD/DVD (optical) devices on the system.
 */
@IID("{27354130-7F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscMaster2 extends Com4jObject {
  // Methods:
  /**
   * Get the unique device ID for the device at {@code index}. Getter method for the COM property
   * "Item".
   */
  @DISPID(0) // = 0x0. The runtime will prefer the VTID if present
  @VTID(8)
  @DefaultMethod
  String getItem(int index);

  /** The current number of recorders in the system. Getter method for the COM property "Count". */
  @DISPID(1) // = 0x1. The runtime will prefer the VTID if present
  @VTID(9)
  int getCount();

  /**
   * Whether IMAPI is running in an environment with optical devices and permission to access them.
   * Getter method for the COM property "IsSupportedEnvironment".
   */
  @DISPID(2) // = 0x2. The runtime will prefer the VTID if present
  @VTID(10)
  boolean getIsSupportedEnvironment();
}
