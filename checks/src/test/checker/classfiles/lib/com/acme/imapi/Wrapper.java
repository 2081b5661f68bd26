package com.acme.imapi;

import io.github.imapichecks.annotations.ImapiHResult;

/** Annotated API in a class file, where JDK 17 keeps type-use annotations in raw attributes. */
public final class Wrapper {
  private Wrapper() {}

  public static @ImapiHResult int lastResult;

  public static int lastCount;

  public static @ImapiHResult int burn(IDiscMaster master) {
    return master.RecordDisc(false, true);
  }

  public static int count() {
    return lastCount;
  }

  public static void report(@ImapiHResult int hr) {}

  public static java.util.List<@ImapiHResult Integer> history() {
    return java.util.List.of();
  }
}
