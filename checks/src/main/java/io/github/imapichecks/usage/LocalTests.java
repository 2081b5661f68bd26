package io.github.imapichecks.usage;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Context;
import io.github.imapichecks.recognition.BodyCache;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a method, lambda or initializer tests its local variables in a way {@link
 * SuccessKindTransfer} follows: the reads of each local that are an operand of a comparison, of
 * {@code equals}, or of {@code succeeded}, {@code failed} or {@code isSuccessWithInfo}, through
 * parentheses, casts and calls on the value ({@code hr.intValue()}). It counts more than the
 * analysis does (any comparison, any method called on the value, nested lambdas and classes
 * included), never less.
 *
 * <p>Only a test of a variable tells the analysis anything about it. A read that no test of its
 * variable can reach, because the body has none but the read itself and that one is in no loop,
 * therefore may hold every kind of code, and {@link SuccessGuards} answers so without building the
 * body's control-flow graph. On code that calls IMAPI in most methods the graphs were the checks'
 * largest cost.
 *
 * <p>Kept per body while Error Prone checks the body's compilation unit.
 */
final class LocalTests {
  /** The bodies' tests, for the compilation unit being checked: one answer per body. */
  private static final Context.Key<BodyCache<Boolean, LocalTests>> CACHE = new Context.Key<>();

  private static final Boolean EVERY_LOCAL = true;

  /** For each local, the reads of it that are tested. */
  private final Map<Symbol, Set<Tree>> tested = new HashMap<>();

  private LocalTests() {}

  /**
   * Whether no test of the local that {@code read} reads can reach it: the body at {@code code},
   * which must enclose {@code read}, tests the local nowhere else, and not in a loop around the
   * read if the read is a test itself.
   */
  static boolean noneReaches(TreePath read, Symbol local, TreePath code, Context context) {
    Set<Tree> tests =
        BodyCache.instance(context, CACHE)
            .get(code, EVERY_LOCAL, unused -> scan(code.getLeaf()))
            .tested
            .get(local);
    if (tests == null) {
      return true;
    }
    if (tests.size() > 1 || !tests.contains(read.getLeaf())) {
      return false;
    }
    return !inLoop(read, code.getLeaf());
  }

  private static boolean inLoop(TreePath read, Tree code) {
    for (TreePath p = read; p != null && p.getLeaf() != code; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof WhileLoopTree
          || leaf instanceof DoWhileLoopTree
          || leaf instanceof ForLoopTree
          || leaf instanceof EnhancedForLoopTree) {
        return true;
      }
    }
    return false;
  }

  private static LocalTests scan(Tree code) {
    LocalTests tests = new LocalTests();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree tree, Void unused) {
        switch (tree.getKind()) {
          case EQUAL_TO,
              NOT_EQUAL_TO,
              LESS_THAN,
              LESS_THAN_EQUAL,
              GREATER_THAN,
              GREATER_THAN_EQUAL -> {
            tests.record(tree.getLeftOperand());
            tests.record(tree.getRightOperand());
          }
          default -> {}
        }
        return super.visitBinary(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        ExpressionTree select = tree.getMethodSelect();
        String name =
            select instanceof MemberSelectTree member
                ? member.getIdentifier().toString()
                : select instanceof IdentifierTree identifier
                    ? identifier.getName().toString()
                    : "";
        // The tests the analysis follows: equals, and the success helpers it splits on.
        if (name.equals("equals") || SuccessKindTransfer.Split.ofHelper(name) != null) {
          if (select instanceof MemberSelectTree member) {
            tests.record(member.getExpression());
          }
          tree.getArguments().forEach(tests::record);
        }
        return super.visitMethodInvocation(tree, null);
      }
    }.scan(code, null);
    return tests;
  }

  /** Records the read of a local that {@code operand} tests, if it reads one. */
  private void record(ExpressionTree operand) {
    ExpressionTree current = operand;
    while (true) {
      if (current instanceof ParenthesizedTree parenthesized) {
        current = parenthesized.getExpression();
      } else if (current instanceof TypeCastTree cast) {
        current = cast.getExpression();
      } else if (current instanceof MethodInvocationTree call
          && call.getMethodSelect() instanceof MemberSelectTree select) {
        current = select.getExpression();
      } else {
        break;
      }
    }
    if (current instanceof IdentifierTree
        && ASTHelpers.getSymbol(current) instanceof VarSymbol variable
        && variable.owner instanceof MethodSymbol) {
      tested.computeIfAbsent(variable, v -> new HashSet<>()).add(current);
    }
  }
}
