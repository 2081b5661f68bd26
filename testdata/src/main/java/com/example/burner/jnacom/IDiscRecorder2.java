package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.IUnknown;
import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;
import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;
import com.sun.jna.platform.win32.COM.util.annotation.ComProperty;

/** IMAPI v2's {@code IDiscRecorder2}: one optical drive. */
@ComInterface(iid = "{27354133-7F64-5B0F-8F00-5D77AFBE261E}")
public interface IDiscRecorder2 extends IUnknown {
  @ComMethod(name = "AcquireExclusiveAccess", dispId = 0x102)
  void AcquireExclusiveAccess(Boolean force, String clientName);

  @ComMethod(name = "ReleaseExclusiveAccess", dispId = 0x103)
  void ReleaseExclusiveAccess();

  @ComMethod(name = "InitializeDiscRecorder", dispId = 0x106)
  void InitializeDiscRecorder(String recorderUniqueId);

  @ComProperty(name = "ProductId", dispId = 0x202)
  String getProductId();
}
