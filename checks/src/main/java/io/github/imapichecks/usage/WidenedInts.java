package io.github.imapichecks.usage;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.recognition.BindingStyles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Whether a {@code long} or {@code Long} expression only ever holds an {@code int} widened to
 * {@code long}: {@code hr} after {@code long hr = master.RecordDisc(false, true);}. Widening
 * sign-extends, so such a value always lies in {@code int}'s range, and a {@code long} constant
 * beyond it ({@code 0x8004021CL}) can never equal it. A binding that itself returns {@code long}
 * (an unsigned value, say) gives no such guarantee.
 *
 * <p>Decided by types alone, and only where they decide it: an expression of type {@code int} (or
 * narrower, or their boxes); a cast, {@code Long.valueOf(x)} or {@code x.longValue()} of one; a
 * conditional expression both of whose branches are one; a local variable every store of which
 * (initializer and assignments) is one. Compound assignments, increments, parameters, fields, loop,
 * catch, resource and pattern variables are not followed: the answer is then no.
 */
final class WidenedInts {
  private final VisitorState state;

  /** The locals being followed: a cycle of copies ({@code a = b; b = a;}) adds no other value. */
  private final Set<VarSymbol> following = new HashSet<>();

  private WidenedInts(VisitorState state) {
    this.state = state;
  }

  /**
   * Whether {@code expr}, of type {@code long} or {@code Long}, is known to hold only {@code int}
   * values widened to {@code long}. {@code expr} must lie below {@code state}'s path.
   */
  static boolean holdsOnlyWidenedInts(ExpressionTree expr, VisitorState state) {
    return new WidenedInts(state).fitsInt(expr);
  }

  private boolean fitsInt(ExpressionTree tree) {
    ExpressionTree expr = ASTHelpers.stripParentheses(tree);
    Type type = ASTHelpers.getType(expr);
    if (type == null) {
      return false;
    }
    if (isIntOrNarrower(type)) {
      return true;
    }
    if (!BindingStyles.isLong(type)) {
      return false;
    }
    if (expr instanceof TypeCastTree cast) {
      return fitsInt(cast.getExpression());
    }
    if (expr instanceof ConditionalExpressionTree conditional) {
      return fitsInt(conditional.getTrueExpression()) && fitsInt(conditional.getFalseExpression());
    }
    if (expr instanceof MethodInvocationTree call) {
      return widensItsOperand(call);
    }
    if (expr instanceof IdentifierTree
        && ASTHelpers.getSymbol(expr) instanceof VarSymbol variable
        && variable.getKind() == ElementKind.LOCAL_VARIABLE) {
      return localFitsInt(variable);
    }
    return false;
  }

  /** {@code Long.valueOf(x)} or {@code x.longValue()} of an {@code x} that fits an {@code int}. */
  private boolean widensItsOperand(MethodInvocationTree call) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (name.equals("valueOf")
        && method.isStatic()
        && call.getArguments().size() == 1
        && method.owner.getQualifiedName().contentEquals("java.lang.Long")) {
      return fitsInt(call.getArguments().get(0));
    }
    if (name.equals("longValue")
        && !method.isStatic()
        && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      return fitsInt(select.getExpression());
    }
    return false;
  }

  /** Whether every value stored in the local {@code variable} fits an {@code int}. */
  private boolean localFitsInt(VarSymbol variable) {
    if (!following.add(variable)) {
      // Already being followed: a copy of it adds no value that its other stores do not.
      return true;
    }
    try {
      List<ExpressionTree> stored = storesOf(variable);
      if (stored == null || stored.isEmpty()) {
        return false;
      }
      for (ExpressionTree value : stored) {
        if (!fitsInt(value)) {
          return false;
        }
      }
      return true;
    } finally {
      following.remove(variable);
    }
  }

  /**
   * The values stored in the local {@code variable}: its initializer and the right-hand sides of
   * its plain assignments; null where some store is not a plain one (compound assignment,
   * increment, enhanced {@code for}) or the declaration is not found.
   */
  private @Nullable List<ExpressionTree> storesOf(VarSymbol variable) {
    // A local and every write to it lie within the class member that declares it (a lambda or
    // nested class may only read it): scan outward, member by member, until the declaration is met.
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      TreePath parent = path.getParentPath();
      if (parent == null || !(parent.getLeaf() instanceof ClassTree)) {
        continue;
      }
      Stores stores = new Stores(variable);
      stores.scan(path, null);
      if (stores.declared) {
        return stores.unknown ? null : stores.values;
      }
    }
    return null;
  }

  /** Collects the stores to one local within a class member. */
  private static final class Stores extends TreePathScanner<Void, Void> {
    private final VarSymbol variable;
    private final List<ExpressionTree> values = new ArrayList<>();
    private boolean declared;
    private boolean unknown;

    Stores(VarSymbol variable) {
      this.variable = variable;
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      if (ASTHelpers.getSymbol(tree) == variable) {
        declared = true;
        if (getCurrentPath().getParentPath().getLeaf() instanceof EnhancedForLoopTree) {
          unknown = true;
        } else if (tree.getInitializer() != null) {
          values.add(tree.getInitializer());
        }
      }
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      if (isVariable(tree.getVariable())) {
        values.add(tree.getExpression());
      }
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      if (isVariable(tree.getVariable())) {
        unknown = true;
      }
      return super.visitCompoundAssignment(tree, null);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
      switch (tree.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> {
          if (isVariable(tree.getExpression())) {
            unknown = true;
          }
        }
        default -> {}
      }
      return super.visitUnary(tree, null);
    }

    private boolean isVariable(Tree target) {
      return ASTHelpers.getSymbol(ASTHelpers.stripParentheses(target)) == variable;
    }
  }

  /**
   * Whether values of {@code type} lie in {@code int}'s range: {@code int}, {@code short}, {@code
   * char}, {@code byte} and their boxes.
   */
  private boolean isIntOrNarrower(Type type) {
    Type primitive = type.isPrimitive() ? type : state.getTypes().unboxedType(type);
    if (primitive == null) {
      return false;
    }
    return switch (primitive.getKind()) {
      case INT, SHORT, CHAR, BYTE -> true;
      default -> false;
    };
  }
}
