package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.usage.ResultComparison;
import java.util.Optional;
import java.util.OptionalInt;
import javax.inject.Inject;

/**
 * An IMAPI result compared with a number that is a known code: {@code hr == 0x8004021C} instead of
 * {@code hr == IMAPI_E_DISCFULL}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Compare IMAPI results with named codes, not numbers",
    severity = WARNING,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiResultComparedToLiteral.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiResultComparedToLiteral extends ComparisonChecker {

  public ImapiResultComparedToLiteral() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiResultComparedToLiteral(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  Description describe(ResultComparison comparison, VisitorState state) {
    if (!comparison.writtenAsNumber()) {
      return Description.NO_MATCH;
    }
    OptionalInt hresult = comparison.hresult();
    // A code of another API than the result's is ImapiUnknownResultCode's: it never matches.
    Optional<ImapiCode> code =
        hresult.isPresent() ? comparison.result().codeOf(hresult.getAsInt()) : Optional.empty();
    // An unknown number is ImapiUnknownResultCode's; == 0 decides success,
    // ImapiSuccessInfoAsFailure's.
    if (code.isEmpty() || (code.get().value() == 0 && !comparison.caseLabel())) {
      return Description.NO_MATCH;
    }
    if (comparison.result().thrown() && code.get().isSuccess()) {
      // A caught failure is never a success: ImapiUnknownResultCode's, not a name to write.
      return Description.NO_MATCH;
    }
    String written = state.getSourceForNode(comparison.constant());
    // Limitation: no fix for a long result compared with an unsigned form; its sign is not known.
    boolean fixed = comparison.replaceableByIntConstant();
    // Where a fix is offered, Error Prone's "Did you mean" line shows the named code.
    String message =
        String.format(
            "%s%s is %s: %s%s",
            written,
            written.equals(code.get().hex()) ? "" : " (" + code.get().hex() + ")",
            code.get().name(),
            code.get().meaning(),
            fixed
                ? ""
                : "; compare "
                    + intValue(comparison, state)
                    + " with "
                    + code.get().constantsClassSimpleName()
                    + "."
                    + code.get().name()
                    + ", which matches both forms");
    return report(comparison, state, message, fixed ? code : Optional.empty());
  }

  /**
   * The result as an {@code int}: {@code (int) hr} for a {@code long}, whichever form of the
   * HRESULT it holds, signed or unsigned, narrows to the code.
   */
  private static String intValue(ResultComparison comparison, VisitorState state) {
    ExpressionTree result = comparison.resultExpression();
    String source = state.getSourceForNode(result);
    boolean simple = result instanceof IdentifierTree || result instanceof MethodInvocationTree;
    return BindingStyles.formOf(ASTHelpers.getType(result))
        .intValue(simple ? source : "(" + source + ")");
  }
}
