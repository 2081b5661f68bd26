package io.github.imapichecks.usage;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ResultUses;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.usage.SuccessKinds.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the code around an IMAPI call does with its result, gathered use by use: which codes it
 * tells apart by value, whether it catches every other failure, and where the result escapes to
 * code that can still tell codes apart. Each use counts only for the kinds of code that can reach
 * it ({@link SuccessGuards}): a comparison with a failure code inside {@code if (succeeded(hr))}
 * tells nothing apart, and {@code throw new BurnException(hr)} inside {@code if (failed(hr))} hands
 * on the failures, not the success-with-information codes.
 */
public final class ResultInspection {
  private static final ImmutableSet<String> SUCCESS_HELPERS =
      ImmutableSet.of("failed", "succeeded", "FAILED", "SUCCEEDED");

  private final Set<Integer> toldApart = new HashSet<>();
  private boolean inspected;
  private boolean specificCodes;
  private boolean comparedWithCodes;
  private CaseTree.@Nullable CaseKind switchCases;

  /** The kinds of code that reach the switches on the result. */
  private SuccessKinds switched = SuccessKinds.NONE;

  private boolean catchAll;

  /** The kinds of code that reach the uses where the result escapes. */
  private SuccessKinds escaping = SuccessKinds.NONE;

  public ResultInspection() {}

  /**
   * Takes one use of the result: {@code read} is a read of a local variable that holds it, or the
   * call that produces it, and the code around {@link ResultUses#outermost} of it consumes it.
   */
  public void use(TreePath read, VisitorState state) {
    use(
        ResultUses.outermost(read),
        Suppliers.memoize(() -> SuccessGuards.kindsAt(read, state)),
        state);
  }

  /**
   * One use of the value at {@code value}, the outermost expression that still is the result; its
   * parent consumes it. {@code kinds} are the kinds of code that can reach the read.
   */
  private void use(TreePath value, Supplier<SuccessKinds> kinds, VisitorState state) {
    Tree leaf = value.getLeaf();
    TreePath consumerPath = value.getParentPath();
    Tree consumer = consumerPath.getLeaf();
    if (consumer instanceof BinaryTree binary) {
      useInBinary(binary, leaf, consumerPath, kinds, state);
    } else if (consumer instanceof MemberSelectTree select
        && consumerPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select) {
      if (select.getIdentifier().contentEquals("equals") && call.getArguments().size() == 1) {
        useInEquality(call.getArguments().get(0), consumerPath.getParentPath(), kinds);
      }
      // Other methods of the value (toString, hashCode) only read it.
    } else if (consumer instanceof MethodInvocationTree call) {
      useAsArgument(call, leaf, consumerPath, kinds);
    } else if (consumer instanceof SwitchTree switchTree) {
      useAsSelector(switchTree.getCases(), kinds);
    } else if (consumer instanceof SwitchExpressionTree switchExpression) {
      useAsSelector(switchExpression.getCases(), kinds);
    } else if (consumer instanceof ConditionalExpressionTree conditional
        && conditional.getCondition() != leaf) {
      // The value goes on as the conditional's value.
      use(ResultUses.outermost(consumerPath), kinds, state);
    } else if (consumer instanceof AssignmentTree || consumer instanceof VariableTree) {
      // A copy into a local is followed through its own reads; a field or an array keeps it.
      if (ResultUses.storedInLocal(value) == null) {
        escape(kinds);
      }
    } else if (isEscape(consumer)) {
      // Returned, passed to a constructor, thrown, yielded or stored in an array: it escapes.
      escape(kinds);
    }
  }

  private void useInBinary(
      BinaryTree binary,
      Tree leaf,
      TreePath binaryPath,
      Supplier<SuccessKinds> kinds,
      VisitorState state) {
    ExpressionTree other =
        binary.getLeftOperand() == leaf ? binary.getRightOperand() : binary.getLeftOperand();
    switch (binary.getKind()) {
      case EQUAL_TO, NOT_EQUAL_TO -> useInEquality(other, binaryPath, kinds);
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL -> {
        inspected = true;
        if (SuccessTests.isSOk(other)) {
          // hr < 0 and hr >= 0 (SUCCEEDED, FAILED) put every failure on one side; so do hr > 0
          // and hr <= 0, which also put the success-with-information codes on the other.
          catchAll = true;
          if (!isSignTest(binary, leaf)) {
            tellSuccessInfoApart(kinds.get());
          }
        }
      }
      // String concatenation only reads it; arithmetic makes something else of it.
      case PLUS -> {
        if (!ASTHelpers.isSameType(
            ASTHelpers.getType(binary), state.getSymtab().stringType, state)) {
          escape(kinds);
        }
      }
      default -> escape(kinds);
    }
  }

  /** The result compared for equality with {@code other}, in the comparison at {@code path}. */
  private void useInEquality(ExpressionTree other, TreePath path, Supplier<SuccessKinds> kinds) {
    inspected = true;
    Long value = constantOf(other);
    if (value == null) {
      // Compared with something that is not a constant: the code may tell anything apart.
      escape(kinds);
      return;
    }
    if (value == 0) {
      // A success test: S_OK on one side, every failure on the other. Where no failure can reach
      // it, the other side holds just the success-with-information codes. The successes that
      // report a failure (S_IMAPI_COMMAND_HAS_SENSE_DATA) go with the failures, where they belong.
      catchAll = true;
      if (!kinds.get().failure()) {
        tellSuccessInfoApart(kinds.get());
      }
      ImapiCodes.all().stream()
          .filter(ImapiCode::reportsFailure)
          .forEach(code -> tellApart(code.value(), kinds.get()));
      return;
    }
    if (value == value.intValue()) {
      tellApart(value.intValue(), kinds.get());
    }
    specificCodes = true;
    comparedWithCodes = true;
    catchAll |= endsInCatchAll(path);
  }

  private void useAsArgument(
      MethodInvocationTree call, Tree leaf, TreePath callPath, Supplier<SuccessKinds> kinds) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      escape(kinds);
      return;
    }
    String name = method.getSimpleName().toString();
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (name.equals("equals")
        && arguments.size() == 2
        && method.owner.getQualifiedName().contentEquals("java.util.Objects")) {
      useInEquality(
          arguments.get(0) == leaf ? arguments.get(1) : arguments.get(0), callPath, kinds);
    } else if (name.equals("equals")
        && arguments.size() == 1
        && !method.isStatic()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      // W32Errors.S_OK.equals(hr), new HRESULT(X).equals(hr): compared with the receiver.
      useInEquality(select.getExpression(), callPath, kinds);
    } else if (SUCCESS_HELPERS.contains(name)) {
      inspected = true;
      catchAll = true;
    } else if (name.equals("isSuccessWithInfo")) {
      inspected = true;
      tellSuccessInfoApart(kinds.get());
    } else if (!TextSinks.isTextSink(method)) {
      escape(kinds);
    }
  }

  private void useAsSelector(List<? extends CaseTree> cases, Supplier<SuccessKinds> kinds) {
    inspected = true;
    specificCodes = true;
    switched = switched.leastUpperBound(kinds.get());
    for (CaseTree caseTree : cases) {
      if (switchCases == null) {
        switchCases = caseTree.getCaseKind();
      }
      if (caseTree.getExpressions().isEmpty()) {
        catchAll = true;
      }
      for (ExpressionTree label : caseTree.getExpressions()) {
        Long value = constantOf(label);
        if (value != null) {
          tellApart(value.intValue(), kinds.get());
        }
      }
    }
  }

  /** {@code code} told apart, if it can reach the test at all: a code that cannot is not. */
  private void tellApart(int code, SuccessKinds kinds) {
    if (kinds.mayBe(Kind.of(code))) {
      toldApart.add(code);
    }
  }

  /** Every success-with-information code told apart, as isSuccessWithInfo(hr) does. */
  private void tellSuccessInfoApart(SuccessKinds kinds) {
    ImapiCodes.all().stream()
        .filter(ImapiCode::isSuccessWithInfo)
        .forEach(code -> tellApart(code.value(), kinds));
  }

  /** The result escapes where {@code kinds} reach: the code there may tell them apart. */
  private void escape(Supplier<SuccessKinds> kinds) {
    escaping = escaping.leastUpperBound(kinds.get());
  }

  /**
   * Whether the ordering {@code binary} of {@code result} with zero is {@code hr < 0} or {@code hr
   * >= 0} (or their mirror image), not {@code hr > 0} or {@code hr <= 0}, which tell the
   * success-with-information codes apart.
   */
  private static boolean isSignTest(BinaryTree binary, Tree result) {
    boolean resultLeft = binary.getLeftOperand() == result;
    return switch (binary.getKind()) {
      case LESS_THAN, GREATER_THAN_EQUAL -> resultLeft;
      case GREATER_THAN, LESS_THAN_EQUAL -> !resultLeft;
      default -> false;
    };
  }

  /**
   * Whether the comparison at {@code path} belongs to an if-else chain ending in a plain {@code
   * else}, or to a chain of conditional expressions, whose last branch takes every other value.
   */
  private static boolean endsInCatchAll(TreePath path) {
    TreePath top = DecisionContext.enclosingCondition(path);
    TreePath decision = top.getParentPath();
    if (decision.getLeaf() instanceof ConditionalExpressionTree conditional
        && conditional.getCondition() == top.getLeaf()) {
      return true;
    }
    if (!(decision.getLeaf() instanceof IfTree ifTree) || ifTree.getCondition() != top.getLeaf()) {
      return false;
    }
    Tree link = ifTree;
    while (link instanceof IfTree chained && chained.getElseStatement() != null) {
      link = chained.getElseStatement();
    }
    return !(link instanceof IfTree);
  }

  private static boolean isEscape(Tree consumer) {
    return switch (consumer.getKind()) {
      case RETURN, NEW_CLASS, THROW, YIELD, NEW_ARRAY, LAMBDA_EXPRESSION, ARRAY_ACCESS -> true;
      default -> false;
    };
  }

  /**
   * The code {@code tree} writes: a constant, {@code new HRESULT(X)} or JNA's {@code S_OK} object
   * (see {@link BindingStyles#codeValue}).
   */
  private static @Nullable Long constantOf(ExpressionTree tree) {
    return BindingStyles.codeValue(tree);
  }

  /**
   * Whether anything can be said: the result is inspected here, and does not escape to code that
   * may tell every kind of code apart.
   */
  public boolean judgeable() {
    return inspected && !(escaping.successInfo() && escaping.failure());
  }

  /**
   * Whether {@code code} is handled where it can arrive: some use compares the result with it by
   * value there, or the result escapes where a code of its kind (failure, success with information)
   * may reach.
   */
  public boolean handles(int code) {
    return toldApart.contains(code) || escaping.mayBe(Kind.of(code));
  }

  /** Whether the result escapes where a failure may reach: the code there may handle it. */
  public boolean escapesFailures() {
    return escaping.failure();
  }

  /** Whether the result escapes where a success-with-information code may reach. */
  public boolean escapesSuccessInfo() {
    return escaping.successInfo();
  }

  /** Whether some use compares the result with specific codes ({@code ==}, {@code case}). */
  public boolean testsSpecificCodes() {
    return specificCodes;
  }

  /**
   * How the result is compared with specific codes, when only switches do it and {@code code} can
   * reach one of them: their case kind ({@code case X:} or {@code case X ->}); null otherwise.
   */
  public CaseTree.@Nullable CaseKind onlySwitchCasesFor(int code) {
    return comparedWithCodes || !switched.mayBe(Kind.of(code)) ? null : switchCases;
  }

  /**
   * Whether some use catches every failure: failed(hr), hr &lt; 0, a default, a final else, or
   * hands the result on where failures reach.
   */
  public boolean catchesOtherFailures() {
    return catchAll || escaping.failure();
  }
}
