package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How an IMAPI result travels up the tree from where it is produced or read. */
public final class ResultUses {
  private ResultUses() {}

  /**
   * The outermost expression around {@code path}'s leaf that is still the same HRESULT: through
   * parentheses, casts, and the calls that pass it on ({@code hr.intValue()}, {@code
   * Integer.valueOf(hr)}: {@link BindingStyles#passThrough}). Its parent is where the value is
   * consumed.
   */
  public static TreePath outermost(TreePath path) {
    TreePath current = path;
    while (true) {
      TreePath parent = current.getParentPath();
      Tree leaf = current.getLeaf();
      Tree enclosing = parent.getLeaf();
      if (enclosing instanceof ParenthesizedTree || enclosing instanceof TypeCastTree) {
        current = parent;
      } else if (enclosing instanceof MemberSelectTree select
          && select.getExpression() == leaf
          && parent.getParentPath().getLeaf() instanceof MethodInvocationTree call
          && call.getMethodSelect() == select
          && BindingStyles.passesReceiver(ASTHelpers.getSymbol(select))) {
        current = parent.getParentPath();
      } else if (enclosing instanceof MethodInvocationTree call
          && call.getArguments().size() == 1
          && call.getArguments().get(0) == leaf
          && BindingStyles.passesArgument(ASTHelpers.getSymbol(call.getMethodSelect()))) {
        current = parent;
      } else {
        return current;
      }
    }
  }

  /**
   * The local variable that {@code path}'s leaf, with its wrappers (see {@link #outermost}), is
   * stored in as the whole initializer or right-hand side of a plain assignment; null if none.
   */
  public static @Nullable VarSymbol storedInLocal(TreePath path) {
    TreePath value = outermost(path);
    Tree consumer = value.getParentPath().getLeaf();
    Symbol target = null;
    if (consumer instanceof VariableTree variable && variable.getInitializer() == value.getLeaf()) {
      target = ASTHelpers.getSymbol(variable);
    } else if (consumer instanceof AssignmentTree assignment
        && assignment.getExpression() == value.getLeaf()
        && assignment.getVariable() instanceof IdentifierTree) {
      target = ASTHelpers.getSymbol(assignment.getVariable());
    }
    return target instanceof VarSymbol variable && variable.owner instanceof MethodSymbol
        ? variable
        : null;
  }

  /**
   * The method {@code reference} names; null for a constructor reference's missing symbol or in
   * code that does not compile, where {@link ASTHelpers#getSymbol(MemberReferenceTree)} throws.
   */
  public static @Nullable MethodSymbol referencedMethod(MemberReferenceTree reference) {
    return ASTHelpers.getSymbol((Tree) reference) instanceof MethodSymbol method ? method : null;
  }

  /**
   * Whether a call of {@code method} runs its first argument, a task, and returns a future of the
   * task's value: {@code CompletableFuture.supplyAsync(task[, executor])} and an executor's {@code
   * submit(Callable)}.
   */
  public static boolean runsTask(MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if (name.equals("supplyAsync")) {
      return method.isStatic()
          && method
              .owner
              .getQualifiedName()
              .contentEquals("java.util.concurrent.CompletableFuture");
    }
    List<VarSymbol> parameters = method.getParameters();
    return name.equals("submit")
        && parameters.size() == 1
        && parameters
            .get(0)
            .type
            .tsym
            .getQualifiedName()
            .contentEquals("java.util.concurrent.Callable");
  }
}
