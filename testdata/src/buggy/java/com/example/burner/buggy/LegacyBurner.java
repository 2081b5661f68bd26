package com.example.burner.buggy;

/** Old code on the vendor's SDK, which documents its failures as numbers. */
final class LegacyBurner {
  private final VendorDrive drive;

  LegacyBurner(VendorDrive drive) {
    this.drive = drive;
  }

  boolean burn() {
    int hr = drive.recordDisc(false, true);
    if (hr == 0x8004020F) {
      throw new IllegalStateException("no disc");
    }
    return hr == 0;
  }
}
