package com.example.burner.jna;

import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI's {@code IEnumDiscRecorders} in JNA's style, its results declared IMAPI results. */
public interface IEnumDiscRecorders {
  @ImapiHResult
  HRESULT Next(int count, PointerByReference recorder, IntByReference fetched);
}
