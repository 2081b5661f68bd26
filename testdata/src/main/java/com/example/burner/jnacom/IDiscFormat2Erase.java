package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.IUnknown;
import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;
import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;
import com.sun.jna.platform.win32.COM.util.annotation.ComProperty;

/** IMAPI v2's {@code IDiscFormat2Erase}: blanks a rewritable disc. */
@ComInterface(iid = "{27354156-8F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscFormat2Erase extends IUnknown {
  @ComProperty(name = "Recorder", dispId = 0x100)
  void setRecorder(IDiscRecorder2 value);

  /** Whether to overwrite the whole disc rather than only its table of contents. */
  @ComProperty(name = "FullErase", dispId = 0x101)
  void setFullErase(Boolean value);

  @ComProperty(name = "ClientName", dispId = 0x103)
  void setClientName(String value);

  /** Erases the disc; returns when the erase has ended. */
  @ComMethod(name = "EraseMedia", dispId = 0x201)
  void EraseMedia();
}
