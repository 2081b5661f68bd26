package com.example.burner.v2;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_DF2DATA_WRITE_NOT_IN_PROGRESS;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import com.example.burner.BurnListener;
import com.example.burner.v2.imapi2.DDiscFormat2DataEvents;
import com.example.burner.v2.imapi2.IDiscFormat2Data;
import com.example.burner.v2.imapi2.IDiscFormat2DataEventArgs;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Hears IMAPI v2's progress during a write and tells the user interface; {@link #cancel()}, called
 * from the user interface's thread, stops the write at its next update, where IMAPI allows {@code
 * CancelWrite}. {@code Write} then returns {@code E_IMAPI_REQUEST_CANCELLED}.
 */
public final class WriteProgress implements DDiscFormat2DataEvents {
  private static final Logger log = Logger.getLogger(WriteProgress.class.getName());

  private final BurnListener listener;
  private final AtomicBoolean cancelRequested = new AtomicBoolean();

  public WriteProgress(BurnListener listener) {
    this.listener = listener;
  }

  /** Asks for the write to stop; the disc is left unusable, and a rewritable one needs erasing. */
  public void cancel() {
    cancelRequested.set(true);
  }

  @Override
  public @ImapiHResult int Update(IDiscFormat2Data writer, IDiscFormat2DataEventArgs progress) {
    if (cancelRequested.getAndSet(false)) {
      HRESULT hr = writer.CancelWrite();
      if (hr.intValue() == E_IMAPI_DF2DATA_WRITE_NOT_IN_PROGRESS) {
        log.fine("the write had ended before it could be cancelled");
      } else if (ImapiError.failed(hr.intValue())) {
        log.warning("cancelling the write failed: " + ImapiError.describe(hr.intValue()));
      }
      return S_OK;
    }
    IntByReference action = new IntByReference();
    HRESULT hr = progress.get_CurrentAction(action);
    if (COMUtils.FAILED(hr)) {
      // Progress is for the user's eyes only: a missed update is not worth stopping the burn for.
      log.fine("no progress this time: " + ImapiError.nameOf(hr.intValue()));
      return S_OK;
    }
    switch (action.getValue()) {
      case IDiscFormat2DataEventArgs.ACTION_WRITING_DATA -> reportSectors(progress);
      case IDiscFormat2DataEventArgs.ACTION_FINALIZATION -> reportClosing(progress);
      default -> log.finer("write action " + action.getValue());
    }
    return S_OK;
  }

  private void reportSectors(IDiscFormat2DataEventArgs progress) {
    IntByReference start = new IntByReference();
    IntByReference last = new IntByReference();
    IntByReference count = new IntByReference();
    HRESULT started = progress.get_StartLba(start);
    HRESULT written = progress.get_LastWrittenLba(last);
    HRESULT counted = progress.get_SectorCount(count);
    if (COMUtils.SUCCEEDED(started) && COMUtils.SUCCEEDED(written) && COMUtils.SUCCEEDED(counted)) {
      listener.burning(last.getValue() - start.getValue(), count.getValue());
    }
  }

  private void reportClosing(IDiscFormat2DataEventArgs progress) {
    IntByReference seconds = new IntByReference();
    HRESULT hr = progress.get_RemainingTime(seconds);
    listener.closingDisc(ImapiError.succeeded(hr.intValue()) ? seconds.getValue() : 0);
  }
}
