package com.example.burner.buggy;

import com.example.burner.jnalate.DiscFormat2Data;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMInvokeException;
import com.sun.jna.platform.win32.COM.COMLateBindingObject;
import com.sun.jna.platform.win32.Variant.VARIANT;

/** An IMAPI v2 burner on JNA's late binding, whose failures arrive as COMInvokeException. */
final class JnaLateBurner {
  boolean burn(DiscFormat2Data writer, VARIANT image) {
    // Bug: the drive may choose another speed, and this binding drops the code that says so.
    writer.setWriteSpeed(2352, false);
    try {
      writer.write(image);
      return true;
    } catch (COMInvokeException e) {
      // Bug: a number copied from the header instead of E_IMAPI_REQUEST_CANCELLED.
      if (e.getScode() == 0xC0AA0002) {
        return false;
      }
      throw e;
    }
  }

  /** A drive, driven by name. */
  static final class Drive extends COMLateBindingObject {
    Drive() {
      super("IMAPI2.MsftDiscRecorder2", false);
    }

    void eject() {
      try {
        invokeNoReply("EjectMedia");
      } catch (COMException e) {
        // Bug: the failure is dropped.
      }
    }
  }
}
