package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import io.github.imapichecks.tables.HResults;
import io.github.imapichecks.tables.ImapiApi;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.usage.ResultComparison;
import java.util.Optional;
import java.util.OptionalInt;
import javax.inject.Inject;

/**
 * An IMAPI result compared with a value that no call of its API returns, so the comparison can
 * never hold: an undefined {@code FACILITY_ITF} code, a success code copied with its severity bit
 * set, an IMAPI v2 code, a number that is no HRESULT, or a {@code long} beyond {@code int}'s range.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Compare IMAPI results only with codes that their calls can return",
    severity = ERROR,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiUnknownResultCode.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiUnknownResultCode extends ComparisonChecker {

  public ImapiUnknownResultCode() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiUnknownResultCode(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  Description describe(ResultComparison comparison, VisitorState state) {
    OptionalInt hresult = comparison.hresult();
    if (hresult.isPresent()
        && (ImapiCodes.byValue(hresult.getAsInt()).isPresent() || !unknown(hresult.getAsInt()))) {
      // A known code or a pass-through facility: the common case, decided before any text is read.
      return Description.NO_MATCH;
    }
    String written = state.getSourceForNode(comparison.constant());
    if (hresult.isEmpty()) {
      // Limitation: the only fix offered is the code the low 32 bits name, if they name one.
      Optional<ImapiCode> intended = ImapiCodes.byValue((int) comparison.value());
      return report(
          comparison,
          state,
          String.format(
              "%s is a long beyond int's range: an IMAPI result never equals it%s",
              written, intended.map(code -> "; its low 32 bits are " + named(code)).orElse("")),
          intended);
    }
    int value = hresult.getAsInt();
    ImapiApi api = comparison.result().api();
    String shown =
        written.equals(HResults.hex(value)) ? written : written + " (" + HResults.hex(value) + ")";
    Optional<ImapiCode> successMeant = ImapiCodes.byValue(HResults.withoutSeverity(value));
    if (value < 0
        && HResults.facility(value) == HResults.FACILITY_ITF
        && successMeant.filter(ImapiCode::isSuccessWithInfo).isPresent()) {
      return report(
          comparison,
          state,
          String.format(
              "%s is %s with the severity bit set, as a widely copied interop table defines it;"
                  + " IMAPI returns %s, a success",
              shown, successMeant.get().name(), successMeant.get().hex()),
          successMeant);
    }
    Optional<ImapiCode> foreign = ImapiCodes.foreign(value);
    if (foreign.isPresent()) {
      return report(
          comparison,
          state,
          String.format(
              "%s is %s, an %s code: %s calls never return it",
              shown, foreign.get().name(), foreign.get().family().displayName(), api.displayName()),
          Optional.empty());
    }
    return report(
        comparison,
        state,
        String.format(
            "%s is not %s: no %s call returns it",
            shown,
            HResults.facility(value) == HResults.FACILITY_ITF
                ? "a code of " + api.header()
                : "an HRESULT",
            api.displayName()),
        Optional.empty());
  }

  /**
   * Whether no IMAPI call can return {@code value}, which is not a known code. Codes of the
   * facilities that pass through from COM, RPC, automation, storage and Win32 can, and are left
   * alone; so is the range of {@code FACILITY_ITF} that COM itself defines.
   */
  private static boolean unknown(int value) {
    int facility = HResults.facility(value);
    if (facility == HResults.FACILITY_ITF) {
      return HResults.code(value) >= HResults.FIRST_INTERFACE_CODE;
    }
    if (facility == HResults.FACILITY_IMAPI2) {
      return true;
    }
    if (value > 0) {
      // Positive values with no facility are plain numbers: 2, 42, 0x100 are no HRESULTs.
      return facility == 0;
    }
    // Negative values with the reserved, customer or NTSTATUS bits set (-1, -2, 0xC0000005).
    return HResults.hasReservedBits(value);
  }

  private static String named(ImapiCode code) {
    return code.name() + " (" + code.hex() + ")";
  }
}
