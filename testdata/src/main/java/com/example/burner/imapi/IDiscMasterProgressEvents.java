package com.example.burner.imapi;

import io.github.imapichecks.annotations.ImapiHResult;

/**
 * IMAPI's {@code IDiscMasterProgressEvents}, which the application implements and hands to {@link
 * IDiscMaster#ProgressAdvise}. IMAPI calls it during a burn; each method returns an HRESULT to
 * IMAPI, {@code E_NOTIMPL} where the application does not care.
 */
public interface IDiscMasterProgressEvents {
  /** Sets {@code cancel[0]} to ask IMAPI to stop the burn, which then fails with USERABORT. */
  @ImapiHResult
  int QueryCancel(boolean[] cancel);

  @ImapiHResult
  int NotifyPnPActivity();

  @ImapiHResult
  int NotifyAddProgress(int completedSteps, int totalSteps);

  @ImapiHResult
  int NotifyBlockProgress(int completed, int total);

  @ImapiHResult
  int NotifyTrackProgress(int currentTrack, int totalTracks);

  @ImapiHResult
  int NotifyPreparingBurn(int estimatedSeconds);

  @ImapiHResult
  int NotifyClosingDisc(int estimatedSeconds);

  @ImapiHResult
  int NotifyBurnComplete(@ImapiHResult int status);

  @ImapiHResult
  int NotifyEraseComplete(@ImapiHResult int status);
}
