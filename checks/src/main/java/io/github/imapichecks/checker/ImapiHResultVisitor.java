package io.github.imapichecks.checker;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.util.SourcePositions;
import java.io.IOException;
import java.util.List;
import javax.tools.Diagnostic;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The checks beyond the Checker Framework's assignment rules: comparisons ({@code comparison}) and
 * switch labels ({@code case.label}) must not mix IMAPI results with other numbers.
 */
public final class ImapiHResultVisitor extends BaseTypeVisitor<ImapiHResultAnnotatedTypeFactory> {
  /** Creates the visitor for {@code checker}. */
  public ImapiHResultVisitor(BaseTypeChecker checker) {
    super(checker);
  }

  @Override
  protected ImapiHResultAnnotatedTypeFactory createTypeFactory() {
    return new ImapiHResultAnnotatedTypeFactory(checker);
  }

  // Limitation: hr.equals(x) and Objects.equals(hr, x) are calls, not comparisons: unchecked.
  @Override
  public Void visitBinary(BinaryTree tree, Void p) {
    if (isComparison(tree) && !isSignTest(tree)) {
      ExpressionTree left = tree.getLeftOperand();
      ExpressionTree right = tree.getRightOperand();
      AnnotatedTypeMirror leftType = atypeFactory.getAnnotatedType(left);
      AnnotatedTypeMirror rightType = atypeFactory.getAnnotatedType(right);
      if (atypeFactory.isResult(leftType) && atypeFactory.isUnknown(rightType)) {
        checker.reportError(tree, "comparison", source(left), source(right));
      } else if (atypeFactory.isResult(rightType) && atypeFactory.isUnknown(leftType)) {
        checker.reportError(tree, "comparison", source(right), source(left));
      }
    }
    return super.visitBinary(tree, null);
  }

  @Override
  public Void visitSwitch(SwitchTree tree, Void p) {
    checkCaseLabels(tree.getExpression(), tree.getCases());
    return super.visitSwitch(tree, null);
  }

  @Override
  public Void visitSwitchExpression(SwitchExpressionTree tree, Void p) {
    checkCaseLabels(tree.getExpression(), tree.getCases());
    return super.visitSwitchExpression(tree, null);
  }

  /** A switch compares its selector with every label: neither may be a result without the other. */
  private void checkCaseLabels(ExpressionTree selector, List<? extends CaseTree> cases) {
    AnnotatedTypeMirror selectorType = atypeFactory.getAnnotatedType(selector);
    boolean selectorIsResult = atypeFactory.isResult(selectorType);
    boolean selectorIsUnknown = atypeFactory.isUnknown(selectorType);
    for (CaseTree caseTree : cases) {
      for (ExpressionTree label : caseTree.getExpressions()) {
        AnnotatedTypeMirror labelType = atypeFactory.getAnnotatedType(label);
        if ((selectorIsResult && atypeFactory.isUnknown(labelType))
            || (selectorIsUnknown && atypeFactory.isResult(labelType))) {
          checker.reportError(
              label, "case.label", source(label), source(TreeUtils.withoutParens(selector)));
        }
      }
    }
  }

  /**
   * {@code expression} as the user wrote it, {@code 0x8004021C} rather than javac's {@code
   * -2147220964}, or javac's rendering where the source positions are not known.
   */
  private String source(ExpressionTree expression) {
    SourcePositions positions = trees.getSourcePositions();
    long end = positions.getEndPosition(root, expression);
    if (end == Diagnostic.NOPOS) {
      return expression.toString();
    }
    try {
      CharSequence text = root.getSourceFile().getCharContent(true);
      return text.subSequence((int) positions.getStartPosition(root, expression), (int) end)
          .toString();
    } catch (IOException e) {
      return expression.toString();
    }
  }

  private static boolean isComparison(BinaryTree tree) {
    return switch (tree.getKind()) {
      case EQUAL_TO, NOT_EQUAL_TO, LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL ->
          true;
      default -> false;
    };
  }

  /**
   * {@code hr < 0}, {@code hr >= 0}, {@code 0 > hr} or {@code 0 <= hr}: the Windows {@code FAILED}
   * and {@code SUCCEEDED} macros, the one comparison with a plain number that is right.
   */
  private static boolean isSignTest(BinaryTree tree) {
    return switch (tree.getKind()) {
      case LESS_THAN, GREATER_THAN_EQUAL -> isZero(tree.getRightOperand());
      case GREATER_THAN, LESS_THAN_EQUAL -> isZero(tree.getLeftOperand());
      default -> false;
    };
  }

  private static boolean isZero(ExpressionTree operand) {
    if (!(TreeUtils.withoutParens(operand) instanceof LiteralTree literal)) {
      return false;
    }
    Object value = literal.getValue();
    return (value instanceof Integer || value instanceof Long) && ((Number) value).longValue() == 0;
  }
}
