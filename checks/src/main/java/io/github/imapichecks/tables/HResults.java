package io.github.imapichecks.tables;

import java.util.Locale;

/**
 * The layout of an HRESULT, in one place: bit 31 is the severity (set: a failure), bits 28 to 30
 * are reserved (R, C, N), bits 16 to 26 the facility, bits 0 to 15 the code. Java sees an HRESULT
 * as a signed {@code int}, so every failure is negative.
 */
public final class HResults {
  /** The severity bit: set in every failure. */
  public static final int SEVERITY = 0x8000_0000;

  /** The interface-specific facility, whose codes IMAPI v1 defines in {@code Imapierror.h}. */
  public static final int FACILITY_ITF = 4;

  /** The facility of IMAPI v2's and IMAPI2FS's own codes ({@code 0xC0AA....}). */
  public static final int FACILITY_IMAPI2 = 0xAA;

  /**
   * The bit most IMAPI v2 and IMAPI2FS errors set beside severity ({@code 0xC0AA0002}), where v1's
   * errors, and v2's erase codes, have only severity ({@code 0x8004020D}, {@code 0x80AA0904}).
   */
  public static final int IMAPI2_BIT_30 = 0x4000_0000;

  /** The lowest code of {@code FACILITY_ITF} an interface may define: COM keeps those below. */
  public static final int FIRST_INTERFACE_CODE = 0x200;

  private HResults() {}

  /** The facility of {@code hr}, bits 16 to 26. */
  public static int facility(int hr) {
    return (hr >>> 16) & 0x7FF;
  }

  /** The code of {@code hr} within its facility, bits 0 to 15. */
  public static int code(int hr) {
    return hr & 0xFFFF;
  }

  /** {@code hr} with its severity bit cleared: the success a failure was copied from, if any. */
  public static int withoutSeverity(int hr) {
    return hr & ~SEVERITY;
  }

  /**
   * Whether any of the reserved bits 28 to 30 is set, which no IMAPI v1 or generic code has (IMAPI
   * v2's errors set bit 30).
   */
  public static boolean hasReservedBits(int hr) {
    return (hr & 0x7000_0000) != 0;
  }

  /** {@code hr} as the headers print HRESULTs: {@code 0x} and eight upper-case hex digits. */
  public static String hex(int hr) {
    // Not String.format: messages name several codes each, and Formatter is slow to start.
    String digits = Integer.toHexString(hr).toUpperCase(Locale.ROOT);
    return "0x" + "0".repeat(8 - digits.length()) + digits;
  }
}
