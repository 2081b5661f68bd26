package com.example.burner.v2;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.v2.imapi2.IDiscFormat2Erase;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiError;

/** Blanks the rewritable disc in a drive with IMAPI v2, for one more burn. */
public final class DiscWiper {
  private final ComBridge bridge;
  private final BurnListener listener;

  public DiscWiper(ComBridge bridge, BurnListener listener) {
    this.bridge = bridge;
    this.listener = listener;
  }

  /**
   * Erases the disc in {@code drive}: its table of contents only, or all of it if {@code full}.
   *
   * @return how the erase ended, unless it failed
   * @throws BurnException if a step failed
   */
  public EraseOutcome erase(Drive drive, boolean full) throws BurnException {
    IDiscFormat2Erase eraser = bridge.newEraser();
    if (!ExclusiveAccess.acquire(drive, DataBurner.CLIENT_NAME, listener)) {
      return EraseOutcome.DRIVE_IN_USE;
    }
    try {
      HRESULT hr = eraser.put_Recorder(drive.recorder());
      if (COMUtils.FAILED(hr)) {
        throw new BurnException("choosing " + drive.displayName(), hr.intValue());
      }
      hr = eraser.put_ClientName(DataBurner.CLIENT_NAME);
      if (COMUtils.FAILED(hr)) {
        throw new BurnException("naming this application to IMAPI", hr.intValue());
      }
      hr = eraser.put_FullErase(full);
      if (COMUtils.FAILED(hr)) {
        throw new BurnException("choosing how to erase", hr.intValue());
      }
      HRESULT erased = eraser.EraseMedia();
      switch (erased.intValue()) {
        case E_IMAPI_RECORDER_MEDIA_NO_MEDIA -> {
          listener.notice("Insert the disc to erase into " + drive.displayName() + ".");
          return EraseOutcome.NO_DISC;
        }
        case E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED -> {
          listener.notice("The disc in " + drive.displayName() + " is not rewritable.");
          return EraseOutcome.NOT_REWRITABLE;
        }
        default -> {
          if (ImapiError.failed(erased.intValue())) {
            throw new BurnException("erasing the disc", erased.intValue());
          }
          return EraseOutcome.ERASED;
        }
      }
    } finally {
      ExclusiveAccess.release(drive);
    }
  }
}
