package com.example.burner.imapi;

import io.github.imapichecks.annotations.ImapiHResult;

/**
 * IMAPI's {@code IEnumDiscRecorders}. Not one of the interfaces imapi-checks knows by name, so its
 * results are declared {@code @ImapiHResult}: the checks then treat them as IMAPI results.
 */
public interface IEnumDiscRecorders {
  /**
   * Fetches up to {@code count} recorders: {@code S_OK} when it fetched {@code count}, {@code
   * S_FALSE} when fewer were left.
   */
  @ImapiHResult
  int Next(int count, IDiscRecorder[] recorders, int[] fetched);

  @ImapiHResult
  int Reset();
}
