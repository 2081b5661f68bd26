package com.example.burner.v2.imapi2;

import io.github.imapichecks.annotations.ImapiHResult;

/**
 * IMAPI v2's {@code DDiscFormat2DataEvents}, which the application implements: IMAPI calls {@link
 * #Update} from inside {@link IDiscFormat2Data#Write} as the write goes on. The result goes to
 * IMAPI.
 */
public interface DDiscFormat2DataEvents {
  @ImapiHResult
  int Update(IDiscFormat2Data writer, IDiscFormat2DataEventArgs progress);
}
