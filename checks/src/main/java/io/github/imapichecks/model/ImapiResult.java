package io.github.imapichecks.model;

import java.util.Optional;

/**
 * What the checks know about a value that holds an IMAPI result: which interface method it came
 * from, when that is known. A result read from an {@code @ImapiHResult} location, or one that may
 * come from either of two methods, has no known method.
 */
public record ImapiResult(Optional<ImapiMethod> method) {
  /** A result whose method is not known. */
  public static final ImapiResult UNKNOWN_METHOD = new ImapiResult(Optional.empty());

  /** The result of a call to {@code method}. */
  public static ImapiResult of(ImapiMethod method) {
    return new ImapiResult(Optional.of(method));
  }

  /** A result that is this one on some paths and {@code other} on the rest. */
  public ImapiResult join(ImapiResult other) {
    return equals(other) ? this : UNKNOWN_METHOD;
  }
}
