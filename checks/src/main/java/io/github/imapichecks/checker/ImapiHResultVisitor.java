package io.github.imapichecks.checker;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.recognition.JnaHResults;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The checks beyond the Checker Framework's assignment rules: comparisons ({@code comparison}:
 * {@code ==}, {@code !=}, the orderings, {@code equals} and {@code Objects.equals}) and switch
 * labels ({@code case.label}) must not mix IMAPI results with other numbers.
 */
public final class ImapiHResultVisitor extends BaseTypeVisitor<ImapiHResultAnnotatedTypeFactory> {
  /** {@code Object.equals(Object)}, whose overrides compare a boxed result or an HRESULT. */
  private final ExecutableElement objectEquals;

  /** {@code java.util.Objects.equals(Object, Object)}. */
  private final ExecutableElement objectsEquals;

  /** Creates the visitor for {@code checker}. */
  public ImapiHResultVisitor(BaseTypeChecker checker) {
    super(checker);
    ProcessingEnvironment env = checker.getProcessingEnvironment();
    objectEquals = TreeUtils.getMethod(Object.class, "equals", 1, env);
    objectsEquals = TreeUtils.getMethod(Objects.class, "equals", 2, env);
  }

  @Override
  protected ImapiHResultAnnotatedTypeFactory createTypeFactory() {
    return new ImapiHResultAnnotatedTypeFactory(checker);
  }

  @Override
  public Void visitBinary(BinaryTree tree, Void p) {
    if (isComparison(tree) && !isSignTest(tree)) {
      checkComparison(tree, tree.getLeftOperand(), tree.getRightOperand());
    }
    return super.visitBinary(tree, null);
  }

  /**
   * {@code hr.equals(x)} (an override of {@code Object.equals}, on a boxed result or JNA's {@code
   * HRESULT}) and {@code Objects.equals(hr, x)} compare as {@code ==} does, in either order. An
   * unqualified {@code equals(hr)} compares {@code this}, which holds no number, and is left alone.
   */
  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void p) {
    List<? extends ExpressionTree> arguments = tree.getArguments();
    if (TreeUtils.isMethodInvocation(tree, objectEquals, checker.getProcessingEnvironment())) {
      ExpressionTree receiver = TreeUtils.getReceiverTree(tree);
      if (receiver != null) {
        checkComparison(tree, receiver, arguments.get(0));
      }
    } else if (TreeUtils.isMethodInvocation(
        tree, objectsEquals, checker.getProcessingEnvironment())) {
      checkComparison(tree, arguments.get(0), arguments.get(1));
    }
    return super.visitMethodInvocation(tree, null);
  }

  /**
   * Reports {@code comparison} of {@code left} and {@code right} where one is an IMAPI result and
   * the other may be any number. JNA's {@code new HRESULT(x)} is judged by {@code x}: it wraps a
   * code, as {@code Integer.valueOf(x)} does.
   */
  private void checkComparison(Tree comparison, ExpressionTree left, ExpressionTree right) {
    AnnotatedTypeMirror leftType = atypeFactory.getAnnotatedType(wrapped(left));
    AnnotatedTypeMirror rightType = atypeFactory.getAnnotatedType(wrapped(right));
    if (atypeFactory.isResult(leftType) && atypeFactory.isUnknown(rightType)) {
      checker.reportError(comparison, "comparison", source(left), source(right));
    } else if (atypeFactory.isResult(rightType) && atypeFactory.isUnknown(leftType)) {
      checker.reportError(comparison, "comparison", source(right), source(left));
    }
  }

  /**
   * The code inside {@code new HRESULT(x)}: {@code x}; {@code operand} itself otherwise.
   *
   * <p>Limitation: JNA's {@code W32Errors.S_OK} is an {@code HRESULT} object that is no
   * {@code @ImapiHResult}, so {@code hr.equals(W32Errors.S_OK)} is reported; {@code
   * COMUtils.SUCCEEDED(hr)} is the test to write.
   */
  private static ExpressionTree wrapped(ExpressionTree operand) {
    ExpressionTree stripped = TreeUtils.withoutParens(operand);
    if (stripped instanceof NewClassTree newClass
        && newClass.getArguments().size() == 1
        && JnaHResults.isHResult((Type) TreeUtils.typeOf(newClass))) {
      return newClass.getArguments().get(0);
    }
    return operand;
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
