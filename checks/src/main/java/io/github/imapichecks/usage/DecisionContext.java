package io.github.imapichecks.usage;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.Reachability;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The decision a success test belongs to: the whole boolean expression around it, and the other
 * conditions of its if-else chain or chain of conditional expressions. Code that tells {@code
 * IMAPI_S_PROPERTIESIGNORED} apart anywhere in that decision routes it on purpose.
 */
public final class DecisionContext {
  private static final Set<Tree.Kind> BOOLEAN_GLUE =
      Set.of(
          Tree.Kind.PARENTHESIZED,
          Tree.Kind.LOGICAL_COMPLEMENT,
          Tree.Kind.CONDITIONAL_AND,
          Tree.Kind.CONDITIONAL_OR);

  /**
   * What tells the success-with-information codes apart from the other codes: equality with one,
   * {@code isSuccessWithInfo}, and {@code hr > 0} (or {@code hr <= 0}), true for them alone.
   */
  private static final Telling SUCCESS_INFO =
      new Telling(
          DecisionContext::isSuccessInfoCode,
          ImmutableSet.of("isSuccessWithInfo"),
          ImmutableSet.of(Tree.Kind.GREATER_THAN, Tree.Kind.LESS_THAN_EQUAL));

  /** What tells {@code S_OK} apart from the failures: the sign tests and helpers count too. */
  private static final Telling OK_FROM_FAILURES =
      new Telling(
          value -> value == 0,
          ImmutableSet.of("succeeded", "failed", "SUCCEEDED", "FAILED"),
          ImmutableSet.of(Tree.Kind.LESS_THAN, Tree.Kind.GREATER_THAN_EQUAL));

  /** Only equality with 0 tells {@code S_OK} apart from the success-with-information codes. */
  private static final Telling OK_FROM_SUCCESS_INFO =
      new Telling(value -> value == 0, ImmutableSet.of(), ImmutableSet.of());

  private DecisionContext() {}

  /**
   * Whether the decision around {@code state}'s current node also tells the
   * success-with-information codes ({@code S_FALSE}, {@code IMAPI_S_*}) apart: compares {@code
   * result} with one, asks {@code ImapiError.isSuccessWithInfo} about it, or tests {@code result >
   * 0}. The decision is the whole condition, the other conditions of its if-else chain or
   * conditional-expression chain, and the guards that lead the code its if statement passes control
   * to: its branches, and the statements after it (see {@link #addLeadingGuards}).
   */
  public static boolean alsoTestsSuccessInfo(ExpressionTree result, VisitorState state) {
    return decisionTells(result, state, SUCCESS_INFO);
  }

  /**
   * Whether the decision around {@code state}'s current node also tells {@code S_OK} apart from the
   * failures: {@code hr == S_OK}, {@code hr < 0}, {@code failed(hr)} and the like.
   */
  public static boolean alsoTellsOkFromFailures(ExpressionTree result, VisitorState state) {
    return decisionTells(result, state, OK_FROM_FAILURES);
  }

  /**
   * Whether any code in {@code body} tells the codes that {@code test} misroutes apart from the
   * others: a fix that changes their branch would override that code's intent.
   */
  static boolean toldApartIn(Tree body, SuccessTest test, VisitorState state) {
    Telling telling =
        test.misroutes() == SuccessTest.Misroutes.SUCCESS_INFO
            ? SUCCESS_INFO
            : OK_FROM_SUCCESS_INFO;
    return telling.scan(body, test.result(), state);
  }

  private static boolean decisionTells(ExpressionTree result, VisitorState state, Telling telling) {
    TreePath top = enclosingCondition(state.getPath());
    List<Tree> conditions = new ArrayList<>();
    conditions.add(top.getLeaf());
    TreePath decision = top.getParentPath();
    if (decision != null
        && decision.getLeaf() instanceof IfTree ifTree
        && ifTree.getCondition() == top.getLeaf()) {
      while (decision.getParentPath().getLeaf() instanceof IfTree outer
          && outer.getElseStatement() == decision.getLeaf()) {
        decision = decision.getParentPath();
      }
      for (Tree link = decision.getLeaf();
          link instanceof IfTree chained;
          link = chained.getElseStatement()) {
        conditions.add(chained.getCondition());
        addLeadingGuards(statementsOf(chained.getThenStatement()), conditions);
        if (chained.getElseStatement() != null && !(chained.getElseStatement() instanceof IfTree)) {
          addLeadingGuards(statementsOf(chained.getElseStatement()), conditions);
        }
      }
      addLeadingGuards(statementsAfter(decision), conditions);
    } else if (decision != null
        && decision.getLeaf() instanceof ConditionalExpressionTree conditional
        && conditional.getCondition() == top.getLeaf()) {
      for (Tree link = conditional;
          link instanceof ConditionalExpressionTree chained;
          link = ASTHelpers.stripParentheses(chained.getFalseExpression())) {
        conditions.add(chained.getCondition());
      }
    }
    return conditions.stream().anyMatch(condition -> telling.scan(condition, result, state));
  }

  /**
   * Adds the conditions of the guards that lead {@code statements}: each if statement whose first
   * branch leaves (returns, throws, breaks or continues), an if-else after them neither side of
   * which falls through, and a leading {@code return} whose value decides. A guard that handles a
   * code and falls through, on either side, or any other statement, ends the guards.
   */
  private static void addLeadingGuards(
      List<? extends StatementTree> statements, List<Tree> conditions) {
    for (StatementTree statement : statements) {
      if (statement instanceof ReturnTree returned && returned.getExpression() != null) {
        conditions.add(returned.getExpression());
        return;
      }
      if (!(statement instanceof IfTree guard)) {
        // Limitation: a guard behind any other statement, even a log call, is not read.
        return;
      }
      boolean leaves = !Reachability.canCompleteNormally(guard.getThenStatement());
      // An if-else decides where neither side falls through to the code after it.
      boolean decides =
          guard.getElseStatement() != null && !Reachability.canCompleteNormally(guard);
      if (leaves || decides) {
        for (Tree link = guard; link instanceof IfTree chained; link = chained.getElseStatement()) {
          conditions.add(chained.getCondition());
        }
      }
      if (!leaves || decides) {
        return;
      }
    }
  }

  private static List<? extends StatementTree> statementsOf(StatementTree statement) {
    return statement instanceof BlockTree block ? block.getStatements() : List.of(statement);
  }

  /** The statements after {@code statement}'s leaf in its block or case; none elsewhere. */
  private static List<? extends StatementTree> statementsAfter(TreePath statement) {
    Tree parent = statement.getParentPath().getLeaf();
    List<? extends StatementTree> siblings =
        parent instanceof BlockTree block
            ? block.getStatements()
            : parent instanceof CaseTree caseTree && caseTree.getStatements() != null
                ? caseTree.getStatements()
                : List.of();
    int index = siblings.indexOf(statement.getLeaf());
    return index < 0 ? List.of() : siblings.subList(index + 1, siblings.size());
  }

  /** The whole boolean expression around {@code path}: through parentheses, !, && and ||. */
  static TreePath enclosingCondition(TreePath path) {
    TreePath top = path;
    while (top.getParentPath() != null
        && BOOLEAN_GLUE.contains(top.getParentPath().getLeaf().getKind())) {
      top = top.getParentPath();
    }
    return top;
  }

  /**
   * The tests of a result that tell some codes apart: equality with (or a {@code case} of) a code
   * {@code codes} accepts, a call of one of {@code helpers} on it, and its {@code orderings} with
   * zero (read as "result OP 0").
   */
  private record Telling(
      LongPredicate codes, ImmutableSet<String> helpers, ImmutableSet<Tree.Kind> orderings) {
    boolean scan(Tree tree, ExpressionTree result, VisitorState state) {
      Boolean found =
          new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitBinary(BinaryTree tree, Void unused) {
              return tells(tree) || Boolean.TRUE.equals(super.visitBinary(tree, null));
            }

            private boolean tells(BinaryTree tree) {
              ExpressionTree left = tree.getLeftOperand();
              ExpressionTree right = tree.getRightOperand();
              return switch (tree.getKind()) {
                case EQUAL_TO, NOT_EQUAL_TO -> comparesWithCode(left, right);
                case LESS_THAN, GREATER_THAN_EQUAL, GREATER_THAN, LESS_THAN_EQUAL ->
                    (orderings.contains(tree.getKind())
                            && sameValue(left, result, state)
                            && isZero(right))
                        || (orderings.contains(mirrored(tree.getKind()))
                            && sameValue(right, result, state)
                            && isZero(left));
                default -> false;
              };
            }

            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
              Symbol method = ASTHelpers.getSymbol(tree.getMethodSelect());
              List<? extends ExpressionTree> arguments = tree.getArguments();
              boolean asks =
                  method != null
                      && helpers.contains(method.getSimpleName().toString())
                      && arguments.size() == 1
                      && sameValue(arguments.get(0), result, state);
              boolean equals =
                  method != null
                      && method.getSimpleName().contentEquals("equals")
                      && ((arguments.size() == 2
                              && comparesWithCode(arguments.get(0), arguments.get(1)))
                          || (arguments.size() == 1
                              && tree.getMethodSelect() instanceof MemberSelectTree select
                              && comparesWithCode(select.getExpression(), arguments.get(0))));
              return asks || equals || Boolean.TRUE.equals(super.visitMethodInvocation(tree, null));
            }

            @Override
            public Boolean visitSwitch(SwitchTree tree, Void unused) {
              return (sameValue(tree.getExpression(), result, state) && hasCaseFor(tree.getCases()))
                  || Boolean.TRUE.equals(super.visitSwitch(tree, null));
            }

            @Override
            public Boolean visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
              return (sameValue(tree.getExpression(), result, state) && hasCaseFor(tree.getCases()))
                  || Boolean.TRUE.equals(super.visitSwitchExpression(tree, null));
            }

            private boolean hasCaseFor(List<? extends CaseTree> cases) {
              return cases.stream()
                  .flatMap(caseTree -> caseTree.getExpressions().stream())
                  .anyMatch(this::isCode);
            }

            private boolean comparesWithCode(ExpressionTree a, ExpressionTree b) {
              return (sameValue(a, result, state) && isCode(b))
                  || (sameValue(b, result, state) && isCode(a));
            }

            private boolean isCode(ExpressionTree tree) {
              Long value = BindingStyles.codeValue(tree);
              return value != null && codes.test(value);
            }

            @Override
            public Boolean reduce(Boolean left, Boolean right) {
              return Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
            }
          }.scan(tree, null);
      return Boolean.TRUE.equals(found);
    }
  }

  /** The ordering that {@code a OP b} is as {@code b OP' a}. */
  private static Tree.Kind mirrored(Tree.Kind ordering) {
    return switch (ordering) {
      case LESS_THAN -> Tree.Kind.GREATER_THAN;
      case GREATER_THAN -> Tree.Kind.LESS_THAN;
      case LESS_THAN_EQUAL -> Tree.Kind.GREATER_THAN_EQUAL;
      case GREATER_THAN_EQUAL -> Tree.Kind.LESS_THAN_EQUAL;
      default -> ordering;
    };
  }

  private static boolean isZero(ExpressionTree tree) {
    Long value = BindingStyles.codeValue(tree);
    return value != null && value == 0;
  }

  private static boolean isSuccessInfoCode(long value) {
    return value == (int) value
        && ImapiCodes.byValue((int) value).filter(ImapiCode::isSuccessWithInfo).isPresent();
  }

  /**
   * Whether two expressions read the same value: the same variable, or the same source text, each
   * also read through {@code intValue()} or {@code longValue()}.
   */
  static boolean sameValue(ExpressionTree a, ExpressionTree b, VisitorState state) {
    ExpressionTree left = unwrapped(a);
    ExpressionTree right = unwrapped(b);
    Symbol leftSymbol = ASTHelpers.getSymbol(left);
    if (leftSymbol instanceof Symbol.VarSymbol
        && (left instanceof IdentifierTree || left instanceof MemberSelectTree)) {
      return Objects.equals(leftSymbol, ASTHelpers.getSymbol(right));
    }
    String leftSource = state.getSourceForNode(left);
    return leftSource != null && leftSource.equals(state.getSourceForNode(right));
  }

  /**
   * {@code tree} without parentheses and the calls that pass its HRESULT on: {@code .intValue()}.
   */
  static ExpressionTree unwrapped(ExpressionTree tree) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    while (stripped instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select
        && BindingStyles.passesReceiver(ASTHelpers.getSymbol(select))) {
      stripped = ASTHelpers.stripParentheses(select.getExpression());
    }
    return stripped;
  }
}
