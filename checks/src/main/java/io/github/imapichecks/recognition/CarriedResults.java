package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * IMAPI results that travel inside another value before the code tests them, in the shapes where
 * the result is plainly that value:
 *
 * <ul>
 *   <li>a lambda or method reference that returns one ({@code () -> master.RecordDisc(false,
 *       true)}, {@code master::Open}), directly or through a local it is stored in, yields it where
 *       the same body invokes that local's functional method ({@code open.getAsInt()});
 *   <li>a future of such a task ({@code CompletableFuture.supplyAsync(task)}, {@code
 *       executor.submit(task)}, {@code CompletableFuture.completedFuture(hr)}) holds it, as do the
 *       stages {@code thenApply}, {@code thenCompose}, {@code handle} and {@code whenComplete} make
 *       of it where their function returns it; {@code get()} and {@code join()} yield it, and the
 *       first parameter of the lambda passed to {@code thenApply}, {@code thenAccept}, {@code
 *       thenCompose}, {@code handle} or {@code whenComplete} (and their {@code Async} forms) is it;
 *   <li>{@code Optional.of(hr)} and {@code Optional.ofNullable(hr)} hold it, as do {@code filter},
 *       and {@code map} and {@code flatMap} where their function returns it; {@code get()} and
 *       {@code orElseThrow()} yield it, and the parameter of the lambda passed to {@code map},
 *       {@code filter}, {@code flatMap}, {@code ifPresent} or {@code ifPresentOrElse} is it;
 *   <li>an element of a local array ({@code int[] hr = new int[1]}) that the body uses only element
 *       by element, and every element store of which, nested lambdas included, stores an IMAPI
 *       call's result.
 * </ul>
 *
 * Everything is decided from declarations: a local that carries a result must be declared with it
 * and never written again, a lambda's returns must each be a result, and anything else carries
 * none. The functional interface invoked, the future's or optional's other methods ({@code orElse},
 * {@code getNow}, {@code exceptionally}) and tasks passed anywhere else carry none.
 */
final class CarriedResults {
  /** Calls that take the value out of a future or an optional that holds one. */
  private static final ImmutableSet<String> TAKE_OUT =
      ImmutableSet.of("get", "join", "orElseThrow");

  private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
  private static final String OPTIONAL = "java.util.Optional";

  /** How deep carriers may nest before the answer is "none": only erroneous code comes close. */
  private static final int MAX_DEPTH = 32;

  private final SourceScan scan;
  private final Types types;
  private final BindingStyles styles;

  /** The class whose code this instance answers for, which late-bound calls may call members of. */
  private final @Nullable ClassTree enclosingClass;

  private int depth;

  CarriedResults(
      SourceScan scan, Types types, BindingStyles styles, @Nullable ClassTree enclosingClass) {
    this.scan = scan;
    this.types = types;
    this.styles = styles;
    this.enclosingClass = enclosingClass;
  }

  /**
   * The result {@code call}, in the body {@code values} answers for, takes out of a carrier: the
   * functional method of a local bound to a task that returns one, or {@code get()}, {@code join()}
   * or {@code orElseThrow()} of a future or optional that holds one; null if none.
   */
  @Nullable ResultValue yieldedBy(MethodInvocationTree call, DeclaredValues values) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)
        || !(ASTHelpers.getSymbol(select) instanceof MethodSymbol method)) {
      return null;
    }
    Optional<ExceptionBindings> binding = ExceptionBindings.ofAccessor(method);
    if (binding.isPresent()) {
      // The accessor's call is where the value starts: readsOf follows it into locals.
      ImapiResult thrown = thrownInto(select.getExpression(), binding.get(), values);
      return thrown == null
          ? null
          : ResultValue.ofCall(thrown, call, values.body().facts().calls());
    }
    Type receiverType = ASTHelpers.getType(select.getExpression());
    ImapiResult result = receiverType == null ? null : carried(select.getExpression(), values);
    if (result == null) {
      return null;
    }
    // A task yields its result through its functional method only; a future or an optional
    // through the calls that take the value out.
    boolean takesOut =
        types.isFunctionalInterface(receiverType)
            ? isFunctionalMethod(method, receiverType)
            : TAKE_OUT.contains(method.getSimpleName().toString());
    return takesOut ? new ResultValue(result, Origins.NONE) : null;
  }

  /**
   * The failure {@code exception}, a catch parameter of the body {@code values} answers for,
   * carries when {@code binding}'s IMAPI calls in its {@code try} block throw it: the HRESULT of a
   * failure of one of those calls (of the call's method where there is one, or several of one
   * method). Null where the parameter is written, or the {@code try} block makes no such call.
   */
  @Nullable ImapiResult thrownInto(
      ExpressionTree exception, ExceptionBindings binding, DeclaredValues values) {
    ExpressionTree caught = ASTHelpers.stripParentheses(exception);
    while (caught instanceof TypeCastTree cast) {
      caught = ASTHelpers.stripParentheses(cast.getExpression());
    }
    SourceScan.Local local = values.local(caught);
    TryTree tryTree =
        caught instanceof IdentifierTree
            ? values.body().facts().tries().get(ASTHelpers.getSymbol(caught))
            : null;
    if (local == null || !local.neverWritten() || tryTree == null) {
      return null;
    }
    ImapiResult joined = null;
    for (CalledMethod call : callsIn(tryTree, binding, values)) {
      ImapiResult thrown = ImapiResult.thrownBy(call);
      joined = joined == null ? thrown : joined.join(thrown);
    }
    return joined;
  }

  /**
   * The IMAPI calls {@code tryTree}'s resources and block make through {@code binding}, outside
   * nested lambdas and classes, in source order.
   */
  List<CalledMethod> callsIn(TryTree tryTree, ExceptionBindings binding, DeclaredValues values) {
    List<CalledMethod> calls = new ArrayList<>();
    new OwnCodeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        binding.imapiCall(tree, values, enclosingClass, types).ifPresent(calls::add);
        return super.visitMethodInvocation(tree, null);
      }
    }.scan(OwnCodeScanner.tried(tryTree), null);
    return calls;
  }

  /**
   * The result a read of an array element holds: the array is a local of the body {@code values}
   * answers for, declared with a new array, never written whole, used only element by element, and
   * every element it is declared with or stored, anywhere in the body, is an IMAPI call's result.
   */
  @Nullable ResultValue elementOf(ArrayAccessTree access, DeclaredValues values) {
    ExpressionTree array = ASTHelpers.stripParentheses(access.getExpression());
    SourceScan.Local local = values.local(array);
    if (local == null
        || local.declared() != SourceScan.Declared.LOCAL
        || !local.neverWritten()
        || local.usedWhole()
        || !(local.initializer() instanceof NewArrayTree created)) {
      return null;
    }
    List<ExpressionTree> stores = new ArrayList<>(local.elementStores());
    if (created.getInitializers() != null) {
      stores.addAll(created.getInitializers());
    }
    ImapiResult joined = null;
    for (ExpressionTree store : stores) {
      Optional<ImapiResult> result = callResult(store);
      if (result.isEmpty()) {
        return null;
      }
      joined = joined == null ? result.get() : joined.join(result.get());
    }
    return joined == null ? null : new ResultValue(joined, Origins.NONE);
  }

  /**
   * The values the parameters of the lambda at {@code lambdaPath} start with: where a future's or
   * an optional's method calls it with the IMAPI result the future or optional holds, its first
   * parameter holds that result. Empty for every other lambda.
   */
  ImmutableMap<Symbol, ResultValue> parameterValues(TreePath lambdaPath) {
    LambdaExpressionTree lambda = (LambdaExpressionTree) lambdaPath.getLeaf();
    TreePath callPath = lambdaPath.getParentPath();
    if (lambda.getParameters().isEmpty()
        || !(callPath.getLeaf() instanceof MethodInvocationTree call)
        || call.getArguments().isEmpty()
        || call.getArguments().get(0) != lambda
        || !(call.getMethodSelect() instanceof MemberSelectTree select)
        || !(ASTHelpers.getSymbol(select) instanceof MethodSymbol method)
        || !callsWithValue(method)) {
      return ImmutableMap.of();
    }
    TreePath outer = ImapiResultRecognizer.enclosingCode(callPath);
    Symbol parameter = ASTHelpers.getSymbol(lambda.getParameters().get(0));
    if (outer == null || parameter == null || !enter()) {
      return ImmutableMap.of();
    }
    try {
      ImapiResult held = carried(select.getExpression(), valuesOf(outer));
      return held == null
          ? ImmutableMap.of()
          : ImmutableMap.of(parameter, new ResultValue(held, Origins.NONE));
    } finally {
      depth--;
    }
  }

  /** The answers for the body at {@code code}, with its parameters' values. */
  DeclaredValues valuesOf(TreePath code) {
    Tree leaf = code.getLeaf();
    ImmutableMap<Symbol, ResultValue> parameters =
        leaf instanceof LambdaExpressionTree ? parameterValues(code) : ImmutableMap.of();
    return new DeclaredValues(new Body(scan.facts(leaf), parameters), types, styles, this);
  }

  /**
   * The IMAPI result {@code carrier}, an expression of the body {@code values} answers for,
   * carries: returns when invoked, or holds as a future or optional; null if none.
   */
  private @Nullable ImapiResult carried(ExpressionTree carrier, DeclaredValues values) {
    if (!enter()) {
      return null;
    }
    try {
      return switch (carrier.getKind()) {
        case PARENTHESIZED -> carried(((ParenthesizedTree) carrier).getExpression(), values);
        case TYPE_CAST -> carried(((TypeCastTree) carrier).getExpression(), values);
        case LAMBDA_EXPRESSION ->
            returnedBy((LambdaExpressionTree) carrier, ImmutableMap.of(), false);
        case MEMBER_REFERENCE ->
            styles.resultOfReference((MemberReferenceTree) carrier, types).orElse(null);
        case IDENTIFIER -> boundTo(carrier, values);
        case METHOD_INVOCATION -> madeBy((MethodInvocationTree) carrier, values);
        default -> null;
      };
    } finally {
      depth--;
    }
  }

  private boolean enter() {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    depth++;
    return true;
  }

  /** What the local {@code read} names carries: its initializer's, if it is never written. */
  private @Nullable ImapiResult boundTo(ExpressionTree read, DeclaredValues values) {
    SourceScan.Local local = values.local(read);
    return local != null
            && local.declared() == SourceScan.Declared.LOCAL
            && local.neverWritten()
            && local.initializer() != null
        ? carried(local.initializer(), values)
        : null;
  }

  /** What a future or optional made by {@code call} holds. */
  private @Nullable ImapiResult madeBy(MethodInvocationTree call, DeclaredValues values) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || call.getArguments().isEmpty()) {
      return null;
    }
    String name = method.getSimpleName().toString();
    String owner = method.owner.getQualifiedName().toString();
    ExpressionTree first = call.getArguments().get(0);
    if (ResultUses.runsTask(method)) {
      return carried(first, values);
    }
    if (method.isStatic()) {
      return switch (owner + "." + name) {
        case COMPLETABLE_FUTURE + ".completedFuture", OPTIONAL + ".of", OPTIONAL + ".ofNullable" ->
            values.resultOf(first);
        default -> null;
      };
    }
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return null;
    }
    ExpressionTree receiver = select.getExpression();
    boolean stage = owner.equals(COMPLETABLE_FUTURE) || owner.equals(COMPLETION_STAGE);
    boolean optional = owner.equals(OPTIONAL);
    if (!stage && !optional) {
      return null;
    }
    return switch (stage ? withoutAsync(name) : name) {
      case "whenComplete", "filter" -> carried(receiver, values);
      case "thenApply", "handle", "map" -> applied(first, receiver, values, false);
      case "thenCompose", "flatMap" -> applied(first, receiver, values, true);
      default -> null;
    };
  }

  /**
   * What the function {@code function} returns when called with what {@code receiver} holds: a
   * result, or with {@code holder}, a future or optional that holds one.
   */
  private @Nullable ImapiResult applied(
      ExpressionTree function, ExpressionTree receiver, DeclaredValues values, boolean holder) {
    if (!(ASTHelpers.stripParentheses(function) instanceof LambdaExpressionTree lambda)) {
      return null;
    }
    ImmutableMap<Symbol, ResultValue> parameters = ImmutableMap.of();
    Symbol parameter =
        lambda.getParameters().isEmpty()
            ? null
            : ASTHelpers.getSymbol(lambda.getParameters().get(0));
    ImapiResult held = parameter == null ? null : carried(receiver, values);
    if (held != null) {
      parameters = ImmutableMap.of(parameter, new ResultValue(held, Origins.NONE));
    }
    return returnedBy(lambda, parameters, holder);
  }

  /**
   * The result every return of {@code lambda} yields, its parameters starting with {@code
   * parameters}: a result, or with {@code holder}, what the future or optional it returns holds.
   */
  private @Nullable ImapiResult returnedBy(
      LambdaExpressionTree lambda, ImmutableMap<Symbol, ResultValue> parameters, boolean holder) {
    DeclaredValues inner =
        new DeclaredValues(new Body(scan.facts(lambda), parameters), types, styles, this);
    List<ExpressionTree> returned = returnedExpressions(lambda);
    ImapiResult joined = null;
    for (ExpressionTree expression : returned) {
      ImapiResult result = holder ? carried(expression, inner) : inner.resultOf(expression);
      if (result == null) {
        return null;
      }
      joined = joined == null ? result : joined.join(result);
    }
    return joined;
  }

  /** The expressions {@code lambda} returns: its body, or the values of its own returns. */
  private static List<ExpressionTree> returnedExpressions(LambdaExpressionTree lambda) {
    if (lambda.getBody() instanceof ExpressionTree body) {
      return List.of(body);
    }
    List<ExpressionTree> returned = new ArrayList<>();
    boolean[] bare = {false};
    new OwnCodeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        if (tree.getExpression() == null) {
          bare[0] = true;
        } else {
          returned.add(tree.getExpression());
        }
        return null;
      }
    }.scan(lambda.getBody(), null);
    return bare[0] ? List.of() : returned;
  }

  /**
   * The result {@code value} is as an IMAPI call, through parentheses, casts and the calls that
   * pass a result on ({@code Integer.valueOf}); decided without a body, so that it holds wherever
   * the expression is.
   */
  private Optional<ImapiResult> callResult(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof TypeCastTree cast) {
      return callResult(cast.getExpression());
    }
    if (!(stripped instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return Optional.empty();
    }
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      if (BindingStyles.passesReceiver(method)) {
        return callResult(select.getExpression());
      }
      if (call.getArguments().size() == 1 && BindingStyles.passesArgument(method)) {
        return callResult(call.getArguments().get(0));
      }
      return styles.resultOfCall(method, ASTHelpers.getType(select.getExpression()), types);
    }
    return styles.resultOfCall(method, method.owner == null ? null : method.owner.type, types);
  }

  /** Whether {@code method} is the functional method of the functional interface {@code type}. */
  private boolean isFunctionalMethod(MethodSymbol method, Type type) {
    if (!method.owner.isInterface()) {
      return false;
    }
    Symbol descriptor = types.findDescriptorSymbol(type.tsym);
    return descriptor == method
        || (descriptor instanceof MethodSymbol functional
            && method.getSimpleName().equals(functional.getSimpleName())
            && method.overrides(functional, method.enclClass(), types, true));
  }

  /** Whether {@code method} is a future's or optional's that calls its function with its value. */
  private static boolean callsWithValue(MethodSymbol method) {
    String owner = method.owner.getQualifiedName().toString();
    String name = method.getSimpleName().toString();
    if (owner.equals(COMPLETABLE_FUTURE) || owner.equals(COMPLETION_STAGE)) {
      return switch (withoutAsync(name)) {
        case "thenApply", "thenAccept", "thenCompose", "handle", "whenComplete" -> true;
        default -> false;
      };
    }
    return owner.equals(OPTIONAL)
        && switch (name) {
          case "map", "filter", "flatMap", "ifPresent", "ifPresentOrElse" -> true;
          default -> false;
        };
  }

  private static String withoutAsync(String name) {
    return name.endsWith("Async") ? name.substring(0, name.length() - "Async".length()) : name;
  }
}
