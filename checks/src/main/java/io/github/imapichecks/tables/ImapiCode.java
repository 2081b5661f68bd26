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
    IMAPI_V1("IMAPI v1", "Imapierror.h", ImapiCodes.IMAPI_ERROR),
    /** {@code winerror.h}: the generic COM codes IMAPI methods also return. */
    GENERIC("COM", "winerror.h", ImapiCodes.IMAPI_ERROR),
    /** {@code imapi2error.h}: IMAPI v2 codes, {@code E_IMAPI_*} and {@code S_IMAPI_*}. */
    IMAPI_V2("IMAPI v2", "imapi2error.h", ImapiCodes.IMAPI2_ERROR),
    /** {@code imapi2fserror.h}: IMAPI2FS codes, {@code IMAPI_E_*} and {@code IMAPI_S_*}. */
    IMAPI_V2_FS("IMAPI2FS", "imapi2fserror.h", ImapiCodes.IMAPI2_FS_ERROR);

    private final String displayName;
    private final String header;
    private final String constantsClass;

    Family(String displayName, String header, String constantsClass) {
      this.displayName = displayName;
      this.header = header;
      this.constantsClass = constantsClass;
    }

    /**
     * The annotations class whose constants name the family's codes: {@code ImapiError} for IMAPI
     * v1 and the generic codes, {@code Imapi2Error}, {@code Imapi2FsError}.
     */
    public String constantsClass() {
      return constantsClass;
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

  /**
   * Whether this code is a success HRESULT that reports a failure: {@code
   * S_IMAPI_COMMAND_HAS_SENSE_DATA}, with which a drive rejects a command sent through {@code
   * IDiscRecorder2Ex} and returns sense data.
   */
  public boolean reportsFailure() {
    return name.equals("S_IMAPI_COMMAND_HAS_SENSE_DATA");
  }

  /** Whether this code is a success other than {@code S_OK}, which {@code == S_OK} misroutes. */
  public boolean isSuccessWithInfo() {
    return ImapiError.isSuccessWithInfo(value);
  }

  /** The class that holds this code's constant (see {@link Family#constantsClass}). */
  public String constantsClass() {
    return family.constantsClass();
  }

  /** The constant's simple class name: {@code Imapi2Error}. */
  public String constantsClassSimpleName() {
    String qualified = constantsClass();
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  /** The value as the headers print it: {@code 0x} and eight upper-case hexadecimal digits. */
  public String hex() {
    return HResults.hex(value);
  }
}
