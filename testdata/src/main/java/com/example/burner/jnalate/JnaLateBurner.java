package com.example.burner.jnalate;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_LOCKED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.BurnOutcome;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMInvokeException;
import com.sun.jna.platform.win32.Variant.VARIANT;
import java.util.logging.Logger;

/**
 * Writes an image to a disc with IMAPI v2 through JNA's late binding. A failing member throws
 * {@link COMInvokeException}; the handlers tell the codes apart by its {@code getScode()}, which is
 * null when the failure carries no exception information, and hand every failure they do not handle
 * on as the cause of a {@link BurnException}.
 */
public final class JnaLateBurner {
  private static final String CLIENT_NAME = "ExampleBurner";
  private static final Logger log = Logger.getLogger(JnaLateBurner.class.getName());

  private final BurnListener listener;

  /** A burner that tells {@code listener} what the user must do. */
  public JnaLateBurner(BurnListener listener) {
    this.listener = listener;
  }

  /**
   * Writes {@code image}, an {@code IStream} built with IMAPI2FS, to the disc in the drive {@code
   * recorderId}, at {@code sectorsPerSecond} if the drive offers it.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome write(String recorderId, VARIANT image, int sectorsPerSecond)
      throws BurnException {
    DiscRecorder2 recorder = open(recorderId);
    if (!lock(recorder)) {
      return BurnOutcome.DRIVE_IN_USE;
    }
    try {
      DiscFormat2Data writer = new DiscFormat2Data();
      writer.setRecorder(recorder);
      writer.setClientName(CLIENT_NAME);
      writer.setWriteSpeed(sectorsPerSecond, false);
      int chosen = writer.getCurrentWriteSpeed();
      if (chosen != sectorsPerSecond) {
        listener.notice("The drive writes at " + chosen + " sectors per second.");
      }
      writer.write(image);
      return BurnOutcome.BURNED;
    } catch (COMInvokeException e) {
      Integer code = e.getScode();
      if (code != null && code == E_IMAPI_REQUEST_CANCELLED) {
        listener.notice("The burn was cancelled; erase the disc before using it again.");
        return BurnOutcome.CANCELLED;
      }
      if (code != null && code == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        listener.notice("Insert a blank disc into " + recorder.getProductId() + ".");
        return BurnOutcome.NO_DISC;
      }
      throw new BurnException("burning", e);
    } finally {
      release(recorder);
    }
  }

  private static DiscRecorder2 open(String recorderId) throws BurnException {
    try {
      DiscRecorder2 recorder = new DiscRecorder2();
      recorder.initializeDiscRecorder(recorderId);
      return recorder;
    } catch (COMException e) {
      throw new BurnException("opening drive " + recorderId, e);
    }
  }

  /** Locks {@code recorder}; false, having told the user, when another program holds it. */
  private boolean lock(DiscRecorder2 recorder) throws BurnException {
    try {
      recorder.acquireExclusiveAccess(false, CLIENT_NAME);
      return true;
    } catch (COMInvokeException e) {
      Integer code = e.getScode();
      if (code != null && code == E_IMAPI_RECORDER_LOCKED) {
        listener.notice(recorder.getProductId() + " is in use by another program.");
        return false;
      }
      throw new BurnException("locking the drive", e);
    }
  }

  private static void release(DiscRecorder2 recorder) {
    try {
      recorder.releaseExclusiveAccess();
    } catch (COMException e) {
      log.warning("unlocking the drive failed: " + e.getMessage());
    }
  }
}
