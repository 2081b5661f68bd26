package io.github.imapichecks.model;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
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
    if (trueMeansSuccess == null || isJnaSOkObject(leftOk ? left : right)) {
      // hr >= 0, hr < 0 (and mirrored) are right; == on an HRESULT object compares identity.
      return Optional.empty();
    }
    return recognizer
        .recognize(result, state)
        .map(imapiResult -> new SuccessTest(tree, result, imapiResult, trueMeansSuccess));
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
        .map(imapiResult -> new SuccessTest(tree, result, imapiResult, true));
  }

  /**
   * Whether {@code operand} is {@code S_OK}: a constant 0, JNA's {@code S_OK} object, or {@code new
   * HRESULT(0)}.
   */
  static boolean isSOk(ExpressionTree operand) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    Object value = ASTHelpers.constValue(stripped);
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue() == 0;
    }
    return isJnaSOkObject(stripped);
  }

  private static boolean isJnaSOkObject(ExpressionTree operand) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    if (stripped instanceof NewClassTree newClass) {
      return ImapiBindings.isJnaHResult(ASTHelpers.getType(newClass))
          && newClass.getArguments().size() == 1
          && ASTHelpers.constValue(newClass.getArguments().get(0)) instanceof Integer value
          && value == 0;
    }
    if (!(stripped instanceof IdentifierTree) && !(stripped instanceof MemberSelectTree)) {
      return false;
    }
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    // JNA's WinError.S_OK (inherited by W32Errors): a static final HRESULT object of value 0.
    return symbol != null
        && symbol.getSimpleName().contentEquals("S_OK")
        && ASTHelpers.isStatic(symbol)
        && ImapiBindings.isJnaHResult(symbol.type);
  }
}
