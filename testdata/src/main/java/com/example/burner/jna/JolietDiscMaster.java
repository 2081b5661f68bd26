package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;

/** The vtable binding of {@code IJolietDiscMaster}. */
public final class JolietDiscMaster extends ComObject implements IJolietDiscMaster {
  public JolietDiscMaster(Pointer instance) {
    super(instance);
  }

  @Override
  public HRESULT AddData(Pointer storage, int fileOverwrite) {
    return call(6, storage, fileOverwrite);
  }

  @Override
  public HRESULT SetJolietProperties(Pointer properties) {
    return call(8, properties);
  }
}
