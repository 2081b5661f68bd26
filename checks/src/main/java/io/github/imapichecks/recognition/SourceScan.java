package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One cheap syntactic pass over a method body, lambda or initializer, made before any dataflow
 * analysis of it and kept for the rest of the compilation. It answers two questions:
 *
 * <ul>
 *   <li>can anything in the body yield an IMAPI result? Most methods of most programs call no IMAPI
 *       method and touch no {@code @ImapiHResult} variable, and for them no control-flow graph is
 *       ever built;
 *   <li>how is each local variable of the body declared and written? {@link DeclaredValues} answers
 *       from this what the analysis would, where declarations alone decide it.
 * </ul>
 *
 * <p>One instance per compilation, kept in javac's {@link Context}; answers are cached per body.
 */
final class SourceScan {
  private static final Context.Key<SourceScan> KEY = new Context.Key<>();

  private final Map<Tree, Facts> facts = new WeakHashMap<>();

  static SourceScan instance(Context context) {
    SourceScan scan = context.get(KEY);
    if (scan == null) {
      scan = new SourceScan();
      context.put(KEY, scan);
    }
    return scan;
  }

  /** What the pass found in {@code code}: a method, lambda, initializer block or field. */
  Facts facts(Tree code) {
    return facts.computeIfAbsent(code, SourceScan::scan);
  }

  /** How a local variable or parameter is declared in a body. */
  enum Declared {
    /** A parameter of the body's method or lambda. */
    PARAMETER,
    /** A local variable declared by a statement, with or without an initializer. */
    LOCAL,
    /**
     * Assigned by the language, not by an expression of the body: an enhanced-for variable, a catch
     * parameter, a resource or a pattern's binding.
     */
    IMPLICIT
  }

  /**
   * A local variable or parameter declared in the body, outside nested lambdas and classes.
   *
   * @param initializer the expression it is declared with, if any
   * @param assigned the right-hand sides of the plain assignments to it, in source order
   * @param updated whether a compound assignment, increment or decrement writes it
   * @param elementStores the right-hand sides of the plain assignments to its elements ({@code a[i]
   *     = value}), nested lambdas and classes included, in source order
   * @param usedWhole whether anything but an element access reads it, or writes one of its elements
   *     other than by a plain assignment, nested code included: an array that is not only indexed
   *     may change where the body cannot see it
   */
  record Local(
      Declared declared,
      @Nullable ExpressionTree initializer,
      List<ExpressionTree> assigned,
      boolean updated,
      List<ExpressionTree> elementStores,
      boolean usedWhole) {
    /** Whether its only value is the one it is declared with (or, for a parameter, passed). */
    boolean neverWritten() {
      return assigned.isEmpty() && !updated;
    }
  }

  /**
   * What the pass found in one body.
   *
   * @param mayReadResults whether the body calls or references an IMAPI method or an
   *     {@code @ImapiHResult} one, or reads an {@code @ImapiHResult} variable, nested code included
   * @param locals the variables the body declares, nested lambdas and classes excluded
   * @param tries the {@code try} statement of each catch parameter the body declares
   * @param calls the numbers of the body's calls whose results the recognition follows
   */
  record Facts(
      boolean mayReadResults,
      Map<Symbol, Local> locals,
      Map<Symbol, TryTree> tries,
      Origins.Numbering calls) {}

  private static Facts scan(Tree code) {
    BodyScanner scanner = new BodyScanner(code);
    scanner.scan(code, null);
    Map<Symbol, Local> locals = new HashMap<>();
    scanner.declared.forEach(
        (symbol, declaration) ->
            locals.put(
                symbol,
                new Local(
                    declaration.declared,
                    declaration.initializer,
                    List.copyOf(declaration.assigned),
                    declaration.updated,
                    List.copyOf(declaration.elementStores),
                    declaration.usedWhole)));
    return new Facts(
        scanner.mayReadResults, locals, Map.copyOf(scanner.tries), new Origins.Numbering());
  }

  /** A local variable's declaration and writes, as the scan collects them. */
  private static final class Declaration {
    private final Declared declared;
    private final @Nullable ExpressionTree initializer;
    private final List<ExpressionTree> assigned = new ArrayList<>();
    private boolean updated;
    private final List<ExpressionTree> elementStores = new ArrayList<>();
    private boolean usedWhole;

    private Declaration(Declared declared, @Nullable ExpressionTree initializer) {
      this.declared = declared;
      this.initializer = initializer;
    }
  }

  private static final class BodyScanner extends TreeScanner<Void, Void> {
    private final Tree root;
    private final Map<Symbol, Declaration> declared = new HashMap<>();
    private final Map<Symbol, TryTree> tries = new HashMap<>();
    private boolean mayReadResults;

    /** How many lambdas and classes, inside the body, enclose the current tree. */
    private int nesting;

    private BodyScanner(Tree root) {
      this.root = root;
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      if (tree == root) {
        tree.getParameters().forEach(parameter -> declare(parameter, Declared.PARAMETER));
      }
      return super.visitMethod(tree, null);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      if (tree == root) {
        tree.getParameters().forEach(parameter -> declare(parameter, Declared.PARAMETER));
        return super.visitLambdaExpression(tree, null);
      }
      nesting++;
      super.visitLambdaExpression(tree, null);
      nesting--;
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      nesting++;
      super.visitClass(tree, null);
      nesting--;
      return null;
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
      declare(tree.getVariable(), Declared.IMPLICIT);
      return super.visitEnhancedForLoop(tree, null);
    }

    @Override
    public Void visitCatch(CatchTree tree, Void unused) {
      declare(tree.getParameter(), Declared.IMPLICIT);
      return super.visitCatch(tree, null);
    }

    @Override
    public Void visitTry(TryTree tree, Void unused) {
      if (nesting == 0) {
        for (CatchTree catchTree : tree.getCatches()) {
          Symbol parameter = ASTHelpers.getSymbol(catchTree.getParameter());
          if (parameter != null) {
            tries.put(parameter, tree);
          }
        }
      }
      for (Tree resource : tree.getResources()) {
        if (resource instanceof VariableTree variable) {
          declare(variable, Declared.IMPLICIT);
        }
      }
      return super.visitTry(tree, null);
    }

    @Override
    public Void visitBindingPattern(BindingPatternTree tree, Void unused) {
      declare(tree.getVariable(), Declared.IMPLICIT);
      return super.visitBindingPattern(tree, null);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      // Declared earlier in the pass if a parameter or assigned by the language.
      declare(tree, Declared.LOCAL);
      mayReadResults |= annotatedVariable(ASTHelpers.getSymbol(tree));
      return super.visitVariable(tree, null);
    }

    private void declare(VariableTree tree, Declared kind) {
      Symbol symbol = ASTHelpers.getSymbol(tree);
      if (nesting == 0
          && tree != root
          && symbol instanceof VarSymbol
          && !declared.containsKey(symbol)) {
        declared.put(symbol, new Declaration(kind, tree.getInitializer()));
      }
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      Declaration target = written(tree.getVariable());
      if (target != null) {
        target.assigned.add(tree.getExpression());
      }
      Declaration array = indexed(tree.getVariable());
      if (array != null) {
        array.elementStores.add(tree.getExpression());
        scan(((ArrayAccessTree) tree.getVariable()).getIndex(), null);
        return scan(tree.getExpression(), null);
      }
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitArrayAccess(ArrayAccessTree tree, Void unused) {
      // An element read: the array itself is not used whole.
      return indexed(tree) != null
          ? scan(tree.getIndex(), null)
          : super.visitArrayAccess(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      updated(tree.getVariable());
      return super.visitCompoundAssignment(tree, null);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
      switch (tree.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
            updated(tree.getExpression());
        default -> {}
      }
      return super.visitUnary(tree, null);
    }

    /** Records an update (compound assignment, increment) of {@code target}. */
    private void updated(ExpressionTree target) {
      Declaration local = written(target);
      if (local != null) {
        local.updated = true;
      }
      Declaration array = indexed(target);
      if (array != null) {
        array.usedWhole = true;
      }
    }

    /** The declaration of the body's local whose element {@code target} accesses, if any. */
    private @Nullable Declaration indexed(ExpressionTree target) {
      return ASTHelpers.stripParentheses(target) instanceof ArrayAccessTree access
          ? written(access.getExpression())
          : null;
    }

    /** The declaration of the body's local that {@code target} names, if it names one. */
    private @Nullable Declaration written(ExpressionTree target) {
      ExpressionTree stripped = ASTHelpers.stripParentheses(target);
      return stripped instanceof IdentifierTree
          ? declared.get(ASTHelpers.getSymbol(stripped))
          : null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      // A call that may yield a result, or that reads a caught exception's HRESULT, which may be
      // the failure of a late-bound call that names its IMAPI member in a string.
      mayReadResults |=
          ASTHelpers.getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method
              && (BindingStyles.mayYield(method)
                  || ExceptionBindings.ofAccessor(method).isPresent()
                  || ExceptionBindings.ofCodeTest(method).isPresent());
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      Symbol symbol = ASTHelpers.getSymbol(tree);
      mayReadResults |= annotatedVariable(symbol);
      Declaration local = declared.get(symbol);
      if (local != null) {
        local.usedWhole = true;
      }
      return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      MethodSymbol method = ResultUses.referencedMethod(tree);
      mayReadResults |= method != null && BindingStyles.mayYield(method);
      return super.visitMemberReference(tree, null);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      mayReadResults |= annotatedVariable(ASTHelpers.getSymbol(tree));
      return super.visitMemberSelect(tree, null);
    }
  }

  private static boolean annotatedVariable(@Nullable Symbol symbol) {
    return symbol instanceof VarSymbol && AnnotatedHResults.isAnnotated(symbol);
  }
}
