package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The vtable binding of {@code IDiscRecorder}. */
public final class DiscRecorder extends ComObject implements IDiscRecorder {
  public DiscRecorder(Pointer instance) {
    super(instance);
  }

  @Override
  public HRESULT GetRecorderType(IntByReference type) {
    return call(5, type);
  }

  @Override
  public HRESULT GetRecorderProperties(PointerByReference properties) {
    return call(9, properties);
  }

  @Override
  public HRESULT SetRecorderProperties(Pointer properties) {
    return call(10, properties);
  }

  @Override
  public HRESULT QueryMediaType(IntByReference type, IntByReference flags) {
    return call(13, type, flags);
  }

  @Override
  public HRESULT Close() {
    return call(17);
  }
}
