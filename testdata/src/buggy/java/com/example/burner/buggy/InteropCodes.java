package com.example.burner.buggy;

import com.sun.jna.platform.win32.WinNT.HRESULT;

/** Codes pasted from a widely copied interop table, severity bits and all. */
final class InteropCodes {
  static final int IMAPI_S_PROPERTIESIGNORED = 0x80040200;
  static final int IMAPI_S_BUFFER_TOO_SMALL = 0x80040201;
  static final int IMAPI_E_NOACTIVERECORDER = 0x8004020E;
  static final long IMAPI_E_MEDIUM_NOTPRESENT = 0x8004020FL;
  static final HRESULT IMAPI_E_DISCFULL = new HRESULT(0x8004021D);

  /** A VB.NET table's spelling of the names, with its values. */
  static final int Imapi_E_WrongFormat = 0x80040220;

  /** The same table as an enum, one digit off. */
  enum BurnError {
    IMAPI_E_USERABORT(0x8004020C),
    IMAPI_E_WRONGDISC(0x80040223);

    final int code;

    BurnError(int code) {
      this.code = code;
    }
  }

  private InteropCodes() {}
}
