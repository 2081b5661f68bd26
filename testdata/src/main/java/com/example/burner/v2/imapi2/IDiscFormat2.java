package com.example.burner.v2.imapi2;

import com.sun.jna.platform.win32.OaIdl.VARIANT_BOOLByReference;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI v2's {@code IDiscFormat2}, which every disc format extends: what a format can write. */
public interface IDiscFormat2 {
  /** Sets {@code value} to whether this format can write with {@code recorder} at all. */
  @ImapiHResult
  HRESULT IsRecorderSupported(IDiscRecorder2 recorder, VARIANT_BOOLByReference value);

  /** Sets {@code value} to whether this format can write the disc now in {@code recorder}. */
  @ImapiHResult
  HRESULT IsCurrentMediaSupported(IDiscRecorder2 recorder, VARIANT_BOOLByReference value);

  @ImapiHResult
  HRESULT get_MediaPhysicallyBlank(VARIANT_BOOLByReference value);
}
