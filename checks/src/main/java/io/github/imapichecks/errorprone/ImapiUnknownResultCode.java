package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.tables.HResults;
import io.github.imapichecks.tables.ImapiApi;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.usage.ResultComparison;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * An IMAPI result compared with a value that no call of its API returns, so the comparison can
 * never hold: an undefined {@code FACILITY_ITF} code, a success code copied with its severity bit
 * set, an IMAPI v2 code, a number that is no HRESULT, or a {@code long} beyond {@code int}'s range,
 * such as the unsigned form {@code 0x8004021CL} compared with a {@code long} that holds a widened
 * {@code int} result, which widening sign-extends to {@code 0xFFFFFFFF8004021CL}.
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
    ImapiResult result = comparison.result();
    if (result.thrown() && hresult.isPresent() && thrownNever(hresult.getAsInt())) {
      return hresult.getAsInt() == 0 && mayBeAbsentScode(comparison.resultExpression())
          ? Description.NO_MATCH
          : describeThrown(comparison, hresult.getAsInt(), state);
    }
    if (hresult.isPresent()
        && (result.codeOf(hresult.getAsInt()).isPresent()
            || (ImapiCodes.byValue(hresult.getAsInt()).isEmpty()
                && !unknown(hresult.getAsInt())))) {
      // A code the result can be, or a pass-through facility: the common case, decided before any
      // text is read.
      return Description.NO_MATCH;
    }
    String written = state.getSourceForNode(comparison.constant());
    if (hresult.isEmpty() && comparison.resultIsWidenedInt() && fitsUnsigned(comparison.value())) {
      return signExtended(comparison, written, state);
    }
    if (hresult.isEmpty()) {
      // Limitation: the only fix offered is the code the low 32 bits name, if they name one.
      Optional<ImapiCode> intended = comparison.result().codeOf((int) comparison.value());
      return report(
          comparison,
          state,
          String.format(
              "%s is a long beyond int's range: an IMAPI result never equals it%s",
              written, intended.map(code -> "; its low 32 bits are " + named(code)).orElse("")),
          fixable(comparison, state) ? intended : Optional.empty());
    }
    int value = hresult.getAsInt();
    String shown =
        written.equals(HResults.hex(value)) ? written : written + " (" + HResults.hex(value) + ")";
    Optional<ImapiCode> successMeant = result.codeOf(HResults.withoutSeverity(value));
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
    Optional<ImapiCode> meant =
        HResults.facility(value) == HResults.FACILITY_IMAPI2 && value < 0
            ? result
                .codeOf(value ^ HResults.IMAPI2_BIT_30)
                .filter(code -> code.family() != ImapiCode.Family.GENERIC)
            : Optional.empty();
    if (meant.isPresent()) {
      return report(
          comparison,
          state,
          String.format(
              "%s is not an IMAPI code, but %s is %s: %s",
              shown,
              meant.get().hex(),
              meant.get().name(),
              (value & HResults.IMAPI2_BIT_30) == 0
                  ? "most IMAPI v2 and IMAPI2FS errors start 0xC0AA, not 0x80AA as v1's prefix"
                  : "the erase codes start 0x80AA09, unlike the other IMAPI v2 errors"),
          meant);
    }
    Optional<ImapiCode> other = ImapiCodes.byValue(value);
    String api = result.api().map(ImapiApi::displayName).orElse("IMAPI");
    if (other.isPresent()) {
      return report(
          comparison,
          state,
          String.format(
              "%s is %s, an %s code: %s calls never return it%s",
              shown, other.get().name(), other.get().family().displayName(), api, ownCodes(result)),
          Optional.empty());
    }
    return report(
        comparison,
        state,
        String.format(
            "%s is not %s: no %s call returns it",
            shown,
            ownFacility(value, result)
                ? "a code of " + result.api().map(ImapiApi::header).orElse("an IMAPI header")
                : HResults.facility(value) == HResults.FACILITY_ITF
                        || HResults.facility(value) == HResults.FACILITY_IMAPI2
                    ? "an IMAPI code"
                    : "an HRESULT",
            api),
        Optional.empty());
  }

  /**
   * Whether a caught exception's HRESULT is never {@code value}: a success, which the bindings
   * never throw, or com4j's {@code -1}, its marker for a failure with no HRESULT.
   */
  /**
   * Whether {@code expr} may hold JNA's {@code COMInvokeException.getScode()}, which is 0 when the
   * failure came without exception information (its code is then in {@code getHresult()}): a call
   * of it, or a variable, which may have been set from it. A direct read of another accessor
   * ({@code e.getHRESULT()}) never is.
   */
  private static boolean mayBeAbsentScode(ExpressionTree expr) {
    ExpressionTree read = ASTHelpers.stripParentheses(expr);
    if (read instanceof MethodInvocationTree call
        && BindingStyles.passesReceiver(ASTHelpers.getSymbol(call.getMethodSelect()))
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      // intValue() of the accessor's value.
      read = ASTHelpers.stripParentheses(select.getExpression());
    }
    return !(read instanceof MethodInvocationTree call)
        || ASTHelpers.getSymbol(call.getMethodSelect()).getSimpleName().contentEquals("getScode");
  }

  private static boolean thrownNever(int value) {
    return value >= 0 || value == -1;
  }

  /** A caught exception's HRESULT compared with a value it never holds as an IMAPI failure. */
  private Description describeThrown(ResultComparison comparison, int value, VisitorState state) {
    String written = state.getSourceForNode(comparison.constant());
    String outcome =
        state.getPath().getLeaf() instanceof BinaryTree binary
                && binary.getKind() == Tree.Kind.NOT_EQUAL_TO
            ? "this test always holds"
            : "this test never holds";
    String message;
    if (value == -1) {
      message =
          String.format(
              "%s is no IMAPI code: com4j and JACOB put -1 in their exception when the failure"
                  + " carries no HRESULT (a value they could not convert), so %s for an IMAPI"
                  + " failure",
              written, outcome);
    } else {
      Optional<ImapiCode> success = ImapiCodes.byValue(value);
      message =
          String.format(
              "%s is %s: the binding throws only failures, so the exception caught here never"
                  + " carries it and %s%s",
              written,
              success.map(code -> code.name() + ", a success").orElse("no failure HRESULT"),
              outcome,
              value == 0
                  ? " (JACOB's exception holds 0 only when it was made without an HRESULT)"
                  : "");
    }
    return report(comparison, state, message, Optional.empty());
  }

  /**
   * Whether {@code value} is of the facility of the result's API's own codes: {@code FACILITY_ITF}
   * for IMAPI v1, IMAPI v2's facility for IMAPI v2 and IMAPI2FS, either where the API is unknown.
   */
  private static boolean ownFacility(int value, ImapiResult result) {
    int facility = HResults.facility(value);
    boolean v1 = result.api().map(api -> api == ImapiApi.V1).orElse(true);
    boolean v2 = result.api().map(api -> api != ImapiApi.V1).orElse(true);
    return (v1 && facility == HResults.FACILITY_ITF)
        || (v2 && facility == HResults.FACILITY_IMAPI2);
  }

  /**
   * "; IDiscFormat2Data.Write's own codes include E_IMAPI_REQUEST_CANCELLED (0xC0AA0002) and ...":
   * the codes the result's method requires its caller to tell apart, which the comparison likely
   * meant; empty where it requires none.
   */
  private static String ownCodes(ImapiResult result) {
    return result
        .method()
        .filter(method -> !method.imapi().requiredCodes().isEmpty())
        .map(
            method ->
                String.format(
                    "; %s's own codes include %s",
                    method.qualifiedName(),
                    Messages.list(
                        method.imapi().requiredCodes().stream()
                            .map(required -> named(required.code()))
                            .collect(Collectors.toList()))))
        .orElse("");
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

  /**
   * A {@code long} that only ever holds a widened {@code int} result compared with the unsigned
   * form of an HRESULT: {@code long hr = master.RecordDisc(false, true); hr == 0x8004021CL}.
   * Widening sign-extends the negative {@code int}, so the two never meet. The fix writes the
   * {@code int} code, which the comparison widens the same way; it is offered for {@code ==} and
   * {@code !=} only.
   */
  private Description signExtended(
      ResultComparison comparison, String written, VisitorState state) {
    int low = (int) comparison.value();
    Optional<ImapiCode> intended = comparison.result().codeOf(low);
    ExpressionTree holderTree = comparison.resultExpression();
    String holder = state.getSourceForNode(holderTree);
    String intValue =
        BindingStyles.formOf(ASTHelpers.getType(holderTree))
            .intValue(needsParentheses(holderTree) ? "(" + holder + ")" : holder);
    boolean fixable = fixable(comparison, state);
    String intCode =
        intended
            .map(code -> "the int code " + code.constantsClassSimpleName() + "." + code.name())
            .orElse(null);
    String advice;
    if (intCode == null) {
      advice = "compare " + intValue + " with an int constant";
    } else if (fixable) {
      advice = "compare with " + intCode + ", or compare " + intValue;
    } else {
      // equals(..) boxes: a Long never equals the Integer the int code boxes to.
      advice = "compare " + intValue + " with " + intCode;
    }
    String message =
        String.format(
            "%s never equals %s, a long holding a widened int IMAPI result: widening"
                + " sign-extends %s to 0x%sL (%dL); %s",
            written,
            holder,
            intended.map(ImapiUnknownResultCode::named).orElse(HResults.hex(low)),
            Long.toHexString((long) low).toUpperCase(Locale.ROOT),
            (long) low,
            advice);
    return report(comparison, state, message, fixable ? intended : Optional.empty());
  }

  /** Whether {@code (int) } before {@code tree}'s source would bind to part of it only. */
  private static boolean needsParentheses(ExpressionTree tree) {
    return !(tree instanceof IdentifierTree
        || tree instanceof MemberSelectTree
        || tree instanceof MethodInvocationTree
        || tree instanceof ParenthesizedTree);
  }

  /**
   * Whether the {@code int} code may replace the {@code long} constant: always in {@code ==} and
   * {@code !=}, which widen it as they widen the result; in {@code equals} only for an {@code int}
   * result, as a {@code Long} never equals the {@code Integer} the code boxes to.
   */
  private static boolean fixable(ResultComparison comparison, VisitorState state) {
    // Limitation: no fix for equals(..) on a long result, which would need (long) before the code.
    return !comparison.resultIsLong() || state.getPath().getLeaf() instanceof BinaryTree;
  }

  /**
   * Whether {@code value} is the unsigned form of a negative {@code int}: in {@code [2^31, 2^32)}.
   */
  private static boolean fitsUnsigned(long value) {
    return value >= 0x8000_0000L && value <= 0xFFFF_FFFFL;
  }

  private static String named(ImapiCode code) {
    return code.name() + " (" + code.hex() + ")";
  }
}
