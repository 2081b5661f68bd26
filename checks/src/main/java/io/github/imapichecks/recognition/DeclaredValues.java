package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ResultTransfer}'s analysis computes for an expression, answered from declarations
 * alone where they decide it, so that no control-flow graph is built. Building one for every method
 * that calls IMAPI was most of what the checks cost.
 *
 * <p>The answers are the analysis's own, rule for rule: a call yields what its symbol says; {@code
 * hr.intValue()}, {@code hr.longValue()} and {@code Integer.valueOf(hr)} keep their operand's
 * value; a field or a variable of an enclosing body yields its annotation's value; a local of the
 * body that is never written after its declaration holds its initializer's value, converted as
 * javac converts it; a local none of whose stored values is a result holds its annotation's value;
 * a lambda's parameter holds what a future or optional passes it; a call that takes a result out of
 * a carrier, and an array element, hold what {@link CarriedResults} decides. Everything else
 * (casts, conditional and switch expressions, assignments used as values, loop variables, locals
 * whose stored values differ) is left to the analysis: {@link #valueOf} returns null for it.
 *
 * <p>One instance answers questions about one body; it remembers the locals it has followed.
 */
final class DeclaredValues {
  /** An answer: the value, which is null where the analysis gives none. */
  record Known(@Nullable ResultValue value) {
    static final Known NONE = new Known(null);
  }

  private final Body body;
  private final Types types;
  private final BindingStyles styles;
  private final CarriedResults carried;
  private final Map<Symbol, Known> locals = new HashMap<>();

  /** The locals being followed, so that a cycle ({@code int a = b, b = a;}) ends the answer. */
  private final Set<Symbol> following = new HashSet<>();

  DeclaredValues(Body body, Types types, BindingStyles styles, CarriedResults carried) {
    this.body = body;
    this.types = types;
    this.styles = styles;
    this.carried = carried;
  }

  /** The body this instance answers for. */
  Body body() {
    return body;
  }

  /** What decides the results that travel inside other values, for this body and the ones in it. */
  CarriedResults carried() {
    return carried;
  }

  /**
   * The IMAPI result {@code expr} is on every path, as far as declarations decide it; null if it is
   * none or only the analysis can tell.
   */
  @Nullable ImapiResult resultOf(ExpressionTree expr) {
    Known known = valueOf(expr);
    return known == null || known.value() == null ? null : known.value().result();
  }

  /** The scan's record of the body's local variable that {@code read} names; null if none. */
  SourceScan.@Nullable Local local(ExpressionTree read) {
    return read instanceof IdentifierTree
        ? body.facts().locals().get(ASTHelpers.getSymbol(read))
        : null;
  }

  /**
   * The initializer of the body's local variable {@code read} names, where the variable is declared
   * by a statement with it and never written again; null for anything else.
   */
  @Nullable ExpressionTree onlyValueOf(ExpressionTree read) {
    SourceScan.Local local = local(read);
    return local != null && local.declared() == SourceScan.Declared.LOCAL && local.neverWritten()
        ? local.initializer()
        : null;
  }

  /**
   * The analysis's value of {@code expr}, an expression of the body, or null if only the analysis
   * can tell.
   */
  @Nullable Known valueOf(ExpressionTree expr) {
    return switch (expr.getKind()) {
      case PARENTHESIZED -> valueOf(((ParenthesizedTree) expr).getExpression());
      case CONDITIONAL_EXPRESSION -> conditionalValue((ConditionalExpressionTree) expr);
      case METHOD_INVOCATION -> callValue((MethodInvocationTree) expr);
      case IDENTIFIER, MEMBER_SELECT -> variableValue(expr);
      // Literals and operators: the analysis gives their nodes no value.
      case INT_LITERAL,
          LONG_LITERAL,
          FLOAT_LITERAL,
          DOUBLE_LITERAL,
          BOOLEAN_LITERAL,
          CHAR_LITERAL,
          STRING_LITERAL,
          NULL_LITERAL,
          PLUS,
          MINUS,
          MULTIPLY,
          DIVIDE,
          REMAINDER,
          AND,
          OR,
          XOR,
          LEFT_SHIFT,
          RIGHT_SHIFT,
          UNSIGNED_RIGHT_SHIFT,
          UNARY_MINUS,
          UNARY_PLUS,
          BITWISE_COMPLEMENT,
          LOGICAL_COMPLEMENT,
          CONDITIONAL_AND,
          CONDITIONAL_OR,
          EQUAL_TO,
          NOT_EQUAL_TO,
          LESS_THAN,
          LESS_THAN_EQUAL,
          GREATER_THAN,
          GREATER_THAN_EQUAL,
          INSTANCE_OF,
          NEW_CLASS,
          NEW_ARRAY,
          LAMBDA_EXPRESSION,
          MEMBER_REFERENCE ->
          Known.NONE;
      case ARRAY_ACCESS -> new Known(carried.elementOf((ArrayAccessTree) expr, this));
      default -> null;
    };
  }

  /**
   * Each branch stores its value, converted to the expression's type, in one synthetic variable;
   * the expression reads it where the branches meet, as a local whose stores are joined.
   */
  private @Nullable Known conditionalValue(ConditionalExpressionTree conditional) {
    Type type = ASTHelpers.getType(conditional);
    Known whenTrue = branchValue(conditional.getTrueExpression(), type);
    Known whenFalse = branchValue(conditional.getFalseExpression(), type);
    if (whenTrue == null || whenFalse == null) {
      return null;
    }
    ResultValue first = whenTrue.value();
    ResultValue second = whenFalse.value();
    if (first == null) {
      return second == null ? Known.NONE : new Known(second.onSomePaths());
    }
    return new Known(second == null ? first.onSomePaths() : first.leastUpperBound(second));
  }

  private @Nullable Known branchValue(ExpressionTree branch, @Nullable Type type) {
    Known known = valueOf(branch);
    return known == null ? null : converted(known, ASTHelpers.getType(branch), type);
  }

  private @Nullable Known callValue(MethodInvocationTree call) {
    // An unqualified call's receiver is the enclosing class, whose type the analysis consults.
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return null;
    }
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (BindingStyles.passesReceiver(method)) {
      return valueOf(select.getExpression());
    }
    if (arguments.size() == 1 && BindingStyles.passesArgument(method)) {
      ExpressionTree argument = arguments.get(0);
      Known value = valueOf(argument);
      return value == null
          ? null
          : converted(value, ASTHelpers.getType(argument), method.getParameters().get(0).type);
    }
    Optional<ImapiResult> result =
        styles.resultOfCall(method, ASTHelpers.getType(select.getExpression()), types);
    return new Known(
        result
            .map(imapiResult -> ResultValue.ofCall(imapiResult, call, body.facts().calls()))
            .orElseGet(() -> carried.yieldedBy(call, this)));
  }

  private @Nullable Known variableValue(ExpressionTree expr) {
    if (!(ASTHelpers.getSymbol(expr) instanceof VarSymbol variable)) {
      return null;
    }
    switch (variable.getKind()) {
      case FIELD, ENUM_CONSTANT -> {
        return new Known(ResultTransfer.annotated(variable));
      }
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE -> {}
      default -> {
        return null;
      }
    }
    SourceScan.Local local = body.facts().locals().get(variable);
    if (local == null) {
      // Declared by an enclosing body and captured: nothing in this body stores it.
      return new Known(ResultTransfer.annotated(variable));
    }
    Known known = locals.get(variable);
    if (known == null && following.add(variable)) {
      known = localValue(variable, local);
      following.remove(variable);
      if (known != null) {
        locals.put(variable, known);
      }
    }
    return known;
  }

  private @Nullable Known localValue(VarSymbol variable, SourceScan.Local local) {
    if (local.declared() == SourceScan.Declared.IMPLICIT) {
      // A catch parameter is declared without a store: where nothing writes it, it holds what its
      // declaration says, as the analysis's reads of it do. The other implicit declarations are
      // stores the control-flow graph makes (an iterator's next element, a resource, a pattern's
      // cast), which only the analysis follows.
      return variable.getKind() == ElementKind.EXCEPTION_PARAMETER && local.neverWritten()
          ? new Known(ResultTransfer.annotated(variable))
          : null;
    }
    ExpressionTree initializer = local.initializer();
    if (local.neverWritten()) {
      if (local.declared() == SourceScan.Declared.PARAMETER) {
        // The analysis starts with the parameters' values: what a future or optional passes a
        // lambda, else nothing, and a parameter holds what its type says.
        ResultValue passed = body.parameters().get(variable);
        return new Known(
            passed == null
                ? ResultTransfer.annotated(variable)
                : ResultTransfer.read(variable, passed));
      }
      if (initializer != null) {
        Known stored = stored(initializer, variable);
        return stored == null ? null : new Known(ResultTransfer.read(variable, stored.value()));
      }
    }
    if (body.parameters().containsKey(variable)) {
      // A parameter that starts with a result and is written: only the analysis can tell.
      return null;
    }
    // Written more than once: it holds no stored value anywhere if none of them is one (a compound
    // assignment, increment or decrement stores arithmetic, which is none). Where some value is,
    // only the analysis knows which of them reach each read.
    if (initializer != null && !storesNothing(initializer, variable)) {
      return null;
    }
    for (ExpressionTree assigned : local.assigned()) {
      if (!storesNothing(assigned, variable)) {
        return null;
      }
    }
    return new Known(ResultTransfer.annotated(variable));
  }

  /** Whether storing {@code value} in {@code variable} is known to store no value at all. */
  private boolean storesNothing(ExpressionTree value, VarSymbol variable) {
    Known stored = stored(value, variable);
    return stored != null && stored.value() == null;
  }

  /** What storing {@code value} in {@code variable} stores, after javac's conversions. */
  private @Nullable Known stored(ExpressionTree value, VarSymbol variable) {
    Known known = valueOf(value);
    return known == null ? null : converted(known, ASTHelpers.getType(value), variable.type);
  }

  /**
   * {@code known}, the value of an expression of type {@code from}, after the assignment or
   * argument conversion to {@code to}, as the control-flow graph models it: widening keeps the
   * value, boxing an {@code int} or {@code long} is {@code Integer.valueOf} or {@code Long.valueOf}
   * and unboxing is {@code intValue()} or {@code longValue()}, which keep it; boxing or unboxing
   * any other primitive calls a method whose result can hold no HRESULT. Narrowing is left to the
   * analysis.
   */
  private @Nullable Known converted(Known known, @Nullable Type from, @Nullable Type to) {
    if (known.value() == null) {
      return known;
    }
    if (from == null || to == null) {
      return null;
    }
    if (types.isSameType(from, to)) {
      return known;
    }
    boolean fromPrimitive = from.isPrimitive();
    boolean toPrimitive = to.isPrimitive();
    if (fromPrimitive && toPrimitive) {
      return types.isSubtype(from, to) ? known : null;
    }
    if (fromPrimitive) {
      return from.getKind() == TypeKind.INT || from.getKind() == TypeKind.LONG ? known : Known.NONE;
    }
    if (toPrimitive) {
      Type unboxed = types.unboxedType(from);
      if (unboxed == null || !unboxed.isPrimitive()) {
        return null;
      }
      return switch (unboxed.getKind()) {
        case INT, LONG -> known;
        default -> Known.NONE;
      };
    }
    return known;
  }
}
