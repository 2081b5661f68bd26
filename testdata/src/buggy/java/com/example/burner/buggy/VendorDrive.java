package com.example.burner.buggy;

/**
 * The drive wrapper of a vendor's burning SDK, whose methods pass IMAPI's results through. The
 * build names it in {@code -XepOpt:Imapi:BindingTypes}, so the checks know its results.
 */
interface VendorDrive {
  int recordDisc(boolean simulate, boolean ejectAfterBurn);

  int eject();
}
