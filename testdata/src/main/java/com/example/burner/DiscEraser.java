package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;

import com.example.burner.imapi.IDiscRecorder;
import io.github.imapichecks.annotations.ImapiError;
import java.util.logging.Logger;

/** Blanks the CD-RW in a recorder, which IMAPI needs the recorder opened exclusively for. */
public final class DiscEraser {
  private static final Logger log = Logger.getLogger(DiscEraser.class.getName());

  private DiscEraser() {}

  /** Erases the disc in {@code recorder}; false when there is none. */
  public static boolean erase(Recorder recorder, boolean full) throws BurnException {
    IDiscRecorder drive = recorder.binding();
    int opened = drive.OpenExclusive();
    if (ImapiError.failed(opened)) {
      throw new BurnException("opening " + recorder.displayName(), opened);
    }
    try {
      int hr = drive.Erase(full);
      if (hr == IMAPI_E_MEDIUM_NOTPRESENT) {
        return false;
      }
      if (ImapiError.failed(hr)) {
        throw new BurnException("erasing the disc", hr);
      }
      return true;
    } finally {
      int hr = drive.Close();
      if (ImapiError.failed(hr)) {
        log.warning("closing " + recorder.displayName() + " failed: " + ImapiError.nameOf(hr));
      }
    }
  }
}
