package io.github.imapichecks.recognition;

import io.github.imapichecks.tables.ImapiApi;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import java.util.Optional;

/**
 * What the checks know about a value that holds an IMAPI result: which method it came from, when
 * that is known, as the IMAPI table knows it and as the user's code names it. A result read from an
 * {@code @ImapiHResult} location, or one that may come from either of two IMAPI methods, has no
 * known method.
 *
 * @param method the IMAPI method the result comes from, where it is known
 * @param thrown whether the value is the HRESULT of a failure that an exception-style binding
 *     (com4j, JNA COM, JACOB) threw, read from the caught exception: a failure code, never a
 *     success, as the binding throws only failures
 */
public record ImapiResult(Optional<CalledMethod> method, boolean thrown) {
  /** A result whose method is not known. */
  public static final ImapiResult UNKNOWN_METHOD = new ImapiResult(Optional.empty(), false);

  /**
   * The API the result belongs to: its method's; empty for a result whose method is not known (read
   * from an {@code @ImapiHResult} location), which may be any API's.
   */
  public Optional<ImapiApi> api() {
    return method.map(called -> called.imapi().api());
  }

  /** Whether the result can be a code of {@code family}: any family where its API is unknown. */
  public boolean canBe(ImapiCode.Family family) {
    return api().map(api -> api.returns(family)).orElse(true);
  }

  /** The code with this value that the result can be (see {@link #canBe}). */
  public Optional<ImapiCode> codeOf(int value) {
    return ImapiCodes.byValue(value).filter(code -> canBe(code.family()));
  }

  /** The result of a call to {@code method}. */
  public static ImapiResult of(CalledMethod method) {
    return new ImapiResult(Optional.of(method), false);
  }

  /**
   * The HRESULT of a failure of {@code method} that an exception-style binding threw: a failure
   * code, never a success.
   */
  public static ImapiResult thrownBy(CalledMethod method) {
    return new ImapiResult(Optional.of(method), true);
  }

  /**
   * A result that is this one on some paths and {@code other} on the rest. Calls of one IMAPI
   * method through two of the user's types yield that method, named as {@code imapi.h} names it.
   */
  public ImapiResult join(ImapiResult other) {
    if (equals(other)) {
      return this;
    }
    boolean bothThrown = thrown && other.thrown;
    if (method.isPresent()
        && other.method.isPresent()
        && method.get().imapi().equals(other.method.get().imapi())) {
      return new ImapiResult(
          Optional.of(CalledMethod.asInHeader(method.get().imapi())), bothThrown);
    }
    return new ImapiResult(Optional.empty(), bothThrown);
  }
}
