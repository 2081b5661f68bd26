package com.example.burner.com4j;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_LOCKED;
import static io.github.imapichecks.annotations.ImapiError.E_ACCESSDENIED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.com4j.imapi2.ClassFactory;
import com.example.burner.com4j.imapi2.IDiscMaster2;
import com.example.burner.com4j.imapi2.IDiscRecorder2;
import com4j.ComException;
import java.util.logging.Logger;

/**
 * Finds the drive to burn with through com4j's IMAPI v2 bindings, and locks it for this application
 * while it writes or erases.
 */
final class Com4jDrives {
  /** The name other programs see while this application holds a drive. */
  static final String CLIENT_NAME = "ExampleBurner";

  private static final Logger log = Logger.getLogger(Com4jDrives.class.getName());

  private Com4jDrives() {}

  /**
   * The drive with the unique ID {@code preferredId}, or the first drive if it is "" or not there.
   *
   * @throws BurnException if this machine has no drive IMAPI v2 can use
   * @throws ComException if IMAPI fails to list or open the drives
   */
  static IDiscRecorder2 open(String preferredId) throws BurnException {
    IDiscMaster2 master = ClassFactory.createMsftDiscMaster2();
    if (!master.getIsSupportedEnvironment() || master.getCount() == 0) {
      throw new BurnException("finding a drive", new IllegalStateException("none found"));
    }
    String id = master.getItem(0);
    for (int index = 1; index < master.getCount(); index++) {
      String candidate = master.getItem(index);
      if (candidate.equals(preferredId)) {
        id = candidate;
      }
    }
    IDiscRecorder2 recorder = ClassFactory.createMsftDiscRecorder2();
    recorder.initializeDiscRecorder(id);
    return recorder;
  }

  /** The drive's vendor and product, as the user knows it. */
  static String displayName(IDiscRecorder2 recorder) {
    return (recorder.getVendorId().trim() + " " + recorder.getProductId().trim()).trim();
  }

  /**
   * Locks {@code recorder} for this application. Returns false, having told the user, when another
   * program holds it; each true is paired with a {@link #release}.
   */
  static boolean lock(IDiscRecorder2 recorder, BurnListener listener) throws BurnException {
    try {
      recorder.acquireExclusiveAccess(false, CLIENT_NAME);
      return true;
    } catch (ComException e) {
      // The page names both: LOCKED for IMAPI's own lock, ACCESSDENIED for a program using the
      // drive. Any other failure goes on with its HRESULT, as the cause.
      if (e.getHRESULT() == E_IMAPI_RECORDER_LOCKED || e.getHRESULT() == E_ACCESSDENIED) {
        listener.notice(displayName(recorder) + " is in use by " + owner(recorder) + ".");
        return false;
      }
      throw new BurnException("locking " + displayName(recorder), e);
    }
  }

  private static String owner(IDiscRecorder2 recorder) {
    try {
      String owner = recorder.getExclusiveAccessOwner();
      return owner == null || owner.isEmpty() ? "another program" : owner;
    } catch (ComException e) {
      log.fine("no owner: " + e.getMessage());
      return "another program";
    }
  }

  /** Unlocks {@code recorder} again; a failure is only logged, the work being done. */
  static void release(IDiscRecorder2 recorder) {
    try {
      recorder.releaseExclusiveAccess();
    } catch (ComException e) {
      log.warning("unlocking the drive failed: " + e.getMessage());
    }
  }
}
