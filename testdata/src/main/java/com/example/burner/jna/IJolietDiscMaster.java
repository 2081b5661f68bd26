package com.example.burner.jna;

import com.sun.jna.platform.win32.WinNT.HRESULT;

/** The JNA-style IJolietDiscMaster binding, as JNA COM code declares it. */
public interface IJolietDiscMaster {
  HRESULT AddData(Object storage, int overwrite);

  HRESULT SetJolietProperties(Object propertyStorage);
}
