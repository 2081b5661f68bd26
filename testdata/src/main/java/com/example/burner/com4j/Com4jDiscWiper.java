package com.example.burner.com4j;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.com4j.imapi2.ClassFactory;
import com.example.burner.com4j.imapi2.IDiscFormat2Erase;
import com.example.burner.com4j.imapi2.IDiscRecorder2;
import com.example.burner.v2.EraseOutcome;
import com4j.ComException;

/** Blanks the rewritable disc in a drive with IMAPI v2, through com4j's generated bindings. */
public final class Com4jDiscWiper {
  private final BurnListener listener;

  public Com4jDiscWiper(BurnListener listener) {
    this.listener = listener;
  }

  /**
   * Erases the disc in the drive {@code recorderId}: its table of contents only, or all of it if
   * {@code full}.
   *
   * @return how the erase ended, unless it failed
   * @throws BurnException if a step failed
   */
  public EraseOutcome erase(String recorderId, boolean full) throws BurnException {
    IDiscRecorder2 recorder;
    try {
      recorder = Com4jDrives.open(recorderId);
    } catch (ComException e) {
      throw new BurnException("opening the drive", e);
    }
    if (!Com4jDrives.lock(recorder, listener)) {
      return EraseOutcome.DRIVE_IN_USE;
    }
    try {
      IDiscFormat2Erase eraser = ClassFactory.createMsftDiscFormat2Erase();
      eraser.setRecorder(recorder);
      eraser.setClientName(Com4jDrives.CLIENT_NAME);
      eraser.setFullErase(full);
      eraser.eraseMedia();
      return EraseOutcome.ERASED;
    } catch (ComException e) {
      if (e.getHRESULT() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        listener.notice("Insert the disc to erase into " + Com4jDrives.displayName(recorder) + ".");
        return EraseOutcome.NO_DISC;
      }
      if (e.getHRESULT() == E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED) {
        listener.notice("The disc is not rewritable.");
        return EraseOutcome.NOT_REWRITABLE;
      }
      throw new BurnException("erasing the disc", e);
    } finally {
      Com4jDrives.release(recorder);
    }
  }
}
