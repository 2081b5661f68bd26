package io.github.imapichecks.tables;

import io.github.imapichecks.annotations.ImapiError;

/**
 * One HRESULT code an IMAPI caller may meet: its header name, its value as Java sees it (a signed
 * {@code int}), the table it comes from, and what it means.
 */
public record ImapiCode(String name, int value, Family family, String meaning) {

  /** The header a code is defined in, and the API whose code it is. */
  public enum Family {
    /** {@code Imapierror.h}: the IMAPI v1 codes, {@code IMAPI_S_*} and {@code IMAPI_E_*}. */
    IMAPI_V1("IMAPI v1", "Imapierror.h"),
    /** {@code winerror.h}: the generic COM codes IMAPI methods also return. */
    GENERIC("COM", "winerror.h"),
    /** {@code imapi2error.h}: IMAPI v2 codes. */
    IMAPI_V2("IMAPI v2", "imapi2error.h"),
    /** {@code imapi2fserror.h}: IMAPI2FS codes. */
    IMAPI_V2_FS("IMAPI2FS", "imapi2fserror.h");

    private final String displayName;
    private final String header;

    Family(String displayName, String header) {
      this.displayName = displayName;
      this.header = header;
    }

    /** The name of the family's API in messages: {@code IMAPI v2}. */
    public String displayName() {
      return displayName;
    }

    /** The SDK header that defines the family's codes: {@code Imapierror.h}. */
    public String header() {
      return header;
    }
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
    return HResults.hex(value);
  }
}
