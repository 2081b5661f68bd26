package io.github.imapichecks.model;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The decision a success test belongs to: the whole boolean expression around it, and the other
 * conditions of its if-else chain or chain of conditional expressions. Code that tells {@code
 * IMAPI_S_PROPERTIESIGNORED} apart anywhere in that decision routes it on purpose.
 */
public final class DecisionContext {
  private static final Set<Tree.Kind> BOOLEAN_GLUE =
      Set.of(
          Tree.Kind.PARENTHESIZED,
          Tree.Kind.LOGICAL_COMPLEMENT,
          Tree.Kind.CONDITIONAL_AND,
          Tree.Kind.CONDITIONAL_OR);

  private DecisionContext() {}

  /**
   * Whether the decision around {@code state}'s current node also compares {@code result} with a
   * success-with-information code ({@code S_FALSE}, {@code IMAPI_S_*}) or asks {@code
   * ImapiError.isSuccessWithInfo} about it.
   */
  public static boolean alsoTestsSuccessInfo(ExpressionTree result, VisitorState state) {
    TreePath top = enclosingCondition(state.getPath());
    List<Tree> conditions = new ArrayList<>();
    conditions.add(top.getLeaf());
    TreePath decision = top.getParentPath();
    if (decision != null
        && decision.getLeaf() instanceof IfTree ifTree
        && ifTree.getCondition() == top.getLeaf()) {
      while (decision.getParentPath().getLeaf() instanceof IfTree outer
          && outer.getElseStatement() == decision.getLeaf()) {
        decision = decision.getParentPath();
      }
      for (Tree link = decision.getLeaf();
          link instanceof IfTree chained;
          link = chained.getElseStatement()) {
        conditions.add(chained.getCondition());
      }
    } else if (decision != null
        && decision.getLeaf() instanceof ConditionalExpressionTree conditional
        && conditional.getCondition() == top.getLeaf()) {
      for (Tree link = conditional;
          link instanceof ConditionalExpressionTree chained;
          link = ASTHelpers.stripParentheses(chained.getFalseExpression())) {
        conditions.add(chained.getCondition());
      }
    }
    return conditions.stream().anyMatch(condition -> testsSuccessInfo(condition, result, state));
  }

  /** The whole boolean expression around {@code path}: through parentheses, !, && and ||. */
  static TreePath enclosingCondition(TreePath path) {
    TreePath top = path;
    while (top.getParentPath() != null
        && BOOLEAN_GLUE.contains(top.getParentPath().getLeaf().getKind())) {
      top = top.getParentPath();
    }
    return top;
  }

  private static boolean testsSuccessInfo(
      Tree condition, ExpressionTree result, VisitorState state) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitBinary(BinaryTree tree, Void unused) {
            boolean equality =
                tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO;
            return (equality
                    && comparesWithSuccessInfo(tree.getLeftOperand(), tree.getRightOperand()))
                || Boolean.TRUE.equals(super.visitBinary(tree, null));
          }

          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            Symbol method = ASTHelpers.getSymbol(tree.getMethodSelect());
            List<? extends ExpressionTree> arguments = tree.getArguments();
            boolean asks =
                method != null
                    && method.getSimpleName().contentEquals("isSuccessWithInfo")
                    && arguments.size() == 1
                    && sameValue(arguments.get(0), result, state);
            boolean equals =
                method != null
                    && method.getSimpleName().contentEquals("equals")
                    && ((arguments.size() == 2
                            && comparesWithSuccessInfo(arguments.get(0), arguments.get(1)))
                        || (arguments.size() == 1
                            && tree.getMethodSelect() instanceof MemberSelectTree select
                            && comparesWithSuccessInfo(select.getExpression(), arguments.get(0))));
            return asks || equals || Boolean.TRUE.equals(super.visitMethodInvocation(tree, null));
          }

          private boolean comparesWithSuccessInfo(ExpressionTree a, ExpressionTree b) {
            return (sameValue(a, result, state) && isSuccessInfoCode(b))
                || (sameValue(b, result, state) && isSuccessInfoCode(a));
          }

          @Override
          public Boolean reduce(Boolean left, Boolean right) {
            return Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
          }
        }.scan(condition, null);
    return Boolean.TRUE.equals(found);
  }

  private static boolean isSuccessInfoCode(ExpressionTree tree) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    if (stripped instanceof NewClassTree newClass && newClass.getArguments().size() == 1) {
      stripped = newClass.getArguments().get(0);
    }
    return ASTHelpers.constValue(stripped) instanceof Integer value
        && ImapiCodes.byValue(value).filter(ImapiCode::isSuccessWithInfo).isPresent();
  }

  /** Whether two expressions read the same value: the same variable, or the same source text. */
  static boolean sameValue(ExpressionTree a, ExpressionTree b, VisitorState state) {
    ExpressionTree left = ASTHelpers.stripParentheses(a);
    ExpressionTree right = ASTHelpers.stripParentheses(b);
    Symbol leftSymbol = ASTHelpers.getSymbol(left);
    if (leftSymbol instanceof Symbol.VarSymbol
        && (left instanceof IdentifierTree || left instanceof MemberSelectTree)) {
      return Objects.equals(leftSymbol, ASTHelpers.getSymbol(right));
    }
    String leftSource = state.getSourceForNode(left);
    return leftSource != null && leftSource.equals(state.getSourceForNode(right));
  }
}
