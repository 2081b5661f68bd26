package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.imapichecks.annotations.ImapiHResult;

/** The vtable binding of {@code IEnumDiscRecorders}. */
public final class EnumDiscRecorders extends ComObject implements IEnumDiscRecorders {
  public EnumDiscRecorders(Pointer instance) {
    super(instance);
  }

  @Override
  public @ImapiHResult HRESULT Next(
      int count, PointerByReference recorder, IntByReference fetched) {
    return call(3, count, recorder, fetched);
  }
}
