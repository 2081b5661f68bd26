package io.github.imapichecks.usage;

import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;

/**
 * What the code before a program point has established about an IMAPI result held in a local
 * variable: which of its three kinds may still reach the point, and whether a
 * success-with-information code was told apart from it on every path.
 *
 * @param ok whether {@code S_OK} may reach the point
 * @param successInfo whether a success-with-information code ({@code S_FALSE}, {@code IMAPI_S_*})
 *     may reach it
 * @param failure whether a failure code may reach it
 * @param successInfoToldApart whether every path to the point compared the result with a
 *     success-with-information code and continued on the side where it was not that code
 */
record SuccessKinds(boolean ok, boolean successInfo, boolean failure, boolean successInfoToldApart)
    implements AbstractValue<SuccessKinds> {
  /** Nothing established: every kind may reach the point. */
  static final SuccessKinds ANY = new SuccessKinds(true, true, true, false);

  /** No kind reaches the point: the bottom, from which uses are joined. */
  static final SuccessKinds NONE = new SuccessKinds(false, false, false, true);

  /** The kind of an HRESULT value. */
  enum Kind {
    OK,
    SUCCESS_INFO,
    FAILURE;

    static Kind of(long value) {
      return value == 0 ? OK : (int) value > 0 ? SUCCESS_INFO : FAILURE;
    }
  }

  /** Whether a code of {@code kind} may reach the point. */
  boolean mayBe(Kind kind) {
    return switch (kind) {
      case OK -> ok;
      case SUCCESS_INFO -> successInfo;
      case FAILURE -> failure;
    };
  }

  /** Only {@code kind}, of the kinds that may reach the point. */
  SuccessKinds only(Kind kind) {
    return new SuccessKinds(
        ok && kind == Kind.OK,
        successInfo && kind == Kind.SUCCESS_INFO,
        failure && kind == Kind.FAILURE,
        successInfoToldApart);
  }

  /** Every kind but {@code kind}. */
  SuccessKinds without(Kind kind) {
    return new SuccessKinds(
        ok && kind != Kind.OK,
        successInfo && kind != Kind.SUCCESS_INFO,
        failure && kind != Kind.FAILURE,
        successInfoToldApart);
  }

  /** The same, on the side of a test where one success-with-information code was excluded. */
  SuccessKinds withSuccessInfoToldApart() {
    return new SuccessKinds(ok, successInfo, failure, true);
  }

  /**
   * Whether the success-with-information codes cannot reach the point undistinguished: none of them
   * can reach it, or one was told apart on every path.
   */
  boolean successInfoSettled() {
    return !successInfo || successInfoToldApart;
  }

  @Override
  public SuccessKinds leastUpperBound(SuccessKinds other) {
    return new SuccessKinds(
        ok || other.ok,
        successInfo || other.successInfo,
        failure || other.failure,
        successInfoToldApart && other.successInfoToldApart);
  }
}
