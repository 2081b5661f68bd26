package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid.REFIID;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.PointerByReference;

/** The vtable binding of {@code IDiscMaster}. */
public final class DiscMaster extends ComObject implements IDiscMaster {
  public DiscMaster(Pointer instance) {
    super(instance);
  }

  @Override
  public HRESULT Open() {
    return call(3);
  }

  @Override
  public HRESULT SetActiveDiscMasterFormat(REFIID formatIid, PointerByReference format) {
    return call(6, formatIid, format);
  }

  @Override
  public HRESULT EnumDiscRecorders(PointerByReference recorders) {
    return call(7, recorders);
  }

  @Override
  public HRESULT SetActiveDiscRecorder(Pointer recorder) {
    return call(9, recorder);
  }

  @Override
  public HRESULT ClearFormatContent() {
    return call(10);
  }

  @Override
  public HRESULT RecordDisc(boolean simulate, boolean ejectAfterBurn) {
    return call(13, midlBoolean(simulate), midlBoolean(ejectAfterBurn));
  }

  @Override
  public HRESULT Close() {
    return call(14);
  }
}
