package io.github.imapichecks.usage;

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
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import io.github.imapichecks.recognition.ResultUses;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the code around an IMAPI call does with its result, gathered use by use: which codes it
 * tells apart by value, whether it catches every other failure, and whether the result escapes to
 * code that can still tell codes apart (so that nothing can be said).
 */
public final class ResultInspection {
  private static final ImmutableSet<String> SUCCESS_HELPERS =
      ImmutableSet.of("failed", "succeeded", "FAILED", "SUCCEEDED");

  private final ImapiResultRecognizer recognizer;
  private final Set<Integer> toldApart = new HashSet<>();
  private boolean inspected;
  private boolean specificCodes;
  private boolean catchAll;
  private boolean escapes;
  private boolean misroutesSuccessInfo;

  public ResultInspection(ImapiResultRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * Takes one use of the result: {@code value} is the outermost expression that still is the result
   * (see {@link ResultUses#outermost}); its parent consumes it.
   */
  public void use(TreePath value, VisitorState state) {
    Tree leaf = value.getLeaf();
    TreePath consumerPath = value.getParentPath();
    Tree consumer = consumerPath.getLeaf();
    if (consumer instanceof BinaryTree binary) {
      useInBinary(binary, leaf, consumerPath, state);
    } else if (consumer instanceof MemberSelectTree select
        && consumerPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select) {
      if (select.getIdentifier().contentEquals("equals") && call.getArguments().size() == 1) {
        useInEquality(call.getArguments().get(0), consumerPath.getParentPath(), state);
      }
      // Other methods of the value (toString, hashCode) only read it.
    } else if (consumer instanceof MethodInvocationTree call) {
      useAsArgument(call, leaf, consumerPath, state);
    } else if (consumer instanceof SwitchTree switchTree) {
      useAsSelector(switchTree.getExpression(), switchTree.getCases(), consumerPath, state);
    } else if (consumer instanceof SwitchExpressionTree switchExpression) {
      useAsSelector(
          switchExpression.getExpression(), switchExpression.getCases(), consumerPath, state);
    } else if (consumer instanceof ConditionalExpressionTree conditional
        && conditional.getCondition() != leaf) {
      // The value goes on as the conditional's value.
      use(ResultUses.outermost(consumerPath), state);
    } else if (consumer instanceof AssignmentTree assignment) {
      // A copy into a local is followed through its own reads; a field or array keeps it.
      escapes |=
          !(ASTHelpers.getSymbol(assignment.getVariable()) instanceof VarSymbol variable
              && variable.owner instanceof MethodSymbol);
    } else if (consumer instanceof VariableTree variable) {
      escapes |= !(ASTHelpers.getSymbol(variable).owner instanceof MethodSymbol);
    } else {
      // Returned, passed to a constructor, thrown, yielded or stored in an array: it escapes.
      escapes |= isEscape(consumer);
    }
  }

  private void useInBinary(BinaryTree binary, Tree leaf, TreePath binaryPath, VisitorState state) {
    ExpressionTree other =
        binary.getLeftOperand() == leaf ? binary.getRightOperand() : binary.getLeftOperand();
    switch (binary.getKind()) {
      case EQUAL_TO, NOT_EQUAL_TO -> useInEquality(other, binaryPath, state);
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL -> {
        inspected = true;
        if (isMisroutingSuccessTest(binaryPath, state)) {
          misroutesSuccessInfo = true;
        } else if (SuccessTests.isSOk(other) && isSignTest(binary, leaf)) {
          // hr < 0, hr >= 0 and their mirror images: SUCCEEDED and FAILED.
          catchAll = true;
        }
      }
      // String concatenation only reads it; arithmetic makes something else of it.
      case PLUS ->
          escapes |=
              !ASTHelpers.isSameType(
                  ASTHelpers.getType(binary), state.getSymtab().stringType, state);
      default -> escapes = true;
    }
  }

  /** The result compared for equality with {@code other}, in the comparison at {@code path}. */
  private void useInEquality(ExpressionTree other, TreePath path, VisitorState state) {
    inspected = true;
    Number value = constantOf(other);
    if (value == null) {
      // Compared with something that is not a constant: the code may tell anything apart.
      escapes = true;
      return;
    }
    if (isMisroutingSuccessTest(path, state)) {
      misroutesSuccessInfo = true;
      return;
    }
    if (value.longValue() == (int) value.longValue()) {
      toldApart.add(value.intValue());
    }
    specificCodes = true;
    catchAll |= endsInCatchAll(path);
  }

  private void useAsArgument(
      MethodInvocationTree call, Tree leaf, TreePath callPath, VisitorState state) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      escapes = true;
      return;
    }
    String name = method.getSimpleName().toString();
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (name.equals("equals")
        && arguments.size() == 2
        && method.owner.getQualifiedName().contentEquals("java.util.Objects")) {
      useInEquality(
          arguments.get(0) == leaf ? arguments.get(1) : arguments.get(0), callPath, state);
    } else if (SUCCESS_HELPERS.contains(name)) {
      inspected = true;
      catchAll = true;
    } else if (name.equals("isSuccessWithInfo")) {
      inspected = true;
      ImapiCodes.all().stream()
          .filter(ImapiCode::isSuccessWithInfo)
          .forEach(code -> toldApart.add(code.value()));
    } else if (!TextSinks.isTextSink(method)) {
      escapes = true;
    }
  }

  private void useAsSelector(
      ExpressionTree selector,
      List<? extends CaseTree> cases,
      TreePath switchPath,
      VisitorState state) {
    inspected = true;
    specificCodes = true;
    if (SuccessTests.misroutingCase(selector, cases, state.withPath(switchPath), recognizer)
        .isPresent()) {
      misroutesSuccessInfo = true;
    }
    for (CaseTree caseTree : cases) {
      if (caseTree.getExpressions().isEmpty()) {
        catchAll = true;
      }
      for (ExpressionTree label : caseTree.getExpressions()) {
        Number value = constantOf(label);
        if (value != null) {
          toldApart.add(value.intValue());
        }
      }
    }
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

  /** Whether ImapiSuccessInfoAsFailure reports the test at {@code path}. */
  private boolean isMisroutingSuccessTest(TreePath path, VisitorState state) {
    VisitorState here = state.withPath(path);
    Tree test = path.getLeaf();
    return test instanceof BinaryTree binary
        ? SuccessTests.misrouting(binary, here, recognizer).isPresent()
        : test instanceof MethodInvocationTree call
            && SuccessTests.misrouting(call, here, recognizer).isPresent();
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

  /** The code {@code tree} writes with a constant (see {@link BindingStyles#constantOf}). */
  private static @Nullable Number constantOf(ExpressionTree tree) {
    ExpressionTree constant = BindingStyles.constantOf(tree);
    return constant == null ? null : (Number) ASTHelpers.constValue(constant);
  }

  /**
   * Whether anything can be said: the result is inspected here, does not escape to code that may
   * tell codes apart, and is not already reported by ImapiSuccessInfoAsFailure.
   */
  public boolean judgeable() {
    return inspected && !escapes && !misroutesSuccessInfo;
  }

  /** Whether some use compares the result with {@code code} by value. */
  public boolean toldApart(int code) {
    return toldApart.contains(code);
  }

  /** Whether some use compares the result with specific codes ({@code ==}, {@code case}). */
  public boolean testsSpecificCodes() {
    return specificCodes;
  }

  /** Whether some use catches every failure: failed(hr), hr &lt; 0, a default, a final else. */
  public boolean catchesOtherFailures() {
    return catchAll;
  }
}
