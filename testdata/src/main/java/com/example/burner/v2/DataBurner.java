package com.example.burner.v2;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
import static io.github.imapichecks.annotations.Imapi2Error.S_IMAPI_BOTHADJUSTED;
import static io.github.imapichecks.annotations.Imapi2Error.S_IMAPI_ROTATIONADJUSTED;
import static io.github.imapichecks.annotations.Imapi2Error.S_IMAPI_SPEEDADJUSTED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.BurnOutcome;
import com.example.burner.v2.imapi2.IDiscFormat2Data;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.OaIdl.VARIANT_BOOLByReference;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiError;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Burns a data disc with IMAPI v2: picks the drive, locks it for this application, waits until it
 * is ready, checks the disc, negotiates the write speed, builds an IMAPI2FS image of the chosen
 * folders, and writes it with progress and cancel. Every IMAPI result is checked, and the codes
 * each call is documented to return for a reason the user must hear of are told apart from plain
 * failures.
 */
public final class DataBurner {
  /** The name other programs see while this application holds a drive. */
  static final String CLIENT_NAME = "ExampleBurner";

  /** Sectors per second at 1x: 75 sectors of 2048 bytes, CD speed. */
  private static final int SECTORS_PER_SECOND_1X = 75;

  private static final Logger log = Logger.getLogger(DataBurner.class.getName());

  private final ComBridge bridge;
  private final BurnListener listener;

  public DataBurner(ComBridge bridge, BurnListener listener) {
    this.bridge = bridge;
    this.listener = listener;
  }

  /**
   * Burns {@code burn}. {@code progress} hears the write and can cancel it.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome burn(DataBurn burn, WriteProgress progress)
      throws BurnException, InterruptedException {
    Drive drive =
        DriveChooser.choose(DriveChooser.list(bridge), burn.recorderId())
            .orElseThrow(
                () ->
                    new BurnException("finding a drive", new IllegalStateException("none found")));
    IDiscFormat2Data writer = bridge.newDataWriter(progress);
    if (!canWrite(writer, drive)) {
      listener.notice(drive.displayName() + " cannot write data discs.");
      return BurnOutcome.UNSUPPORTED_DISC;
    }
    if (!ExclusiveAccess.acquire(drive, CLIENT_NAME, listener)) {
      return BurnOutcome.DRIVE_IN_USE;
    }
    try {
      if (!DriveReadiness.awaitDisc(
          bridge.extendedAccess(drive.recorder()), drive.displayName(), listener)) {
        return BurnOutcome.NO_DISC;
      }
      use(writer, drive);
      Optional<BurnOutcome> unusable = discProblem(writer, drive);
      if (unusable.isPresent()) {
        return unusable.get();
      }
      negotiateSpeed(writer, burn.sectorsPerSecond());
      ImageBuilder image = new ImageBuilder(bridge.newFileSystemImage(), listener);
      if (!image.fitTo(drive)) {
        return BurnOutcome.UNSUPPORTED_DISC;
      }
      image.chooseFileSystems();
      image.name(burn.volumeName());
      if (!image.add(burn.folders())) {
        return BurnOutcome.DOES_NOT_FIT;
      }
      return write(writer, image.finish());
    } finally {
      ExclusiveAccess.release(drive);
    }
  }

  private static boolean canWrite(IDiscFormat2Data writer, Drive drive) throws BurnException {
    VARIANT_BOOLByReference supported = new VARIANT_BOOLByReference();
    HRESULT hr = writer.IsRecorderSupported(drive.recorder(), supported);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("asking what " + drive.displayName() + " can do", hr.intValue());
    }
    // S_FALSE is a success too: the answer is in the flag, not in the result.
    return supported.getValue().booleanValue();
  }

  private static void use(IDiscFormat2Data writer, Drive drive) throws BurnException {
    HRESULT hr = writer.put_Recorder(drive.recorder());
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("choosing " + drive.displayName(), hr.intValue());
    }
    hr = writer.put_ClientName(CLIENT_NAME);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("naming this application to IMAPI", hr.intValue());
    }
  }

  /** Why the disc in the drive cannot be written, once told; empty if it can. */
  private Optional<BurnOutcome> discProblem(IDiscFormat2Data writer, Drive drive)
      throws BurnException {
    VARIANT_BOOLByReference supported = new VARIANT_BOOLByReference();
    HRESULT hr = writer.IsCurrentMediaSupported(drive.recorder(), supported);
    // Windows 7 and later say "no disc" with this code; Vista with S_OK and a false flag.
    if (hr.intValue() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      listener.notice("Insert a blank disc into " + drive.displayName() + ".");
      return Optional.of(BurnOutcome.NO_DISC);
    }
    if (ImapiError.failed(hr.intValue())) {
      throw new BurnException("checking the disc", hr.intValue());
    }
    if (!supported.getValue().booleanValue()) {
      listener.notice("The disc in " + drive.displayName() + " cannot be written.");
      return Optional.of(BurnOutcome.UNSUPPORTED_DISC);
    }
    return Optional.empty();
  }

  /** Asks for {@code sectorsPerSecond}, and tells the user when the drive chose another speed. */
  private void negotiateSpeed(IDiscFormat2Data writer, int sectorsPerSecond) throws BurnException {
    HRESULT hr = writer.SetWriteSpeed(sectorsPerSecond, false);
    switch (hr.intValue()) {
      case S_IMAPI_SPEEDADJUSTED -> announceSpeed(writer, "the nearest speed it supports");
      case S_IMAPI_ROTATIONADJUSTED -> log.fine("the drive chose its own rotation control");
      case S_IMAPI_BOTHADJUSTED -> announceSpeed(writer, "its own speed and rotation control");
      default -> {
        if (ImapiError.failed(hr.intValue())) {
          throw new BurnException("setting the write speed", hr.intValue());
        }
      }
    }
  }

  /** The drive chose {@code what}: read back its speed before promising a burn time. */
  private void announceSpeed(IDiscFormat2Data writer, String what) {
    IntByReference current = new IntByReference();
    HRESULT hr = writer.get_CurrentWriteSpeed(current);
    if (COMUtils.SUCCEEDED(hr)) {
      listener.notice("The drive burns at " + current.getValue() / SECTORS_PER_SECOND_1X + "x.");
    } else {
      log.fine("the drive chose " + what + ", unknown: " + ImapiError.nameOf(hr.intValue()));
    }
  }

  private BurnOutcome write(IDiscFormat2Data writer, Pointer image) throws BurnException {
    HRESULT hr = writer.Write(image);
    if (hr.intValue() == E_IMAPI_REQUEST_CANCELLED) {
      listener.notice("The burn was cancelled; erase the disc before using it again.");
      return BurnOutcome.CANCELLED;
    }
    if (hr.intValue() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      listener.notice("The disc was taken out.");
      return BurnOutcome.NO_DISC;
    }
    if (ImapiError.failed(hr.intValue())) {
      throw new BurnException("burning", hr.intValue());
    }
    return BurnOutcome.BURNED;
  }
}
