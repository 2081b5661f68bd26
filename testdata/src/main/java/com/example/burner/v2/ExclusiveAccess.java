package com.example.burner.v2;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_LOCKED;
import static io.github.imapichecks.annotations.ImapiError.E_ACCESSDENIED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.v2.imapi2.IDiscRecorder2;
import io.github.imapichecks.annotations.ImapiError;
import java.util.logging.Logger;

/**
 * Locks a drive for this application while it writes or erases, so that no other program starts a
 * burn in between; tells the user who holds it when another program does.
 */
final class ExclusiveAccess {
  private static final Logger log = Logger.getLogger(ExclusiveAccess.class.getName());

  private ExclusiveAccess() {}

  /**
   * Locks {@code drive} for {@code clientName}. Returns false, having told the user, when another
   * program holds it; each true is paired with a {@link #release}.
   */
  static boolean acquire(Drive drive, String clientName, BurnListener listener)
      throws BurnException {
    IDiscRecorder2 recorder = drive.recorder();
    int hr = recorder.AcquireExclusiveAccess(false, clientName);
    // The page names both: LOCKED for IMAPI's own lock, ACCESSDENIED for a program using the drive.
    if (hr == E_IMAPI_RECORDER_LOCKED || hr == E_ACCESSDENIED) {
      String[] owner = new String[1];
      int asked = recorder.get_ExclusiveAccessOwner(owner);
      String holder =
          ImapiError.succeeded(asked) && owner[0] != null ? owner[0] : "another program";
      listener.notice(drive.displayName() + " is in use by " + holder + "; try again later.");
      return false;
    }
    if (ImapiError.failed(hr)) {
      throw new BurnException("locking " + drive.displayName(), hr);
    }
    return true;
  }

  /** Unlocks {@code drive} again; a failure is only logged, the work being done. */
  static void release(Drive drive) {
    int hr = drive.recorder().ReleaseExclusiveAccess();
    if (ImapiError.failed(hr)) {
      log.warning("unlocking " + drive.displayName() + " failed: " + ImapiError.nameOf(hr));
    }
  }
}
