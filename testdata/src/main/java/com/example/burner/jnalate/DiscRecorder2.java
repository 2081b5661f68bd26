package com.example.burner.jnalate;

import com.sun.jna.platform.win32.COM.COMLateBindingObject;
import com.sun.jna.platform.win32.Variant.VARIANT;

/** A drive: IMAPI v2's {@code MsftDiscRecorder2}, called by name. */
public final class DiscRecorder2 extends COMLateBindingObject {
  /** A new recorder object, not yet bound to a drive. */
  public DiscRecorder2() {
    super("IMAPI2.MsftDiscRecorder2", false);
  }

  /** Binds this object to the drive {@code recorderId}. */
  public void initializeDiscRecorder(String recorderId) {
    invokeNoReply("InitializeDiscRecorder", new VARIANT(recorderId));
  }

  /** Locks the drive for {@code clientName}; {@code force} takes it from another program. */
  public void acquireExclusiveAccess(boolean force, String clientName) {
    invokeNoReply("AcquireExclusiveAccess", new VARIANT(force), new VARIANT(clientName));
  }

  /** Unlocks the drive. */
  public void releaseExclusiveAccess() {
    invokeNoReply("ReleaseExclusiveAccess");
  }

  /** The drive's product name. */
  public String getProductId() {
    return getStringProperty("ProductId");
  }
}
