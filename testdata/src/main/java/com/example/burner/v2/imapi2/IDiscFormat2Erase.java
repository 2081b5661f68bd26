package com.example.burner.v2.imapi2;

import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI v2's {@code IDiscFormat2Erase}: blanks a rewritable disc. */
public interface IDiscFormat2Erase extends IDiscFormat2 {
  @ImapiHResult
  HRESULT put_Recorder(IDiscRecorder2 value);

  @ImapiHResult
  HRESULT put_ClientName(String value);

  /** Whether to overwrite the whole disc rather than only its table of contents. */
  @ImapiHResult
  HRESULT put_FullErase(boolean value);

  /** Erases the disc; returns when the erase has ended. */
  @ImapiHResult
  HRESULT EraseMedia();
}
