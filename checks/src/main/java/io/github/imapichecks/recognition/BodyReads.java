package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the results of the calls of one method, lambda or initializer are read, for every call at
 * once: one pass over the body asks what each read of a local holds and files the read under each
 * call whose result it may hold. Asking call by call walked the whole body once per call, which
 * made the cost grow with the square of a method's length.
 *
 * <p>Kept per body and per way of answering while Error Prone checks the body's compilation unit
 * ({@link BodyCache}), so that no body is walked, and no analysis asked, twice for the same
 * question.
 */
final class BodyReads {
  private final Map<Tree, ImmutableList<TreePath>> readsByCall;

  /** The locals that nested lambdas and classes read. */
  private final ImmutableSet<Symbol> captured;

  /** For each call, the calls whose results reach exactly the same reads, itself included. */
  private final Map<Tree, ImmutableList<TreePath>> sameReads;

  private BodyReads(
      Map<Tree, ImmutableList<TreePath>> readsByCall,
      List<TreePath> calls,
      ImmutableSet<Symbol> captured) {
    this.readsByCall = readsByCall;
    this.captured = captured;
    this.sameReads = groupedByReads(readsByCall, calls);
  }

  /**
   * The reads of {@code call}'s result; {@code target} is the local the call's result is stored in,
   * or null.
   */
  ResultReads of(MethodInvocationTree call, @Nullable VarSymbol target) {
    ImmutableList<TreePath> reads = readsByCall.getOrDefault(call, ImmutableList.of());
    boolean capturedHolder = target != null && captured.contains(target);
    for (TreePath read : reads) {
      capturedHolder |= captured.contains(ASTHelpers.getSymbol(read.getLeaf()));
    }
    ImmutableList<TreePath> others =
        sameReads.getOrDefault(call, ImmutableList.of()).stream()
            .filter(path -> path.getLeaf() != call)
            .collect(ImmutableList.toImmutableList());
    return new ResultReads(reads, capturedHolder, others);
  }

  /**
   * The reads in the body at {@code code}, with {@code values} telling what each read of a local
   * yields; null if {@code values} cannot tell for one of them.
   */
  static @Nullable BodyReads scan(
      TreePath code, Function<TreePath, DeclaredValues.@Nullable Known> values) {
    Map<Tree, List<TreePath>> reads = new HashMap<>();
    List<TreePath> calls = new ArrayList<>();
    Set<Symbol> captured = new HashSet<>();
    boolean[] unknown = {false};
    new TreePathScanner<Void, Void>() {
      private int nesting;

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Symbol symbol = ASTHelpers.getSymbol(tree);
        if (unknown[0]
            || !(symbol instanceof VarSymbol variable)
            || !(variable.owner instanceof MethodSymbol)
            || isAssignedHere()) {
          return null;
        }
        if (nesting > 0) {
          captured.add(variable);
          return null;
        }
        DeclaredValues.Known known = values.apply(getCurrentPath());
        if (known == null) {
          unknown[0] = true;
        } else if (known.value() != null) {
          for (Tree origin : known.value().origins().calls()) {
            reads.computeIfAbsent(origin, o -> new ArrayList<>()).add(getCurrentPath());
          }
        }
        return null;
      }

      /** Whether the identifier is the target of a plain assignment, which writes, not reads. */
      private boolean isAssignedHere() {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        return parent instanceof AssignmentTree assignment
            && assignment.getVariable() == getCurrentPath().getLeaf();
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (nesting == 0) {
          calls.add(getCurrentPath());
        }
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        // The lambda whose body is the code scanned is not nested in it.
        return tree == code.getLeaf()
            ? super.visitLambdaExpression(tree, null)
            : nested(() -> super.visitLambdaExpression(tree, null));
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return nested(() -> super.visitClass(tree, null));
      }

      private Void nested(Runnable scan) {
        nesting++;
        scan.run();
        nesting--;
        return null;
      }
    }.scan(code, null);
    if (unknown[0]) {
      return null;
    }
    Map<Tree, ImmutableList<TreePath>> readsByCall = new HashMap<>();
    reads.forEach((call, paths) -> readsByCall.put(call, ImmutableList.copyOf(paths)));
    return new BodyReads(readsByCall, calls, ImmutableSet.copyOf(captured));
  }

  /**
   * The calls, given in the order the scan met them, grouped by the reads their results reach:
   * calls whose reads are the same trees share one list, in that order.
   */
  private static Map<Tree, ImmutableList<TreePath>> groupedByReads(
      Map<Tree, ImmutableList<TreePath>> readsByCall, List<TreePath> calls) {
    // Trees compare by identity (javac's do not override equals), so lists of them are equal where
    // they hold the same reads.
    Map<List<Tree>, ImmutableList.Builder<TreePath>> groups = new HashMap<>();
    List<List<Tree>> keys = new ArrayList<>();
    for (TreePath call : calls) {
      ImmutableList<TreePath> reads = readsByCall.get(call.getLeaf());
      List<Tree> key = reads == null ? null : reads.stream().map(TreePath::getLeaf).toList();
      keys.add(key);
      if (key != null) {
        groups.computeIfAbsent(key, k -> ImmutableList.builder()).add(call);
      }
    }
    Map<List<Tree>, ImmutableList<TreePath>> built = new HashMap<>();
    Map<Tree, ImmutableList<TreePath>> byCall = new HashMap<>();
    for (int i = 0; i < calls.size(); i++) {
      List<Tree> key = keys.get(i);
      if (key != null) {
        byCall.put(calls.get(i).getLeaf(), built.computeIfAbsent(key, k -> groups.get(k).build()));
      }
    }
    return byCall;
  }

  /**
   * The bodies' reads of the compilation unit being checked: for each body, one per way of
   * answering (from declarations first or from the analysis alone, and the binding types).
   */
  static final Context.Key<BodyCache<List<Object>, BodyReads>> CACHE = new Context.Key<>();
}
