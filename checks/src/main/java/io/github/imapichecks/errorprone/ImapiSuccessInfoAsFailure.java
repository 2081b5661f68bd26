package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SwitchExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SwitchTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.FindIdentifiers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Kinds.KindSelector;
import com.sun.tools.javac.code.Symbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.recognition.ResultForm;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.usage.SuccessTest;
import io.github.imapichecks.usage.SuccessTests;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Success of an IMAPI call decided by equality with {@code S_OK}, or by an ordering that puts zero
 * on the wrong side, so that {@code S_FALSE} and the {@code IMAPI_S_*} codes, all successes, take
 * the failure path.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Decide IMAPI success with succeeded/failed, not by comparing with S_OK",
    severity = WARNING,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiSuccessInfoAsFailure.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiSuccessInfoAsFailure extends ImapiBugChecker
    implements BinaryTreeMatcher,
        MethodInvocationTreeMatcher,
        SwitchTreeMatcher,
        SwitchExpressionTreeMatcher {

  public ImapiSuccessInfoAsFailure() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiSuccessInfoAsFailure(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchBinary(BinaryTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return SuccessTests.misrouting(tree, state, recognizer())
        .map(test -> describe(test, state))
        .orElse(Description.NO_MATCH);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return SuccessTests.misrouting(tree, state, recognizer())
        .map(test -> describe(test, state))
        .orElse(Description.NO_MATCH);
  }

  @Override
  public Description matchSwitch(SwitchTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return describeSwitch(tree.getExpression(), tree.getCases(), state);
  }

  @Override
  public Description matchSwitchExpression(SwitchExpressionTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return describeSwitch(tree.getExpression(), tree.getCases(), state);
  }

  private Description describe(SuccessTest test, VisitorState state) {
    String source = state.getSourceForNode(test.test());
    Description.Builder description =
        buildDescription(test.test())
            .setMessage(
                String.format(
                    "%s %s; decide with %s",
                    source, misrouted(test), decisionHelpers(test.result())));
    fix(test, state).ifPresent(description::addFix);
    return description.build();
  }

  /**
   * A fix that keeps the branch structure: the test becomes succeeded(hr) or failed(hr), and a
   * negation around it the opposite helper. None where the code nearby tells apart the codes the
   * fix would move to the other branch.
   */
  private static Optional<SuggestedFix> fix(SuccessTest test, VisitorState state) {
    ExpressionTree result = test.result();
    if (BindingStyles.isLong(ASTHelpers.getType(result))) {
      // Limitation: a long result may hold an unsigned HRESULT; which test is right is not known.
      return Optional.empty();
    }
    if (SuccessTests.misroutedCodesToldApartNearby(test, state)) {
      return Optional.empty();
    }
    Tree replaced = test.test();
    boolean success = test.trueMeansSuccess();
    TreePath around = state.getPath().getParentPath();
    while (around.getLeaf() instanceof ParenthesizedTree) {
      around = around.getParentPath();
    }
    if (around.getLeaf().getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      replaced = around.getLeaf();
      success = !success;
    }
    SuggestedFix.Builder fix = SuggestedFix.builder();
    ResultForm form = BindingStyles.formOf(ASTHelpers.getType(result));
    String helper =
        helperClass(form, fix, state) + "." + (success ? form.succeeded() : form.failed());
    fix.replace(replaced, helper + "(" + form.helperArgument(state.getSourceForNode(result)) + ")");
    CodeReferences.removeImportsLeftUnused(replaced, result, fix, state);
    return Optional.of(fix.build());
  }

  /**
   * How to name the class of {@code form}'s helpers here ({@code ImapiError}, {@code COMUtils}),
   * adding its import where that name is free. (SuggestedFixes.qualifyType would read JNA's package
   * segment "COM" as a class name.)
   */
  private static String helperClass(ResultForm form, SuggestedFix.Builder fix, VisitorState state) {
    Symbol visible = FindIdentifiers.findIdent(form.helperClass(), state, KindSelector.TYP);
    if (visible == null) {
      fix.addImport(form.helperClassName());
      return form.helperClass();
    }
    return visible.getQualifiedName().contentEquals(form.helperClassName())
        ? form.helperClass()
        : form.helperClassName();
  }

  private Description describeSwitch(
      ExpressionTree selector, List<? extends CaseTree> cases, VisitorState state) {
    Optional<CaseTree> okCase = SuccessTests.misroutingCase(selector, cases, state, recognizer());
    if (okCase.isEmpty()) {
      return Description.NO_MATCH;
    }
    ImapiResult result = recognizer().recognize(selector, state).orElseThrow();
    return buildDescription(okCase.get())
        .setMessage(
            String.format(
                "this switch takes only S_OK for success: %s fall to its failing default; add"
                    + " cases for them, or decide with ImapiError.succeeded(hr) first",
                codeList(successInfoCodes(result))))
        .build();
  }

  private static String misrouted(SuccessTest test) {
    if (test.misroutes() == SuccessTest.Misroutes.S_OK) {
      return "takes a success for a failure: S_OK (0x00000000) is a success too";
    }
    ImapiResult result = test.imapiResult();
    ImmutableList<ImapiCode> ofMethod = methodSuccessInfoCodes(result);
    return ofMethod.isEmpty()
        ? String.format(
            "takes successes for failures: %s are successes too",
            codeList(allSuccessInfoCodes(result)))
        : String.format(
            "takes a success for a failure: %s can return %s, which %s",
            result.method().get().qualifiedName(),
            codeList(ofMethod),
            ofMethod.size() == 1 ? "is a success" : "are successes");
  }

  /** The success-with-information codes the result's method is known to return. */
  private static ImmutableList<ImapiCode> methodSuccessInfoCodes(ImapiResult result) {
    return result
        .method()
        .map(
            method ->
                method.imapi().knownCodes().stream()
                    .filter(ImapiCode::isSuccessWithInfo)
                    .collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
  }

  /**
   * The result's method's success-with-information codes, or if it documents none, all those a
   * result of its API can be.
   */
  private static ImmutableList<ImapiCode> successInfoCodes(ImapiResult result) {
    ImmutableList<ImapiCode> ofMethod = methodSuccessInfoCodes(result);
    return ofMethod.isEmpty() ? allSuccessInfoCodes(result) : ofMethod;
  }

  private static ImmutableList<ImapiCode> allSuccessInfoCodes(ImapiResult result) {
    return ImapiCodes.all().stream()
        .filter(ImapiCode::isSuccessWithInfo)
        .filter(code -> !code.reportsFailure() && result.canBe(code.family()))
        .sorted(Comparator.comparingInt(ImapiCode::value))
        .collect(ImmutableList.toImmutableList());
  }

  private static String codeList(List<ImapiCode> codes) {
    return Messages.list(
        codes.stream()
            .map(code -> code.name() + " (" + code.hex() + ")")
            .collect(Collectors.toList()));
  }

  private static String decisionHelpers(ExpressionTree result) {
    return BindingStyles.formOf(ASTHelpers.getType(result)).helpers();
  }
}
