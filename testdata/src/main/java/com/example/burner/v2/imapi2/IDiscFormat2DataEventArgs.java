package com.example.burner.v2.imapi2;

import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI v2's {@code IDiscFormat2DataEventArgs}: what a running data write is doing. */
public interface IDiscFormat2DataEventArgs extends IWriteEngine2EventArgs {
  /** {@code IMAPI_FORMAT2_DATA_WRITE_ACTION_WRITING_DATA}: sectors are being written. */
  int ACTION_WRITING_DATA = 4;

  /** {@code IMAPI_FORMAT2_DATA_WRITE_ACTION_FINALIZATION}: the disc is being closed. */
  int ACTION_FINALIZATION = 5;

  /** Sets {@code value} to one of the {@code IMAPI_FORMAT2_DATA_WRITE_ACTION} values. */
  @ImapiHResult
  HRESULT get_CurrentAction(IntByReference value);

  /** Sets {@code value} to the seconds the write is expected to take still. */
  @ImapiHResult
  HRESULT get_RemainingTime(IntByReference value);
}
