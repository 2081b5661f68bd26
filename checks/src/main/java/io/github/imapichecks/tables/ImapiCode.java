package io.github.imapichecks.tables;

import io.github.imapichecks.annotations.ImapiError;
import java.util.Locale;

/**
 * One HRESULT code an IMAPI caller may meet: its header name, its value as Java sees it (a signed
 * {@code int}), the table it comes from, and what it means.
 */
public record ImapiCode(String name, int value, Family family, String meaning) {

  /** The header a code is defined in. */
  public enum Family {
    /** {@code Imapierror.h}: the IMAPI v1 codes, {@code IMAPI_S_*} and {@code IMAPI_E_*}. */
    IMAPI_V1,
    /** {@code winerror.h}: the generic COM codes IMAPI v1 methods also return. */
    GENERIC,
    /** {@code imapi2error.h}: IMAPI v2 codes, which no IMAPI v1 call returns. */
    IMAPI_V2,
    /** {@code imapi2fserror.h}: IMAPI2FS codes, which no IMAPI v1 call returns. */
    IMAPI_V2_FS
  }

  /** Whether this code reports success ({@code SUCCEEDED}: the value is not negative). */
  public boolean isSuccess() {
    return ImapiError.succeeded(value);
  }

  /** Whether this code is a success other than {@code S_OK}, which {@code == S_OK} misroutes. */
  public boolean isSuccessWithInfo() {
    return ImapiError.isSuccessWithInfo(value);
  }

  /** The value as the headers print it: {@code 0x} and eight upper-case hexadecimal digits. */
  public String hex() {
    return hex(value);
  }

  /** {@code value} as the headers print HRESULTs: {@code 0x} and eight upper-case hex digits. */
  public static String hex(int value) {
    // Not String.format: messages name several codes each, and Formatter is slow to start.
    String digits = Integer.toHexString(value).toUpperCase(Locale.ROOT);
    return "0x" + "0".repeat(8 - digits.length()) + digits;
  }
}
