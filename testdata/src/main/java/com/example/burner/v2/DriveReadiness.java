package com.example.burner.v2;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_BECOMING_READY;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.S_IMAPI_COMMAND_HAS_SENSE_DATA;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.v2.imapi2.IDiscRecorder2Ex;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;

/**
 * Asks a drive whether it is ready with SCSI's TEST UNIT READY, waiting while it spins up, before a
 * burn starts, so that "no disc" reaches the user at once rather than after the image is built.
 */
final class DriveReadiness {
  /** TEST UNIT READY: operation code 0x00 and five zero bytes. */
  private static final int TEST_UNIT_READY_LENGTH = 6;

  private static final int TIMEOUT_SECONDS = 10;
  private static final int READY_ATTEMPTS = 10;
  private static final long READY_WAIT_MILLIS = 1_000;

  /** Where fixed-format sense data holds the sense key and the additional sense code. */
  private static final int SENSE_KEY_BYTE = 2;

  private static final int ASC_BYTE = 12;
  private static final int SENSE_KEY_NOT_READY = 0x02;
  private static final int ASC_NOT_READY = 0x04;
  private static final int ASC_MEDIUM_NOT_PRESENT = 0x3A;

  private enum State {
    READY,
    NO_DISC,
    SPINNING_UP
  }

  private DriveReadiness() {}

  /**
   * Waits until {@code drive} is ready. Returns false, having told the user, when it has no disc.
   */
  static boolean awaitDisc(IDiscRecorder2Ex drive, String name, BurnListener listener)
      throws BurnException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      byte[] cdb = new byte[TEST_UNIT_READY_LENGTH];
      byte[] sense = new byte[IDiscRecorder2Ex.SENSE_LENGTH];
      int hr = drive.SendCommandNoData(cdb, cdb.length, sense, TIMEOUT_SECONDS);
      State state;
      if (hr == S_IMAPI_COMMAND_HAS_SENSE_DATA) {
        // A success HRESULT, but the drive failed the command: its sense data says why.
        state = fromSense(sense, hr, name);
      } else if (hr == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        state = State.NO_DISC;
      } else if (hr == E_IMAPI_RECORDER_MEDIA_BECOMING_READY) {
        state = State.SPINNING_UP;
      } else if (ImapiError.failed(hr)) {
        throw new BurnException("asking " + name + " whether it is ready", hr);
      } else {
        state = State.READY;
      }
      switch (state) {
        case READY -> {
          return true;
        }
        case NO_DISC -> {
          listener.notice("Insert a blank disc into " + name + ".");
          return false;
        }
        case SPINNING_UP -> {
          if (attempt == READY_ATTEMPTS) {
            throw new BurnException("waiting for " + name + " to become ready", hr);
          }
          Thread.sleep(READY_WAIT_MILLIS);
        }
      }
    }
  }

  /** What the sense data of a failed TEST UNIT READY says; throws for anything but not ready. */
  private static State fromSense(byte[] sense, @ImapiHResult int hr, String name)
      throws BurnException {
    int senseKey = sense[SENSE_KEY_BYTE] & 0x0F;
    int asc = sense[ASC_BYTE] & 0xFF;
    if (senseKey == SENSE_KEY_NOT_READY && asc == ASC_MEDIUM_NOT_PRESENT) {
      return State.NO_DISC;
    }
    if (senseKey == SENSE_KEY_NOT_READY && asc == ASC_NOT_READY) {
      return State.SPINNING_UP;
    }
    throw new BurnException(
        String.format(
            "asking %s whether it is ready (sense key %X, code %02X)", name, senseKey, asc),
        hr);
  }
}
