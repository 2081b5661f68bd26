package com.example.burner.v2.imapi2;

import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI v2's {@code IDiscMaster2}: the machine's disc recorders, by their unique IDs. */
public interface IDiscMaster2 {
  /** Sets {@code value[0]} to whether some recorder on this machine can be used by IMAPI v2. */
  @ImapiHResult
  int get_IsSupportedEnvironment(boolean[] value);

  @ImapiHResult
  int get_Count(int[] value);

  /**
   * Sets {@code value[0]} to the unique ID of recorder {@code index}, for {@link
   * IDiscRecorder2#InitializeDiscRecorder}. Indexes shift when a drive is plugged in or out.
   */
  @ImapiHResult
  int get_Item(int index, String[] value);
}
