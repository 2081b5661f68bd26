package com.example.burner.buggy;

import com.example.burner.jnacom.IDiscFormat2Data;
import com.example.burner.jnacom.IStream;
import com.sun.jna.platform.win32.COM.COMException;

/** An IMAPI v2 burner on JNA's COM proxies, whose failures arrive as COMException. */
final class JnaComBurner {
  void burn(IDiscFormat2Data writer, IStream image) {
    try {
      writer.Write(image);
    } catch (COMException e) {
      // Bug: the failure is dropped: a cancelled burn, a missing disc and a drive fault all pass
      // for a burned disc.
    }
  }
}
