package io.github.imapichecks.recognition;

import io.github.imapichecks.tables.ImapiApi;
import java.util.Optional;

/**
 * What the checks know about a value that holds an IMAPI result: which method it came from, when
 * that is known, as the IMAPI table knows it and as the user's code names it. A result read from an
 * {@code @ImapiHResult} location, or one that may come from either of two IMAPI methods, has no
 * known method.
 */
public record ImapiResult(Optional<CalledMethod> method) {
  /** A result whose method is not known. */
  public static final ImapiResult UNKNOWN_METHOD = new ImapiResult(Optional.empty());

  /**
   * The API the result belongs to: its method's. A result whose method is not known (read from an
   * {@code @ImapiHResult} location) is taken to be IMAPI v1's, whose codes {@code ImapiError}
   * holds.
   */
  public ImapiApi api() {
    return method.map(called -> called.imapi().api()).orElse(ImapiApi.V1);
  }

  /** The result of a call to {@code method}. */
  public static ImapiResult of(CalledMethod method) {
    return new ImapiResult(Optional.of(method));
  }

  /**
   * A result that is this one on some paths and {@code other} on the rest. Calls of one IMAPI
   * method through two of the user's types yield that method, named as {@code imapi.h} names it.
   */
  public ImapiResult join(ImapiResult other) {
    if (equals(other)) {
      return this;
    }
    if (method.isPresent()
        && other.method.isPresent()
        && method.get().imapi().equals(other.method.get().imapi())) {
      return of(CalledMethod.asInHeader(method.get().imapi()));
    }
    return UNKNOWN_METHOD;
  }
}
