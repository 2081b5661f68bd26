package io.github.imapichecks.recognition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.dataflow.DataFlow;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.UnionType;
import org.jspecify.annotations.Nullable;

/**
 * The one answer every check asks for: is this expression an IMAPI result, and from which IMAPI
 * method? An expression is one when it
 *
 * <ol>
 *   <li>reads a method return, field, parameter or local whose type carries {@code @ImapiHResult},
 *       even from a class file;
 *   <li>calls an IMAPI method (COM or Java casing) on a type named {@code IDiscMaster}, {@code
 *       IDiscRecorder}, {@code IJolietDiscMaster} or {@code IRedbookDiscMaster}, or on a subtype,
 *       and the call returns {@code int}, {@code Integer}, {@code long} or JNA's {@code HRESULT};
 *   <li>reads a local variable that every reaching assignment filled with an IMAPI result;
 *   <li>is {@code hr.intValue()} (or a cast, boxing or unboxing) of an IMAPI result;
 *   <li>calls such a method on a binding type named in {@code -XepOpt:Imapi:BindingTypes}.
 * </ol>
 *
 * Any other expression is not an IMAPI result, and the checks stay silent about it.
 */
public final class ImapiResultRecognizer {
  private final ImapiConfig config;

  /** Whether declarations answer first, before the dataflow analysis is asked. */
  private final boolean declarationsFirst;

  public ImapiResultRecognizer(ImapiConfig config) {
    this(config, true);
  }

  /**
   * A recognizer that, with {@code declarationsFirst} false, asks the dataflow analysis about every
   * variable: the reference {@link DeclaredValues} is tested against.
   */
  ImapiResultRecognizer(ImapiConfig config, boolean declarationsFirst) {
    this.config = config;
    this.declarationsFirst = declarationsFirst;
  }

  /**
   * A recognizer configured by the shared {@code -XepOpt:Imapi:...} flags. Malformed values are
   * kept in its {@link #config}, for the checks to report.
   */
  public static ImapiResultRecognizer fromFlags(ErrorProneFlags flags) {
    return new ImapiResultRecognizer(ImapiConfig.fromFlags(flags));
  }

  /** The shared flags this recognizer was configured with, and what is wrong with their values. */
  public ImapiConfig config() {
    return config;
  }

  /**
   * The IMAPI result {@code expression} evaluates to, or empty when it is not known to be one.
   * {@code expression} must lie below {@code state}'s path: the node a check matched, or inside it.
   */
  public Optional<ImapiResult> recognize(ExpressionTree expression, VisitorState state) {
    ExpressionTree expr = ASTHelpers.stripParentheses(expression);
    if (!BindingStyles.canHoldHResult(ASTHelpers.getType(expr))) {
      return Optional.empty();
    }
    switch (expr.getKind()) {
      case METHOD_INVOCATION -> {
        Optional<ImapiResult> call = recognizeCall((MethodInvocationTree) expr, state);
        if (call.isPresent()) {
          return call;
        }
      }
      case IDENTIFIER, MEMBER_SELECT, TYPE_CAST, CONDITIONAL_EXPRESSION, ARRAY_ACCESS -> {}
      // Limitation: the CFG gives no single value for a switch expression used in place, so one is
      // followed only through the variable it is assigned to.
      default -> {
        return Optional.empty();
      }
    }
    return recognizeInBody(expr, state);
  }

  /**
   * The IMAPI result {@code call} itself produces, as a call of a binding or of an
   * {@code @ImapiHResult} method; unlike {@link #recognize}, a call that only passes a result on
   * ({@code hr.intValue()}, {@code Integer.valueOf(hr)}) is none.
   */
  public Optional<ImapiResult> recognizeCall(MethodInvocationTree call, VisitorState state) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return Optional.empty();
    }
    return config.styles().resultOfCall(method, receiverType(call), state.getTypes());
  }

  /**
   * The IMAPI result a call through {@code reference} yields: {@code master::Close} yields {@code
   * IDiscMaster.Close}'s.
   */
  public Optional<ImapiResult> recognizeReference(
      MemberReferenceTree reference, VisitorState state) {
    return config.styles().resultOfReference(reference, state.getTypes());
  }

  /**
   * The IMAPI v2 or IMAPI2FS method {@code call} makes through an exception-style binding (com4j,
   * JNA COM, JACOB), which throws its failures and drops its successes; empty for any other call.
   * {@code call} must lie below {@code state}'s path.
   */
  public Optional<CalledMethod> recognizeThrowingCall(
      MethodInvocationTree call, VisitorState state) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || !mayCallImapi(method)) {
      return Optional.empty();
    }
    if (!isLateBound(method)) {
      // A typed binding's call: decided by the types alone, with no look at the body.
      Type receiverType =
          call.getMethodSelect() instanceof MemberSelectTree select
              ? ASTHelpers.getType(select.getExpression())
              : null;
      for (ExceptionBindings binding : ExceptionBindings.values()) {
        Optional<CalledMethod> called = binding.typedCall(method, receiverType, state.getTypes());
        if (called.isPresent()) {
          return called;
        }
      }
      return Optional.empty();
    }
    TreePath path = pathTo(call, state);
    TreePath code = path == null ? null : enclosingCode(path);
    if (code == null) {
      return Optional.empty();
    }
    DeclaredValues values = valuesOf(code, state);
    ClassTree enclosingClass = ASTHelpers.findEnclosingNode(code, ClassTree.class);
    ExceptionBindings binding =
        JnaLateBinding.isLateBindingMethod(method)
            ? ExceptionBindings.JNA_COM
            : ExceptionBindings.JACOB;
    return binding.imapiCall(call, values, enclosingClass, state.getTypes());
  }

  /**
   * The IMAPI v2 or IMAPI2FS method that {@code method}, a method of an exception-style binding's
   * type, stands for: a wrapper's {@code write} on a JNA {@code COMLateBindingObject} of {@code
   * IMAPI2.MsftDiscFormat2Data}, a com4j interface's {@code write}; empty for any other method.
   */
  public Optional<CalledMethod> recognizeThrowingMethod(MethodSymbol method, VisitorState state) {
    if (method.owner == null || !mayCallImapi(method)) {
      return Optional.empty();
    }
    for (ExceptionBindings binding : ExceptionBindings.values()) {
      Optional<CalledMethod> called =
          binding.typedCall(method, method.owner.type, state.getTypes());
      if (called.isPresent()) {
        return called;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a call of {@code method} may be an exception-style binding's IMAPI call, by its name or
   * its owner alone: the cheap test before any other.
   */
  private static boolean mayCallImapi(MethodSymbol method) {
    String name = method.getSimpleName().toString();
    return ImapiMethods.isMethodName(name)
        || ImapiMethods.isBarePropertyName(name)
        || isLateBound(method);
  }

  /**
   * Whether {@code method} is a late-binding library's own, such as JACOB's {@code Dispatch.call}
   * or JNA's {@code COMLateBindingObject.invoke}, which name the member in a string.
   */
  private static boolean isLateBound(MethodSymbol method) {
    return JacobCalls.isJacobMethod(method) || JnaLateBinding.isLateBindingMethod(method);
  }

  /** Whether {@code tryTree} calls, outside nested code, a method that {@link #mayCallImapi}. */
  private static boolean triesImapiCalls(TryTree tryTree) {
    boolean[] found = {false};
    new OwnCodeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        found[0] |=
            ASTHelpers.getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method
                && mayCallImapi(method);
        return found[0] ? null : super.visitMethodInvocation(tree, null);
      }
    }.scan(OwnCodeScanner.tried(tryTree), null);
    return found[0];
  }

  /**
   * The IMAPI failure whose code {@code call}, {@code e.matchesErrorCode(X)}, tests: that of the
   * exception {@code e} caught around IMAPI calls of JNA's COM proxies; empty for any other call.
   * {@code call} must lie below {@code state}'s path.
   */
  public Optional<ImapiResult> recognizeCodeTest(MethodInvocationTree call, VisitorState state) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return Optional.empty();
    }
    Optional<ExceptionBindings> binding = ExceptionBindings.ofCodeTest(method);
    TreePath path = binding.isEmpty() ? null : pathTo(call, state);
    TreePath code = path == null ? null : enclosingCode(path);
    if (code == null) {
      return Optional.empty();
    }
    DeclaredValues values = valuesOf(code, state);
    return Optional.ofNullable(
        values.carried().thrownInto(select.getExpression(), binding.get(), values));
  }

  /**
   * The IMAPI calls of the {@code try} statement around {@code catchPath}'s {@code catch} clause
   * whose failures, thrown by an exception-style binding (com4j, JNA COM, JACOB), the clause can
   * catch: its type is the binding's exception, a subtype or a supertype of it.
   */
  public ImmutableList<CaughtFailure> failuresCaughtBy(TreePath catchPath, VisitorState state) {
    if (!(catchPath.getLeaf() instanceof CatchTree catchTree)
        || !(catchPath.getParentPath().getLeaf() instanceof TryTree tryTree)) {
      return ImmutableList.of();
    }
    TreePath code = enclosingCode(catchPath);
    Type caught = ASTHelpers.getType(catchTree.getParameter());
    if (code == null || caught == null || !triesImapiCalls(tryTree)) {
      // Most try blocks call no method named like an IMAPI one: nothing to load or analyse.
      return ImmutableList.of();
    }
    DeclaredValues values = valuesOf(code, state);
    ImmutableList.Builder<CaughtFailure> failures = ImmutableList.builder();
    for (ExceptionBindings binding : ExceptionBindings.values()) {
      // Loaded from the class path if the file does not name it: getTypeFromString would not.
      TypeElement exception = state.getElements().getTypeElement(binding.exceptionType());
      Type thrown = exception instanceof Symbol.ClassSymbol symbol ? symbol.type : null;
      if (thrown == null
          || !mayHold(caught, thrown, state)
          || caughtEarlier(tryTree, catchTree, thrown, state)) {
        continue;
      }
      for (CalledMethod call : values.carried().callsIn(tryTree, binding, values)) {
        failures.add(new CaughtFailure(call, binding.thrownName(), binding.accessorCall()));
      }
    }
    return failures.build();
  }

  /**
   * Whether a {@code catch} clause of {@code tryTree} before {@code catchTree} catches every
   * exception of type {@code thrown}, so that none reaches {@code catchTree}.
   */
  private static boolean caughtEarlier(
      TryTree tryTree, CatchTree catchTree, Type thrown, VisitorState state) {
    for (CatchTree earlier : tryTree.getCatches()) {
      if (earlier == catchTree) {
        return false;
      }
      for (Type alternative : alternatives(ASTHelpers.getType(earlier.getParameter()))) {
        if (state.getTypes().isSubtype(thrown, alternative)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a catch parameter of type {@code caught} (a union type in a multi-catch) may hold an
   * exception of type {@code thrown}: one of its alternatives is a supertype or a subtype of it.
   */
  private static boolean mayHold(Type caught, Type thrown, VisitorState state) {
    Types types = state.getTypes();
    for (Type type : alternatives(caught)) {
      if (types.isSubtype(thrown, type) || types.isSubtype(type, thrown)) {
        return true;
      }
    }
    return false;
  }

  /** The types a catch parameter of type {@code caught} holds: a multi-catch's alternatives. */
  private static List<Type> alternatives(@Nullable Type caught) {
    if (caught == null) {
      return List.of();
    }
    return caught instanceof UnionType union
        ? union.getAlternatives().stream().map(Type.class::cast).collect(Collectors.toList())
        : List.of(caught);
  }

  /** What the analysis of the body around {@code expr} says it holds. */
  private Optional<ImapiResult> recognizeInBody(ExpressionTree expr, VisitorState state) {
    TreePath path = pathTo(expr, state);
    if (path == null) {
      return Optional.empty();
    }
    TreePath code = enclosingCode(path);
    if (code == null) {
      return Optional.empty();
    }
    DeclaredValues values = valuesOf(code, state);
    Body body = values.body();
    if (!body.facts().mayReadResults() && body.parameters().isEmpty()) {
      return Optional.empty();
    }
    DeclaredValues.Known known = declarationsFirst ? values.valueOf(expr) : null;
    ResultValue value =
        known != null
            ? known.value()
            : DataFlow.expressionDataflow(path, state.context, transferFor(values, state));
    return value == null ? Optional.empty() : Optional.ofNullable(value.result());
  }

  /** The declarations' answers for the body at {@code code}. */
  private DeclaredValues valuesOf(TreePath code, VisitorState state) {
    ClassTree enclosingClass = ASTHelpers.findEnclosingNode(code, ClassTree.class);
    return new CarriedResults(
            SourceScan.instance(state.context), state.getTypes(), config.styles(), enclosingClass)
        .valuesOf(code);
  }

  private ResultTransfer transferFor(DeclaredValues values, VisitorState state) {
    return new ResultTransfer(config, state.getTypes(), values.body(), values.carried());
  }

  private static @Nullable Type receiverType(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree memberSelect) {
      return ASTHelpers.getType(memberSelect.getExpression());
    }
    Symbol symbol = ASTHelpers.getSymbol(select);
    return symbol == null || symbol.owner == null ? null : symbol.owner.type;
  }

  /**
   * The path to {@code expr}, which must lie below the checker's current path: extending that path
   * keeps the method's path the same object, so Error Prone's dataflow cache finds it again.
   */
  private static @Nullable TreePath pathTo(ExpressionTree expr, VisitorState state) {
    return TreePath.getPath(state.getPath(), expr);
  }

  /** The path to the method, lambda or initializer whose body dataflow analyses for the leaf. */
  public static @Nullable TreePath enclosingCode(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof LambdaExpressionTree) {
        return p;
      }
      TreePath parent = p.getParentPath();
      if (parent != null && parent.getLeaf() instanceof ClassTree) {
        return p;
      }
    }
    return null;
  }

  /**
   * Where the result of {@code call}, the leaf of {@code state}'s path, is read: every read of a
   * local variable, in the same method, lambda or initializer, that may hold that result on some
   * path. Reads inside nested lambdas and classes are not followed; {@link ResultReads#captured}
   * says whether such code captures a variable that holds the result. The reads of every call of
   * the body are found in one pass, kept while its compilation unit is checked ({@link BodyReads}).
   */
  public ResultReads readsOf(MethodInvocationTree call, VisitorState state) {
    TreePath code = enclosingCode(state.getPath());
    if (code == null) {
      return ResultReads.NONE;
    }
    BodyReads reads =
        BodyCache.instance(state.context, BodyReads.CACHE)
            .get(
                code,
                List.of(declarationsFirst, config.bindingTypes()),
                way -> bodyReads(code, state));
    return reads.of(call, ResultUses.storedInLocal(state.getPath()));
  }

  /** The reads of the body at {@code code}, answered from declarations where they decide. */
  private BodyReads bodyReads(TreePath code, VisitorState state) {
    DeclaredValues values = valuesOf(code, state);
    if (declarationsFirst) {
      BodyReads reads =
          BodyReads.scan(code, read -> values.valueOf((ExpressionTree) read.getLeaf()));
      if (reads != null) {
        return reads;
      }
    }
    ResultTransfer transfer = transferFor(values, state);
    return requireNonNull(
        BodyReads.scan(
            code,
            read ->
                new DeclaredValues.Known(
                    DataFlow.expressionDataflow(read, state.context, transfer))));
  }
}
