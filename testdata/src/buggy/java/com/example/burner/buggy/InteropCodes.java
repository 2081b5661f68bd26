package com.example.burner.buggy;

/** Codes pasted from a widely copied interop table, severity bits and all. */
final class InteropCodes {
  static final int IMAPI_S_PROPERTIESIGNORED = 0x80040200;
  static final int IMAPI_S_BUFFER_TOO_SMALL = 0x80040201;
  static final int IMAPI_E_NOACTIVERECORDER = 0x8004020E;
  static final long IMAPI_E_MEDIUM_NOTPRESENT = 0x8004020FL;

  private InteropCodes() {}
}
