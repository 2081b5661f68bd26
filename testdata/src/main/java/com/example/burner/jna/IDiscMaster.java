package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid.REFIID;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.PointerByReference;

/** IMAPI's {@code IDiscMaster} in JNA's style: each method returns JNA's {@code HRESULT}. */
public interface IDiscMaster {
  HRESULT Open();

  HRESULT SetActiveDiscMasterFormat(REFIID formatIid, PointerByReference format);

  HRESULT EnumDiscRecorders(PointerByReference recorders);

  HRESULT SetActiveDiscRecorder(Pointer recorder);

  HRESULT ClearFormatContent();

  HRESULT RecordDisc(boolean simulate, boolean ejectAfterBurn);

  HRESULT Close();
}
