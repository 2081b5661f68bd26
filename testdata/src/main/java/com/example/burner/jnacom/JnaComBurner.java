package com.example.burner.jnacom;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_LOCKED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
import static io.github.imapichecks.annotations.ImapiError.E_ACCESSDENIED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.BurnOutcome;
import com.example.burner.v2.EraseOutcome;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.util.Factory;
import java.util.logging.Logger;

/**
 * Writes an image to a disc, and erases discs, with IMAPI v2 through JNA's COM proxies. A failing
 * call throws {@link COMException}; the handlers test its code with {@code matchesErrorCode}, which
 * is false, not a {@code NullPointerException}, when the exception carries no HRESULT, and hand
 * every failure they do not handle on as the cause of a {@link BurnException}.
 */
public final class JnaComBurner {
  private static final String CLIENT_NAME = "ExampleBurner";
  private static final Logger log = Logger.getLogger(JnaComBurner.class.getName());

  private final Factory factory;
  private final BurnListener listener;

  /** {@code factory} creates the objects on its COM thread. */
  public JnaComBurner(Factory factory, BurnListener listener) {
    this.factory = factory;
    this.listener = listener;
  }

  /**
   * Writes {@code image}, an image built with IMAPI2FS, to the disc in the drive {@code
   * recorderId}.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome write(String recorderId, IStream image) throws BurnException {
    IDiscRecorder2 recorder = open(recorderId);
    if (!lock(recorder)) {
      return BurnOutcome.DRIVE_IN_USE;
    }
    try {
      IDiscFormat2Data writer = factory.createObject(MsftDiscFormat2Data.class);
      writer.setRecorder(recorder);
      writer.setClientName(CLIENT_NAME);
      writer.Write(image);
      return BurnOutcome.BURNED;
    } catch (COMException e) {
      if (e.matchesErrorCode(E_IMAPI_REQUEST_CANCELLED)) {
        listener.notice("The burn was cancelled; erase the disc before using it again.");
        return BurnOutcome.CANCELLED;
      }
      if (e.matchesErrorCode(E_IMAPI_RECORDER_MEDIA_NO_MEDIA)) {
        listener.notice("Insert a blank disc into " + recorder.getProductId() + ".");
        return BurnOutcome.NO_DISC;
      }
      throw new BurnException("burning", e);
    } finally {
      release(recorder);
    }
  }

  /**
   * Erases the disc in the drive {@code recorderId}: its table of contents only, or all of it if
   * {@code full}.
   *
   * @return how the erase ended, unless it failed
   * @throws BurnException if a step failed
   */
  public EraseOutcome erase(String recorderId, boolean full) throws BurnException {
    IDiscRecorder2 recorder = open(recorderId);
    if (!lock(recorder)) {
      return EraseOutcome.DRIVE_IN_USE;
    }
    try {
      IDiscFormat2Erase eraser = factory.createObject(MsftDiscFormat2Erase.class);
      eraser.setRecorder(recorder);
      eraser.setClientName(CLIENT_NAME);
      eraser.setFullErase(full);
      eraser.EraseMedia();
      return EraseOutcome.ERASED;
    } catch (COMException e) {
      if (e.matchesErrorCode(E_IMAPI_RECORDER_MEDIA_NO_MEDIA)) {
        listener.notice("Insert the disc to erase into " + recorder.getProductId() + ".");
        return EraseOutcome.NO_DISC;
      }
      if (e.matchesErrorCode(E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED)) {
        listener.notice("The disc is not rewritable.");
        return EraseOutcome.NOT_REWRITABLE;
      }
      throw new BurnException("erasing the disc", e);
    } finally {
      release(recorder);
    }
  }

  private IDiscRecorder2 open(String recorderId) throws BurnException {
    try {
      IDiscRecorder2 recorder = factory.createObject(MsftDiscRecorder2.class);
      recorder.InitializeDiscRecorder(recorderId);
      return recorder;
    } catch (COMException e) {
      throw new BurnException("opening drive " + recorderId, e);
    }
  }

  /** Locks {@code recorder}; false, having told the user, when another program holds it. */
  private boolean lock(IDiscRecorder2 recorder) throws BurnException {
    try {
      recorder.AcquireExclusiveAccess(false, CLIENT_NAME);
      return true;
    } catch (COMException e) {
      if (e.matchesErrorCode(E_IMAPI_RECORDER_LOCKED) || e.matchesErrorCode(E_ACCESSDENIED)) {
        listener.notice(recorder.getProductId() + " is in use by another program.");
        return false;
      }
      throw new BurnException("locking the drive", e);
    }
  }

  private static void release(IDiscRecorder2 recorder) {
    try {
      recorder.ReleaseExclusiveAccess();
    } catch (COMException e) {
      log.warning("unlocking the drive failed: " + e.getMessage());
    }
  }
}
