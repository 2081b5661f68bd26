package io.github.imapichecks.recognition;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import org.checkerframework.errorprone.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.errorprone.dataflow.cfg.node.WideningConversionNode;
import org.jspecify.annotations.Nullable;

/**
 * Follows IMAPI results through a method body: which expressions evaluate to one, and which local
 * variables hold one at each point. A local holds a result where every assignment that reaches it
 * stored one; the result's method is known where all those assignments stored the same method's.
 * Independently, each value records the calls whose results it may hold on some path.
 *
 * <p>A lambda's parameter that a future or optional passes a result starts with it (see {@link
 * CarriedResults#parameterValues}), and a call that takes a result out of a carrier, or a read of
 * an array element, yields what {@link CarriedResults} decides from declarations.
 *
 * <p>Equal configurations, type tables and bodies give equal transfers, so Error Prone's dataflow
 * cache runs the analysis once per method for all checks.
 */
final class ResultTransfer
    extends AbstractNodeVisitor<
        TransferResult<ResultValue, ResultStore>, TransferInput<ResultValue, ResultStore>>
    implements ForwardTransferFunction<ResultValue, ResultStore> {
  private final ImapiConfig config;
  private final Types types;
  private final Body body;

  /** The declarations' answers, for the carriers of results, which are decided from them. */
  private final DeclaredValues declared;

  ResultTransfer(ImapiConfig config, Types types, Body body, CarriedResults carried) {
    this.config = config;
    this.types = types;
    this.body = body;
    this.declared = new DeclaredValues(body, types, config.styles(), carried);
  }

  @Override
  public ResultStore initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    ResultStore store = new ResultStore();
    for (LocalVariableNode parameter : parameters) {
      ResultValue passed = body.parameters().get(parameter.getElement());
      if (passed != null) {
        store.set(parameter.getElement(), passed);
      }
    }
    return store;
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitNode(
      Node node, TransferInput<ResultValue, ResultStore> input) {
    return result(null, input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitLocalVariable(
      LocalVariableNode node, TransferInput<ResultValue, ResultStore> input) {
    return result(read(node.getElement(), input.getRegularStore().get(node.getElement())), input);
  }

  /**
   * The value a read of {@code local} yields where the store holds {@code stored} for it (null: no
   * value stored, or one that is no result on some path).
   */
  static @Nullable ResultValue read(Element local, @Nullable ResultValue stored) {
    ResultValue declared = annotated(local);
    if (stored == null || stored.result() != null || declared == null) {
      return stored != null ? stored : declared;
    }
    // Declared @ImapiHResult: a result on every path, whichever calls it may come from.
    return new ResultValue(declared.result(), stored.origins());
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitFieldAccess(
      FieldAccessNode node, TransferInput<ResultValue, ResultStore> input) {
    return result(annotated(node.getElement()), input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitAssignment(
      AssignmentNode node, TransferInput<ResultValue, ResultStore> input) {
    ResultValue value = input.getValueOfSubNode(node.getExpression());
    ResultStore store = input.getRegularStore();
    if (node.getTarget() instanceof LocalVariableNode local) {
      store.set(local.getElement(), value);
    }
    return new RegularTransferResult<>(value, store);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitMethodInvocation(
      MethodInvocationNode node, TransferInput<ResultValue, ResultStore> input) {
    if (!(node.getTarget().getMethod() instanceof MethodSymbol method)) {
      return result(null, input);
    }
    Node receiver = node.getTarget().getReceiver();
    List<Node> arguments = node.getArguments();
    // Unboxing, boxing and hr.intValue() on a JNA HRESULT keep the value: it is the same result.
    if (BindingStyles.passesReceiver(method)) {
      return result(input.getValueOfSubNode(receiver), input);
    }
    // So does boxing, Integer.valueOf(hr), written by the user or inserted by javac.
    if (arguments.size() == 1 && BindingStyles.passesArgument(method)) {
      return result(input.getValueOfSubNode(arguments.get(0)), input);
    }
    Type receiverType = (Type) receiver.getType();
    Optional<ImapiResult> result = config.styles().resultOfCall(method, receiverType, types);
    MethodInvocationTree call = node.getTree();
    return result(
        result
            .map(imapiResult -> ResultValue.ofCall(imapiResult, call, body.facts().calls()))
            .orElseGet(() -> call == null ? null : declared.carried().yieldedBy(call, declared)),
        input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitArrayAccess(
      ArrayAccessNode node, TransferInput<ResultValue, ResultStore> input) {
    return result(declared.carried().elementOf(node.getTree(), declared), input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitTypeCast(
      TypeCastNode node, TransferInput<ResultValue, ResultStore> input) {
    return result(input.getValueOfSubNode(node.getOperand()), input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitWideningConversion(
      WideningConversionNode node, TransferInput<ResultValue, ResultStore> input) {
    return result(input.getValueOfSubNode(node.getOperand()), input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitTernaryExpression(
      TernaryExpressionNode node, TransferInput<ResultValue, ResultStore> input) {
    // Each branch assigns the synthetic variable: its value here is the join of both.
    return result(input.getRegularStore().get(node.getTernaryExpressionVar().getElement()), input);
  }

  @Override
  public TransferResult<ResultValue, ResultStore> visitSwitchExpressionNode(
      SwitchExpressionNode node, TransferInput<ResultValue, ResultStore> input) {
    return result(input.getRegularStore().get(node.getSwitchExpressionVar().getElement()), input);
  }

  private static TransferResult<ResultValue, ResultStore> result(
      @Nullable ResultValue value, TransferInput<ResultValue, ResultStore> input) {
    return new RegularTransferResult<>(value, input.getRegularStore());
  }

  /** The value of a variable no store speaks for: its declared type's. */
  static @Nullable ResultValue annotated(Element element) {
    return element instanceof Symbol symbol
            && AnnotatedHResults.isAnnotated(symbol)
            && BindingStyles.canHoldHResult(symbol.type)
        ? ResultValue.UNKNOWN_METHOD
        : null;
  }

  /**
   * Equal for the same flags, compilation and body. {@link SourceScan} keeps one {@code Facts} per
   * body for the whole compilation, so the same body has the same facts object.
   */
  @Override
  @SuppressWarnings("ReferenceEquality")
  public boolean equals(@Nullable Object other) {
    return other instanceof ResultTransfer transfer
        && transfer.config.bindingTypes().equals(config.bindingTypes())
        && transfer.types == types
        && transfer.body.facts() == body.facts()
        && transfer.body.parameters().equals(body.parameters());
  }

  @Override
  public int hashCode() {
    return (config.bindingTypes().hashCode() * 31 + System.identityHashCode(types)) * 31
        + System.identityHashCode(body.facts());
  }
}
