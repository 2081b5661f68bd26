package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;

/** IMAPI's {@code IJolietDiscMaster} in JNA's style. */
public interface IJolietDiscMaster {
  HRESULT AddData(Pointer storage, int fileOverwrite);

  HRESULT SetJolietProperties(Pointer properties);
}
