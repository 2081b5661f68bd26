package io.github.imapichecks.usage;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import io.github.imapichecks.recognition.OwnCodeScanner;
import org.jspecify.annotations.Nullable;

/**
 * Whether a statement can complete normally, after the rules of the Java Language Specification
 * (14.22) that the control-flow graph follows too, for the statements {@link SyntacticGuards} does
 * not enter: true, false, or null where these conservative rules cannot tell.
 */
final class NormalCompletion {
  private NormalCompletion() {}

  static @Nullable Boolean of(StatementTree statement) {
    if (!leaves(statement)) {
      return true;
    }
    if (isJump(statement)) {
      return false;
    }
    if (statement instanceof BlockTree block) {
      Boolean all = true;
      for (StatementTree inner : block.getStatements()) {
        all = and(all, of(inner));
      }
      return all;
    }
    if (statement instanceof IfTree ifTree) {
      return ifTree.getElseStatement() == null
          ? Boolean.TRUE
          : or(of(ifTree.getThenStatement()), of(ifTree.getElseStatement()));
    }
    if (statement instanceof SynchronizedTree synchronizedTree) {
      return of(synchronizedTree.getBlock());
    }
    if (statement instanceof TryTree tryTree && tryTree.getResources().isEmpty()) {
      Boolean body = of(tryTree.getBlock());
      for (CatchTree catchTree : tryTree.getCatches()) {
        body = or(body, of(catchTree.getBlock()));
      }
      return tryTree.getFinallyBlock() == null ? body : and(body, of(tryTree.getFinallyBlock()));
    }
    if (statement instanceof WhileLoopTree loop) {
      return loops(loop.getCondition());
    }
    if (statement instanceof ForLoopTree loop) {
      return loop.getCondition() == null ? null : loops(loop.getCondition());
    }
    if (statement instanceof EnhancedForLoopTree) {
      return true;
    }
    // do-while, switches, labelled statements and try-with-resources: left undecided.
    return null;
  }

  /** A loop whose condition is not the constant true may stop at its condition. */
  private static @Nullable Boolean loops(ExpressionTree condition) {
    return Boolean.TRUE.equals(ASTHelpers.constValue(condition)) ? null : Boolean.TRUE;
  }

  private static @Nullable Boolean and(@Nullable Boolean a, @Nullable Boolean b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return false;
    }
    return (a == null || b == null) ? null : Boolean.TRUE;
  }

  private static @Nullable Boolean or(@Nullable Boolean a, @Nullable Boolean b) {
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return true;
    }
    return (a == null || b == null) ? null : Boolean.FALSE;
  }

  /**
   * Whether {@code tree} is a {@code return}, {@code throw}, {@code break}, {@code continue} or
   * {@code yield}.
   */
  private static boolean isJump(@Nullable Tree tree) {
    return tree instanceof ReturnTree
        || tree instanceof ThrowTree
        || tree instanceof BreakTree
        || tree instanceof ContinueTree
        || tree instanceof YieldTree;
  }

  /**
   * Whether {@code tree} may leave other than by completing normally: it holds a jump ({@code
   * return}, {@code throw}, {@code break}, {@code continue}, {@code yield}) or a loop that only a
   * jump ends. Nested lambdas and classes are not looked into.
   */
  static boolean leaves(Tree tree) {
    boolean[] leaves = {false};
    new OwnCodeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        leaves[0] |= isJump(tree);
        return super.scan(tree, null);
      }

      @Override
      public Void visitWhileLoop(WhileLoopTree node, Void unused) {
        leaves[0] |= Boolean.TRUE.equals(ASTHelpers.constValue(node.getCondition()));
        return super.visitWhileLoop(node, null);
      }

      @Override
      public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
        leaves[0] |= Boolean.TRUE.equals(ASTHelpers.constValue(node.getCondition()));
        return super.visitDoWhileLoop(node, null);
      }

      @Override
      public Void visitForLoop(ForLoopTree node, Void unused) {
        leaves[0] |=
            node.getCondition() == null
                || Boolean.TRUE.equals(ASTHelpers.constValue(node.getCondition()));
        return super.visitForLoop(node, null);
      }
    }.scan(tree, null);
    return leaves[0];
  }
}
