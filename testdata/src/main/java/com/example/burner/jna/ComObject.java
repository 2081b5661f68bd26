package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.Unknown;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiHResult;

/** A COM object called through its vtable, the way JNA's own COM bindings call theirs. */
abstract class ComObject extends Unknown {
  ComObject(Pointer instance) {
    super(instance);
  }

  /**
   * Calls vtable slot {@code slot} with this object as the hidden first argument. IUnknown's three
   * methods take slots 0 to 2; an interface's own methods follow in the order of imapi.h.
   */
  // The vtable call is where IMAPI results come from: the sound mode cannot see that it is one.
  @SuppressWarnings("imapihresult:return")
  protected final @ImapiHResult HRESULT call(int slot, Object... args) {
    Object[] withThis = new Object[args.length + 1];
    withThis[0] = getPointer();
    System.arraycopy(args, 0, withThis, 1, args.length);
    return (HRESULT) _invokeNativeObject(slot, withThis, HRESULT.class);
  }

  /** MIDL's {@code boolean} is one byte. */
  static byte midlBoolean(boolean value) {
    return (byte) (value ? 1 : 0);
  }
}
