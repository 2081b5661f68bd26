package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.E_NOTIMPL;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import com.example.burner.imapi.IDiscMasterProgressEvents;
import io.github.imapichecks.annotations.ImapiHResult;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hears IMAPI's progress during a burn and tells the user interface; {@link #cancel()}, called from
 * the user interface's thread, makes IMAPI stop the burn at its next {@code QueryCancel}.
 */
public final class BurnProgress implements IDiscMasterProgressEvents {
  private final BurnListener listener;
  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private volatile @ImapiHResult int completion = S_OK;

  public BurnProgress(BurnListener listener) {
    this.listener = listener;
  }

  /** Asks IMAPI to stop the burn; {@code RecordDisc} then returns IMAPI_E_USERABORT. */
  public void cancel() {
    cancelRequested.set(true);
  }

  /** What IMAPI reported when the burn completed; S_OK before it did. */
  public @ImapiHResult int completion() {
    return completion;
  }

  @Override
  public @ImapiHResult int QueryCancel(boolean[] cancel) {
    cancel[0] = cancelRequested.get();
    return S_OK;
  }

  @Override
  public @ImapiHResult int NotifyPnPActivity() {
    return E_NOTIMPL;
  }

  @Override
  public @ImapiHResult int NotifyAddProgress(int completedSteps, int totalSteps) {
    listener.preparing(completedSteps, totalSteps);
    return S_OK;
  }

  @Override
  public @ImapiHResult int NotifyBlockProgress(int completed, int total) {
    listener.burning(completed, total);
    return S_OK;
  }

  @Override
  public @ImapiHResult int NotifyTrackProgress(int currentTrack, int totalTracks) {
    return E_NOTIMPL;
  }

  @Override
  public @ImapiHResult int NotifyPreparingBurn(int estimatedSeconds) {
    return E_NOTIMPL;
  }

  @Override
  public @ImapiHResult int NotifyClosingDisc(int estimatedSeconds) {
    listener.closingDisc(estimatedSeconds);
    return S_OK;
  }

  @Override
  public @ImapiHResult int NotifyBurnComplete(@ImapiHResult int status) {
    completion = status;
    return S_OK;
  }

  @Override
  public @ImapiHResult int NotifyEraseComplete(@ImapiHResult int status) {
    return E_NOTIMPL;
  }
}
