package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.E_FAIL;

import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;

/** A step of a burn failed, with the IMAPI result it failed with. */
public final class BurnException extends Exception {
  private static final long serialVersionUID = 1L;

  private final @ImapiHResult int hresult;

  /** {@code step} failed with {@code hresult}, a failure the burner has no better answer to. */
  public BurnException(String step, @ImapiHResult int hresult) {
    super(step + " failed: " + ImapiError.describe(hresult));
    this.hresult = hresult;
  }

  /** {@code step} failed outside IMAPI; {@link #hresult()} is {@code E_FAIL}. */
  public BurnException(String step, Throwable cause) {
    super(step + " failed: " + cause.getMessage(), cause);
    this.hresult = E_FAIL;
  }

  /** The IMAPI result the step failed with. */
  public @ImapiHResult int hresult() {
    return hresult;
  }
}
