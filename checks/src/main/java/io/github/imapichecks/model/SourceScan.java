package io.github.imapichecks.model;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.Context;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A cheap syntactic look at a method body before the dataflow analysis: can anything in it yield an
 * IMAPI result? Most methods of most programs call no IMAPI method and touch no
 * {@code @ImapiHResult} variable, and for them no control-flow graph is ever built.
 *
 * <p>One instance per compilation, kept in javac's {@link Context}; answers are cached per body.
 */
final class SourceScan {
  private static final Context.Key<SourceScan> KEY = new Context.Key<>();

  private final Map<Tree, Boolean> answers = new WeakHashMap<>();

  static SourceScan instance(Context context) {
    SourceScan scan = context.get(KEY);
    if (scan == null) {
      scan = new SourceScan();
      context.put(KEY, scan);
    }
    return scan;
  }

  /** Whether {@code code} may read an IMAPI result: it calls or reads a possible source. */
  boolean mayReadResults(Tree code) {
    return answers.computeIfAbsent(code, SourceScan::scan);
  }

  private static boolean scan(Tree code) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            Symbol method = ASTHelpers.getSymbol(tree.getMethodSelect());
            return (method != null
                    && (ImapiMethods.isMethodName(method.getSimpleName().toString())
                        || ImapiBindings.isAnnotated(method)))
                || Boolean.TRUE.equals(super.visitMethodInvocation(tree, null));
          }

          @Override
          public Boolean visitIdentifier(IdentifierTree tree, Void unused) {
            return annotatedVariable(ASTHelpers.getSymbol(tree));
          }

          @Override
          public Boolean visitMemberSelect(MemberSelectTree tree, Void unused) {
            return annotatedVariable(ASTHelpers.getSymbol(tree))
                || Boolean.TRUE.equals(super.visitMemberSelect(tree, null));
          }

          @Override
          public Boolean visitVariable(VariableTree tree, Void unused) {
            return annotatedVariable(ASTHelpers.getSymbol(tree))
                || Boolean.TRUE.equals(super.visitVariable(tree, null));
          }

          @Override
          public Boolean reduce(Boolean left, Boolean right) {
            return Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
          }
        }.scan(code, null);
    return Boolean.TRUE.equals(found);
  }

  private static boolean annotatedVariable(Symbol symbol) {
    return symbol instanceof Symbol.VarSymbol && ImapiBindings.isAnnotated(symbol);
  }
}
