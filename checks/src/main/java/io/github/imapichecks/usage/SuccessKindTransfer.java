package io.github.imapichecks.usage;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.usage.SuccessKinds.Kind;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BinaryOperationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.errorprone.dataflow.cfg.node.EqualToNode;
import org.checkerframework.errorprone.dataflow.cfg.node.GreaterThanNode;
import org.checkerframework.errorprone.dataflow.cfg.node.GreaterThanOrEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LessThanNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LessThanOrEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NarrowingConversionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.errorprone.dataflow.cfg.node.WideningConversionNode;
import org.jspecify.annotations.Nullable;

/**
 * Follows the tests a method makes of its local variables' HRESULTs: on each side of {@code hr ==
 * S_OK}, {@code hr < 0}, {@code hr > 0}, {@code failed(hr)}, {@code isSuccessWithInfo(hr)}, {@code
 * hr.equals(W32Errors.S_OK)} and the like, which kinds of code the variable may still hold. An
 * assignment forgets what was known. The value of a read of a local is what is known about it
 * there, so {@link com.google.errorprone.dataflow.DataFlow#expressionDataflow} answers for the read
 * inside a success test.
 */
final class SuccessKindTransfer
    extends AbstractNodeVisitor<
        TransferResult<SuccessKinds, SuccessKindStore>,
        TransferInput<SuccessKinds, SuccessKindStore>>
    implements ForwardTransferFunction<SuccessKinds, SuccessKindStore> {
  static final SuccessKindTransfer INSTANCE = new SuccessKindTransfer();

  private SuccessKindTransfer() {}

  /** An ordering of a value with zero, read as "value OP 0". */
  enum Ordering {
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL;

    Ordering mirrored() {
      return switch (this) {
        case LESS -> GREATER;
        case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
        case GREATER -> LESS;
        case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
      };
    }

    /** What {@code value OP 0} tells on each side. */
    Split split() {
      return switch (this) {
        case LESS -> new Split(k -> k.only(Kind.FAILURE), k -> k.without(Kind.FAILURE));
        case GREATER_OR_EQUAL -> new Split(k -> k.without(Kind.FAILURE), k -> k.only(Kind.FAILURE));
        case GREATER ->
            new Split(k -> k.only(Kind.SUCCESS_INFO), k -> k.without(Kind.SUCCESS_INFO));
        case LESS_OR_EQUAL ->
            new Split(k -> k.without(Kind.SUCCESS_INFO), k -> k.only(Kind.SUCCESS_INFO));
      };
    }
  }

  /**
   * What a test of a variable tells on each of its sides: the kinds the variable may hold where the
   * test holds, and where it does not.
   */
  record Split(UnaryOperator<SuccessKinds> whenTrue, UnaryOperator<SuccessKinds> whenFalse) {
    Split negated() {
      return new Split(/* whenTrue= */ whenFalse, /* whenFalse= */ whenTrue);
    }

    /**
     * {@code value == constant}; null where the constant is no {@code int}, which tells nothing
     * apart.
     */
    static @Nullable Split ofEquality(long constant) {
      if (constant != (int) constant) {
        return null;
      }
      Kind kind = Kind.of(constant);
      boolean successInfoCode =
          ImapiCodes.byValue((int) constant).filter(ImapiCode::isSuccessWithInfo).isPresent();
      UnaryOperator<SuccessKinds> other =
          kind == Kind.OK
              ? k -> k.without(Kind.OK)
              : successInfoCode ? SuccessKinds::withSuccessInfoToldApart : UnaryOperator.identity();
      return new Split(k -> k.only(kind), other);
    }

    /**
     * A call of a static one-argument success helper named {@code name} ({@code succeeded(hr)},
     * {@code FAILED(hr)}, {@code isSuccessWithInfo(hr)}); null for any other name.
     */
    static @Nullable Split ofHelper(String name) {
      return switch (name) {
        case "succeeded", "SUCCEEDED" ->
            new Split(k -> k.without(Kind.FAILURE), k -> k.only(Kind.FAILURE));
        case "failed", "FAILED" ->
            new Split(k -> k.only(Kind.FAILURE), k -> k.without(Kind.FAILURE));
        case "isSuccessWithInfo" ->
            new Split(k -> k.only(Kind.SUCCESS_INFO), k -> k.without(Kind.SUCCESS_INFO));
        default -> null;
      };
    }
  }

  @Override
  public SuccessKindStore initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    return new SuccessKindStore();
  }

  // Limitation: case labels are not followed; a switch leaves its selector's kinds as they were.
  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitNode(
      Node node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return new RegularTransferResult<>(null, input.getRegularStore());
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitLocalVariable(
      LocalVariableNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    SuccessKindStore store = input.getRegularStore();
    return new RegularTransferResult<>(store.get(node.getElement()), store);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitAssignment(
      AssignmentNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    SuccessKindStore store = input.getRegularStore();
    if (node.getTarget() instanceof LocalVariableNode local) {
      store.set(local.getElement(), SuccessKinds.ANY);
    }
    return new RegularTransferResult<>(null, store);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitTypeCast(
      TypeCastNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return passOn(node.getOperand(), input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitWideningConversion(
      WideningConversionNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return passOn(node.getOperand(), input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitNarrowingConversion(
      NarrowingConversionNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return passOn(node.getOperand(), input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitConditionalNot(
      ConditionalNotNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return new ConditionalTransferResult<>(null, input.getElseStore(), input.getThenStore());
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitConditionalAnd(
      ConditionalAndNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return keepBothSides(input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitConditionalOr(
      ConditionalOrNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return keepBothSides(input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitEqualTo(
      EqualToNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return valueEquality(node, true, input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitNotEqual(
      NotEqualNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return valueEquality(node, false, input);
  }

  /**
   * {@code ==} or {@code !=} on numbers. On objects they compare identity: a JNA {@code HRESULT}
   * that is not the very {@code W32Errors.S_OK} object may still be 0.
   */
  private static TransferResult<SuccessKinds, SuccessKindStore> valueEquality(
      BinaryOperationNode node,
      boolean equal,
      TransferInput<SuccessKinds, SuccessKindStore> input) {
    return node.getLeftOperand().getType().getKind().isPrimitive()
            && node.getRightOperand().getType().getKind().isPrimitive()
        ? equality(node.getLeftOperand(), node.getRightOperand(), equal, input)
        : keepBothSides(input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitLessThan(
      LessThanNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return ordering(node, Ordering.LESS, input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitLessThanOrEqual(
      LessThanOrEqualNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return ordering(node, Ordering.LESS_OR_EQUAL, input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitGreaterThan(
      GreaterThanNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return ordering(node, Ordering.GREATER, input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitGreaterThanOrEqual(
      GreaterThanOrEqualNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return ordering(node, Ordering.GREATER_OR_EQUAL, input);
  }

  @Override
  public TransferResult<SuccessKinds, SuccessKindStore> visitMethodInvocation(
      MethodInvocationNode node, TransferInput<SuccessKinds, SuccessKindStore> input) {
    if (!(node.getTarget().getMethod() instanceof MethodSymbol method)) {
      return visitNode(node, input);
    }
    String name = method.getSimpleName().toString();
    List<Node> arguments = node.getArguments();
    Node receiver = node.getTarget().getReceiver();
    if (BindingStyles.passesReceiver(method)) {
      return passOn(receiver, input);
    }
    if (arguments.size() == 1 && BindingStyles.passesArgument(method)) {
      return passOn(arguments.get(0), input);
    }
    if (name.equals("equals") && arguments.size() == 1 && !method.isStatic()) {
      return equality(receiver, arguments.get(0), true, input);
    }
    if (name.equals("equals")
        && arguments.size() == 2
        && method.owner.getQualifiedName().contentEquals("java.util.Objects")) {
      return equality(arguments.get(0), arguments.get(1), true, input);
    }
    if (arguments.size() != 1 || !method.isStatic()) {
      return visitNode(node, input);
    }
    Split helper = Split.ofHelper(name);
    return helper == null ? visitNode(node, input) : split(arguments.get(0), helper, input);
  }

  /** {@code a == b} where {@code equal}, {@code a != b} otherwise. */
  private static TransferResult<SuccessKinds, SuccessKindStore> equality(
      Node a, Node b, boolean equal, TransferInput<SuccessKinds, SuccessKindStore> input) {
    Long constant = constant(b);
    Node variable = a;
    if (constant == null) {
      constant = constant(a);
      variable = b;
    }
    Split split = constant == null ? null : Split.ofEquality(constant);
    if (split == null) {
      return keepBothSides(input);
    }
    return split(variable, equal ? split : split.negated(), input);
  }

  private static TransferResult<SuccessKinds, SuccessKindStore> ordering(
      BinaryOperationNode node,
      Ordering ordering,
      TransferInput<SuccessKinds, SuccessKindStore> input) {
    Node variable;
    Ordering withZeroRight;
    if (isZero(node.getRightOperand())) {
      variable = node.getLeftOperand();
      withZeroRight = ordering;
    } else if (isZero(node.getLeftOperand())) {
      variable = node.getRightOperand();
      withZeroRight = ordering.mirrored();
    } else {
      return keepBothSides(input);
    }
    return split(variable, withZeroRight.split(), input);
  }

  /**
   * A test of {@code operand}: where it reads a local variable, the variable's kinds become what
   * {@code split} makes of them on each side.
   */
  private static TransferResult<SuccessKinds, SuccessKindStore> split(
      Node operand, Split split, TransferInput<SuccessKinds, SuccessKindStore> input) {
    VariableElement local = local(operand);
    if (local == null) {
      return keepBothSides(input);
    }
    SuccessKindStore store = input.getRegularStore();
    SuccessKinds kinds = store.get(local);
    return new ConditionalTransferResult<>(
        null,
        store.with(local, split.whenTrue().apply(kinds)),
        store.with(local, split.whenFalse().apply(kinds)));
  }

  private static TransferResult<SuccessKinds, SuccessKindStore> keepBothSides(
      TransferInput<SuccessKinds, SuccessKindStore> input) {
    return input.containsTwoStores()
        ? new ConditionalTransferResult<>(null, input.getThenStore(), input.getElseStore())
        : new RegularTransferResult<>(null, input.getRegularStore());
  }

  private static TransferResult<SuccessKinds, SuccessKindStore> passOn(
      Node operand, TransferInput<SuccessKinds, SuccessKindStore> input) {
    return new RegularTransferResult<>(input.getValueOfSubNode(operand), input.getRegularStore());
  }

  /** The local variable whose HRESULT {@code node} is: a read, unboxed, cast or widened. */
  private static @Nullable VariableElement local(Node node) {
    Node current = node;
    while (true) {
      if (current instanceof LocalVariableNode local) {
        return local.getElement();
      } else if (current instanceof TypeCastNode cast) {
        current = cast.getOperand();
      } else if (current instanceof WideningConversionNode widening) {
        current = widening.getOperand();
      } else if (current instanceof NarrowingConversionNode narrowing) {
        current = narrowing.getOperand();
      } else if (current instanceof MethodInvocationNode call
          && BindingStyles.passesReceiver((Symbol) call.getTarget().getMethod())) {
        current = call.getTarget().getReceiver();
      } else {
        return null;
      }
    }
  }

  private static @Nullable Long constant(Node node) {
    Tree tree = node.getTree();
    return tree instanceof ExpressionTree expression ? BindingStyles.codeValue(expression) : null;
  }

  private static boolean isZero(Node node) {
    Long constant = constant(node);
    return constant != null && constant == 0;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SuccessKindTransfer;
  }

  @Override
  public int hashCode() {
    return SuccessKindTransfer.class.hashCode();
  }
}
