package io.github.imapichecks.recognition;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The local variables of one method or lambda, read off javac's trees alone, for the sound mode,
 * which runs without the recognizer's scan: a local's only value is its initializer where nothing
 * in the body assigns, increments or decrements it.
 */
final class BodyLocals implements JacobCalls.Locals {
  private final Tree body;

  BodyLocals(Tree body) {
    this.body = body;
  }

  @Override
  public @Nullable ExpressionTree onlyValueOf(ExpressionTree read) {
    Symbol symbol = TreeInfo.symbol((JCTree) read);
    if (!(symbol instanceof VarSymbol local) || !(local.owner instanceof MethodSymbol)) {
      return null;
    }
    ExpressionTree[] initializer = {null};
    boolean[] written = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (TreeInfo.symbolFor((JCTree) variable) == local) {
          initializer[0] = variable.getInitializer();
        }
        return super.visitVariable(variable, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        written[0] |= writes(assignment.getVariable());
        return super.visitAssignment(assignment, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
        written[0] |= writes(assignment.getVariable());
        return super.visitCompoundAssignment(assignment, null);
      }

      @Override
      public Void visitUnary(UnaryTree unary, Void unused) {
        written[0] |= writes(unary.getExpression());
        return super.visitUnary(unary, null);
      }

      private boolean writes(ExpressionTree target) {
        return TreeInfo.symbol((JCTree) target) == local;
      }
    }.scan(body, null);
    return written[0] ? null : initializer[0];
  }
}
