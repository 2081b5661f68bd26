package io.github.imapichecks.usage;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import io.github.imapichecks.recognition.ResultReads;
import io.github.imapichecks.recognition.ResultUses;
import java.util.HashSet;
import java.util.Set;

/**
 * What a {@code catch} clause does with the IMAPI failure it caught: the codes it tells apart,
 * through the exception's HRESULT ({@code e.getHRESULT() == X}, a {@code switch}, {@code
 * e.matchesErrorCode(X)}), and whether it lets the exception go to code that can tell them apart
 * (rethrows it, wraps it as a cause, returns it, passes it to a method that does more than log it).
 */
public final class CatchHandlers {
  private final ResultInspection inspection = new ResultInspection();
  private final Set<Integer> matched = new HashSet<>();
  private boolean escapes;

  private CatchHandlers() {}

  /** How the handler at {@code catchPath} uses its exception. */
  public static CatchHandlers inspect(
      TreePath catchPath, ImapiResultRecognizer recognizer, VisitorState state) {
    CatchHandlers handler = new CatchHandlers();
    CatchTree catchTree = (CatchTree) catchPath.getLeaf();
    Symbol exception = ASTHelpers.getSymbol(catchTree.getParameter());
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (exception != null && exception.equals(ASTHelpers.getSymbol(tree))) {
          handler.use(getCurrentPath(), recognizer, state);
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        // Captured by a lambda: it may go anywhere.
        handler.escapes |= mentions(tree, exception);
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        handler.escapes |= mentions(tree, exception);
        return null;
      }
    }.scan(new TreePath(catchPath, catchTree.getBlock()), null);
    return handler;
  }

  /** One use of the exception, at {@code read}. */
  private void use(TreePath read, ImapiResultRecognizer recognizer, VisitorState state) {
    TreePath value = read;
    while (value.getParentPath().getLeaf() instanceof ParenthesizedTree
        || value.getParentPath().getLeaf() instanceof TypeCastTree) {
      value = value.getParentPath();
    }
    Tree consumer = value.getParentPath().getLeaf();
    if (consumer instanceof MemberSelectTree select
        && value.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select) {
      TreePath callPath = value.getParentPath().getParentPath();
      if (select.getIdentifier().contentEquals("matchesErrorCode")
          && call.getArguments().size() == 1) {
        Long code = BindingStyles.codeValue(call.getArguments().get(0));
        if (code == null) {
          escapes = true;
        } else {
          matched.add(code.intValue());
        }
      } else if (recognizer.recognize(call, state.withPath(callPath)).isPresent()) {
        // The failure's HRESULT: judged as any other result is, also through a local.
        VarSymbol local = ResultUses.storedInLocal(callPath);
        if (local == null) {
          inspection.use(callPath, state);
        } else {
          ResultReads reads = recognizer.readsOf(call, state.withPath(callPath));
          escapes |= reads.captured();
          reads.reads().forEach(hr -> inspection.use(hr, state));
        }
      }
      // Any other method of the exception (getMessage, printStackTrace) only reads it.
      return;
    }
    if (consumer instanceof MethodInvocationTree call
        && ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
        && TextSinks.isTextSink(method)) {
      return;
    }
    if (consumer instanceof BinaryTree concatenation
        && ASTHelpers.isSameType(
            ASTHelpers.getType(concatenation), state.getSymtab().stringType, state)) {
      // Concatenated into a message.
      return;
    }
    // Rethrown, wrapped, returned, stored, passed on: code elsewhere may tell its codes apart.
    escapes = true;
  }

  private static boolean mentions(Tree tree, Symbol symbol) {
    boolean[] found = {false};
    new com.sun.source.util.TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        found[0] |= symbol != null && symbol.equals(ASTHelpers.getSymbol(identifier));
        return null;
      }
    }.scan(tree, null);
    return found[0];
  }

  /**
   * Whether the handler lets the exception, or its HRESULT, go to code that may tell its codes
   * apart.
   */
  public boolean escapes() {
    return escapes || inspection.escapesFailures();
  }

  /** Whether the handler tells {@code code} apart. */
  public boolean toldApart(int code) {
    return matched.contains(code) || inspection.handles(code);
  }
}
