package io.github.imapichecks.usage;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import io.github.imapichecks.recognition.JnaHResults;
import java.util.List;
import java.util.Optional;

/**
 * Finds the success tests that misroute success-with-information codes: equality with {@code S_OK}
 * (or 0, or JNA's {@code W32Errors.S_OK}) and orderings that put zero on the wrong side. The
 * correct tests, {@code hr >= 0}, {@code hr < 0} and the {@code SUCCEEDED}/{@code FAILED} helpers,
 * are never found.
 */
public final class SuccessTests {
  private SuccessTests() {}

  /** {@code hr == S_OK}, {@code S_OK != hr}, {@code hr > 0}, {@code 0 >= hr} and the like. */
  public static Optional<SuccessTest> of(
      BinaryTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    ExpressionTree left = tree.getLeftOperand();
    ExpressionTree right = tree.getRightOperand();
    boolean leftOk = isSOk(left);
    boolean rightOk = isSOk(right);
    if (leftOk == rightOk) {
      return Optional.empty();
    }
    ExpressionTree result = leftOk ? right : left;
    // Orderings read as "result OP 0"; with S_OK on the left, the operator is mirrored.
    Boolean trueMeansSuccess =
        switch (tree.getKind()) {
          case EQUAL_TO -> true;
          case NOT_EQUAL_TO -> false;
          case GREATER_THAN -> leftOk ? null : true;
          case LESS_THAN_EQUAL -> leftOk ? null : false;
          case LESS_THAN -> leftOk ? true : null;
          case GREATER_THAN_EQUAL -> leftOk ? false : null;
          default -> null;
        };
    if (trueMeansSuccess == null || JnaHResults.isSOkObject(leftOk ? left : right)) {
      // hr >= 0, hr < 0 (and mirrored) are right; == on an HRESULT object compares identity.
      return Optional.empty();
    }
    return recognizer
        .recognize(result, state)
        .map(
            imapiResult ->
                new SuccessTest(tree, result, imapiResult, trueMeansSuccess, misroutes(tree)));
  }

  /**
   * {@code hr.equals(W32Errors.S_OK)}, {@code W32Errors.S_OK.equals(hr)}, {@code Objects.equals}.
   */
  public static Optional<SuccessTest> of(
      MethodInvocationTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    if (!(ASTHelpers.getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method)
        || !method.getSimpleName().contentEquals("equals")) {
      return Optional.empty();
    }
    List<? extends ExpressionTree> arguments = tree.getArguments();
    ExpressionTree first;
    ExpressionTree second;
    if (arguments.size() == 1 && tree.getMethodSelect() instanceof MemberSelectTree select) {
      first = select.getExpression();
      second = arguments.get(0);
    } else if (arguments.size() == 2
        && method.isStatic()
        && method.owner.getQualifiedName().contentEquals("java.util.Objects")) {
      first = arguments.get(0);
      second = arguments.get(1);
    } else {
      return Optional.empty();
    }
    boolean firstOk = isSOk(first);
    if (firstOk == isSOk(second)) {
      return Optional.empty();
    }
    ExpressionTree result = firstOk ? second : first;
    return recognizer
        .recognize(result, state)
        .map(
            imapiResult ->
                new SuccessTest(
                    tree, result, imapiResult, true, SuccessTest.Misroutes.SUCCESS_INFO));
  }

  private static SuccessTest.Misroutes misroutes(BinaryTree test) {
    return test.getKind() == Tree.Kind.EQUAL_TO || test.getKind() == Tree.Kind.NOT_EQUAL_TO
        ? SuccessTest.Misroutes.SUCCESS_INFO
        : SuccessTest.Misroutes.S_OK;
  }

  /**
   * The success tests that misroute successes on some path: those {@link #of} finds, unless the
   * code around them makes them right. A test of {@code S_OK} is right where no
   * success-with-information code reaches it undistinguished (an earlier guard that leaves, an
   * earlier branch of its chain, {@code isSuccessWithInfo}), or no failure reaches it (it then
   * tells {@code S_OK} from the other successes), or its decision tells those codes apart. {@code
   * hr > 0} and {@code hr <= 0} are right where {@code S_OK} or no failure reaches them, or their
   * decision tells {@code S_OK} from the failures.
   */
  public static Optional<SuccessTest> misrouting(
      BinaryTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    return of(tree, state, recognizer).filter(test -> misroutes(test, state));
  }

  /** The equality tests ({@code hr.equals(W32Errors.S_OK)}) that misroute; see the other. */
  public static Optional<SuccessTest> misrouting(
      MethodInvocationTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    return of(tree, state, recognizer).filter(test -> misroutes(test, state));
  }

  /**
   * The {@code case S_OK} of a switch on an IMAPI result that sends the success-with-information
   * codes to a failing default (see {@link SwitchDecisions#successCaseWithFailingDefault}), unless
   * they were told apart on every path to the switch.
   */
  public static Optional<CaseTree> misroutingCase(
      ExpressionTree selector,
      List<? extends CaseTree> cases,
      VisitorState state,
      ImapiResultRecognizer recognizer) {
    Optional<CaseTree> okCase = SwitchDecisions.successCaseWithFailingDefault(cases);
    Optional<ImapiResult> result =
        okCase.isEmpty() ? Optional.empty() : recognizer.recognize(selector, state);
    if (result.isEmpty()
        || result.get().thrown()
        || reportsFailuresAsSuccess(result.get())
        || SuccessGuards.kindsAt(selector, state).successInfoSettled()) {
      return Optional.empty();
    }
    return okCase;
  }

  /**
   * Whether the method, lambda or initializer around {@code test} tells apart, anywhere, the codes
   * that {@code test} misroutes: a fix that moved them to the other branch would override that
   * code's intent.
   */
  public static boolean misroutedCodesToldApartNearby(SuccessTest test, VisitorState state) {
    TreePath code = ImapiResultRecognizer.enclosingCode(state.getPath());
    return code != null && DecisionContext.toldApartIn(code.getLeaf(), test, state);
  }

  private static boolean misroutes(SuccessTest test, VisitorState state) {
    if (test.imapiResult().thrown()) {
      // A caught exception's HRESULT is a failure: ImapiUnknownResultCode reports success tests.
      return false;
    }
    return switch (test.misroutes()) {
      case SUCCESS_INFO -> {
        if (reportsFailuresAsSuccess(test.imapiResult())
            || DecisionContext.alsoTestsSuccessInfo(test.result(), state)) {
          yield false;
        }
        SuccessKinds kinds = SuccessGuards.kindsAt(test.result(), state);
        yield !kinds.successInfoSettled() && kinds.failure();
      }
      case S_OK -> {
        if (DecisionContext.alsoTellsOkFromFailures(test.result(), state)) {
          yield false;
        }
        SuccessKinds kinds = SuccessGuards.kindsAt(test.result(), state);
        yield kinds.ok() && kinds.failure();
      }
    };
  }

  /**
   * Whether the result's method returns success codes only to report failures ({@code
   * SendCommandNoData}): there, only {@code S_OK} is success, and {@code == S_OK} is right.
   */
  private static boolean reportsFailuresAsSuccess(ImapiResult result) {
    return result.method().map(method -> method.imapi().reportsFailuresAsSuccess()).orElse(false);
  }

  /**
   * Whether {@code operand} is {@code S_OK}: a constant 0, JNA's {@code S_OK} object, or {@code new
   * HRESULT(0)}.
   */
  static boolean isSOk(ExpressionTree operand) {
    Long value = BindingStyles.codeValue(operand);
    return value != null && value == 0;
  }
}
