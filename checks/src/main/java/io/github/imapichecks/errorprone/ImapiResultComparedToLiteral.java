package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CaseTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.MethodInvocationTree;
import io.github.imapichecks.model.CodeReferences;
import io.github.imapichecks.model.ImapiCode;
import io.github.imapichecks.model.ImapiCodes;
import io.github.imapichecks.model.ResultComparison;
import io.github.imapichecks.model.ResultComparisons;
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
public final class ImapiResultComparedToLiteral extends ImapiBugChecker
    implements BinaryTreeMatcher, MethodInvocationTreeMatcher, CaseTreeMatcher {

  public ImapiResultComparedToLiteral() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiResultComparedToLiteral(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchBinary(BinaryTree tree, VisitorState state) {
    return ResultComparisons.of(tree, state, recognizer())
        .map(comparison -> describe(comparison, state))
        .orElse(Description.NO_MATCH);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return ResultComparisons.of(tree, state, recognizer())
        .map(comparison -> describe(comparison, state))
        .orElse(Description.NO_MATCH);
  }

  @Override
  public Description matchCase(CaseTree tree, VisitorState state) {
    for (ResultComparison comparison : ResultComparisons.of(tree, state, recognizer())) {
      state.reportMatch(describe(comparison, state));
    }
    return Description.NO_MATCH;
  }

  private Description describe(ResultComparison comparison, VisitorState state) {
    if (!comparison.writtenAsNumber()) {
      return Description.NO_MATCH;
    }
    OptionalInt hresult = comparison.hresult();
    Optional<ImapiCode> code =
        hresult.isPresent() ? ImapiCodes.byValue(hresult.getAsInt()) : Optional.empty();
    // An unknown number is ImapiUnknownResultCode's; == 0 decides success,
    // ImapiSuccessInfoAsFailure's.
    if (code.isEmpty() || (code.get().value() == 0 && !comparison.caseLabel())) {
      return Description.NO_MATCH;
    }
    String written = state.getSourceForNode(comparison.constant());
    String message =
        String.format(
            "%s%s is %s: %s; compare with ImapiError.%s",
            written,
            written.equals(code.get().hex()) ? "" : " (" + code.get().hex() + ")",
            code.get().name(),
            code.get().meaning(),
            code.get().name());
    Description.Builder description = buildDescription(comparison.constant()).setMessage(message);
    if (comparison.replaceableByIntConstant()) {
      SuggestedFix.Builder fix = SuggestedFix.builder();
      fix.replace(comparison.constant(), CodeReferences.reference(code.get(), fix, state));
      description.addFix(fix.build());
    }
    return description.build();
  }
}
