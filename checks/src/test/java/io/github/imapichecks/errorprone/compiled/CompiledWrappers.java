package io.github.imapichecks.errorprone.compiled;

import io.github.imapichecks.annotations.ImapiHResult;

/** A wrapper compiled by Maven, so that tests meet its annotated parameter in a class file. */
public final class CompiledWrappers {
  private CompiledWrappers() {}

  /** Takes an IMAPI result to report. */
  public static void report(String what, @ImapiHResult int hr) {}
}
