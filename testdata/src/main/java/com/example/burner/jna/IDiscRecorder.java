package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** IMAPI's {@code IDiscRecorder} in JNA's style. */
public interface IDiscRecorder {
  /** The COM interface pointer, to hand to {@link IDiscMaster#SetActiveDiscRecorder}. */
  Pointer getPointer();

  HRESULT GetRecorderType(IntByReference type);

  HRESULT GetRecorderProperties(PointerByReference properties);

  HRESULT SetRecorderProperties(Pointer properties);

  HRESULT QueryMediaType(IntByReference type, IntByReference flags);

  HRESULT Close();
}
