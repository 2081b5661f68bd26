package io.github.imapichecks.recognition.compiled;

import io.github.imapichecks.annotations.ImapiHResult;

/**
 * Bindings compiled by Maven before the tests run, so that the recognizer meets them as class
 * files, where JDK 17 keeps type-use annotations only in raw type attributes.
 */
public final class CompiledBindings {
  private CompiledBindings() {}

  /** An IMAPI interface binding as a separate jar would ship it. */
  public interface IDiscMaster {
    int RecordDisc(boolean simulate, boolean ejectAfterBurn);

    int close();
  }

  /** A wrapper whose result is declared an IMAPI result. */
  public static @ImapiHResult int burn(IDiscMaster master) {
    return master.RecordDisc(false, true);
  }

  /** Not an IMAPI result: the annotation is on a type argument, not the return type. */
  public static java.util.List<@ImapiHResult Integer> history() {
    return java.util.List.of();
  }

  /** An annotated field read from a class file. */
  public static @ImapiHResult int lastResult;

  /** An unannotated int: not an IMAPI result. */
  public static int lastCount;
}
