package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.IUnknown;
import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;
import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;
import com.sun.jna.platform.win32.COM.util.annotation.ComProperty;

/** IMAPI v2's {@code IDiscFormat2Data}: writes a data stream to a disc. */
@ComInterface(iid = "{27354153-9F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscFormat2Data extends IUnknown {
  @ComProperty(name = "Recorder", dispId = 0x100)
  void setRecorder(IDiscRecorder2 value);

  @ComProperty(name = "ClientName", dispId = 0x110)
  void setClientName(String value);

  /** Writes the {@code IStream} {@code data} to the disc; returns when the write has ended. */
  @ComMethod(name = "Write", dispId = 0x200)
  void Write(IStream data);
}
