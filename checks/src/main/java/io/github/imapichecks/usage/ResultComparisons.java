package io.github.imapichecks.usage;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the comparisons of IMAPI results with constants that the checks judge: {@code ==} and
 * {@code !=} in either operand order, {@code equals} and {@code Objects.equals}, and {@code case}
 * labels of switches on a result. Each finder looks at the cheap syntax first and asks the
 * recognizer last.
 */
public final class ResultComparisons {
  private ResultComparisons() {}

  /** {@code hr == X} or {@code X != hr}. */
  public static Optional<ResultComparison> of(
      BinaryTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    if (tree.getKind() != Tree.Kind.EQUAL_TO && tree.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return Optional.empty();
    }
    return pair(tree.getLeftOperand(), tree.getRightOperand(), state, recognizer);
  }

  /**
   * {@code hr.equals(X)}, {@code X.equals(hr)}, {@code Objects.equals(hr, X)}, in any order, and
   * {@code e.matchesErrorCode(X)} of a caught JNA {@code COMException}.
   */
  public static Optional<ResultComparison> of(
      MethodInvocationTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    List<? extends ExpressionTree> arguments = tree.getArguments();
    if (!(ASTHelpers.getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method)) {
      return Optional.empty();
    }
    if (method.getSimpleName().contentEquals("matchesErrorCode")
        && arguments.size() == 1
        && tree.getMethodSelect() instanceof MemberSelectTree select) {
      ExpressionTree constant = BindingStyles.constantOf(arguments.get(0));
      return constant == null
          ? Optional.empty()
          : recognizer
              .recognizeCodeTest(tree, state)
              .map(result -> comparison(result, select.getExpression(), constant, false, state));
    }
    if (!method.getSimpleName().contentEquals("equals")) {
      return Optional.empty();
    }
    if (arguments.size() == 1 && tree.getMethodSelect() instanceof MemberSelectTree select) {
      return pair(select.getExpression(), arguments.get(0), state, recognizer);
    }
    if (arguments.size() == 2
        && method.isStatic()
        && method.owner.getQualifiedName().contentEquals("java.util.Objects")) {
      return pair(arguments.get(0), arguments.get(1), state, recognizer);
    }
    return Optional.empty();
  }

  /** The constant labels of a {@code case} of a switch statement or expression on a result. */
  public static ImmutableList<ResultComparison> of(
      CaseTree tree, VisitorState state, ImapiResultRecognizer recognizer) {
    ImmutableList<ExpressionTree> labels =
        tree.getExpressions().stream()
            .filter(label -> constantValue(label) != null)
            .collect(ImmutableList.toImmutableList());
    Tree parent = state.getPath().getParentPath().getLeaf();
    ExpressionTree selector =
        switch (parent.getKind()) {
          case SWITCH -> ((SwitchTree) parent).getExpression();
          case SWITCH_EXPRESSION -> ((SwitchExpressionTree) parent).getExpression();
          default -> null;
        };
    if (labels.isEmpty() || selector == null) {
      return ImmutableList.of();
    }
    // The selector lies above the case, not below it: recognise it from the switch's path.
    Optional<ImapiResult> result =
        recognizer.recognize(selector, state.withPath(state.getPath().getParentPath()));
    if (result.isEmpty()) {
      return ImmutableList.of();
    }
    return labels.stream()
        .map(label -> comparison(result.get(), selector, label, true, state))
        .collect(ImmutableList.toImmutableList());
  }

  private static Optional<ResultComparison> pair(
      ExpressionTree left,
      ExpressionTree right,
      VisitorState state,
      ImapiResultRecognizer recognizer) {
    ExpressionTree leftConstant = BindingStyles.constantOf(left);
    ExpressionTree rightConstant = BindingStyles.constantOf(right);
    if ((leftConstant == null) == (rightConstant == null)) {
      // Neither side is a constant, or both are: no result is compared with a constant here.
      return Optional.empty();
    }
    ExpressionTree resultSide = leftConstant == null ? left : right;
    ExpressionTree constant = leftConstant == null ? rightConstant : leftConstant;
    return recognizer
        .recognize(resultSide, state)
        .map(result -> comparison(result, resultSide, constant, false, state));
  }

  private static ResultComparison comparison(
      ImapiResult result,
      ExpressionTree resultSide,
      ExpressionTree constant,
      boolean caseLabel,
      VisitorState state) {
    Number value = constantValue(constant);
    long longValue = value.longValue();
    boolean resultIsLong = isLong(ASTHelpers.getType(resultSide));
    // Only a constant beyond int's range needs to know: it is the one a widened int never equals.
    boolean widenedInt =
        resultIsLong
            && longValue != (int) longValue
            && WidenedInts.holdsOnlyWidenedInts(resultSide, state);
    return new ResultComparison(
        result,
        resultSide,
        resultIsLong,
        widenedInt,
        constant,
        longValue,
        value instanceof Long,
        caseLabel);
  }

  /**
   * The integral constant {@code operand} compares with: the operand itself, or the argument of
   * {@code new HRESULT(X)} or {@code Integer.valueOf(X)}. Null if there is none.
   */
  private static @Nullable Number constantValue(ExpressionTree tree) {
    Object value = ASTHelpers.constValue(tree);
    return value instanceof Integer || value instanceof Long ? (Number) value : null;
  }

  /** Whether {@code type} is {@code long} or {@code Long}. */
  private static boolean isLong(@Nullable Type type) {
    return BindingStyles.isLong(type);
  }
}
