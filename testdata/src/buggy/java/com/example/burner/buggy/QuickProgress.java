package com.example.burner.buggy;

import com.example.burner.imapi.IDiscMasterProgressEvents;
import io.github.imapichecks.annotations.ImapiHResult;

/** Progress events answered with numbers, and a completion status read the C way. */
final class QuickProgress implements IDiscMasterProgressEvents {
  volatile boolean cancelled;
  volatile String result = "";

  @Override
  public @ImapiHResult int QueryCancel(boolean[] cancel) {
    cancel[0] = false;
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyPnPActivity() {
    return 0x80004001;
  }

  @Override
  public @ImapiHResult int NotifyAddProgress(int completedSteps, int totalSteps) {
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyBlockProgress(int completed, int total) {
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyTrackProgress(int currentTrack, int totalTracks) {
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyPreparingBurn(int estimatedSeconds) {
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyClosingDisc(int estimatedSeconds) {
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyBurnComplete(@ImapiHResult int status) {
    cancelled = status == 0x8004020D;
    result = status > 0 ? "burned" : "failed";
    return 0;
  }

  @Override
  public @ImapiHResult int NotifyEraseComplete(@ImapiHResult int status) {
    return 0;
  }
}
