package com.example.burner.v2.imapi2;

import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI v2's {@code IWriteEngine2EventArgs}: where a running write is, in sectors. */
public interface IWriteEngine2EventArgs {
  @ImapiHResult
  HRESULT get_StartLba(IntByReference value);

  @ImapiHResult
  HRESULT get_SectorCount(IntByReference value);

  @ImapiHResult
  HRESULT get_LastWrittenLba(IntByReference value);
}
