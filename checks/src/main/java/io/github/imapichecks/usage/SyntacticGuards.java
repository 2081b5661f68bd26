package io.github.imapichecks.usage;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.Context;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.BodyCache;
import io.github.imapichecks.recognition.OwnCodeScanner;
import io.github.imapichecks.usage.SuccessKindTransfer.Ordering;
import io.github.imapichecks.usage.SuccessKindTransfer.Split;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SuccessKindTransfer}'s analysis says at each read of one local variable, worked out
 * from the syntax of the body in one pass, without a control-flow graph: the body is followed
 * statement by statement through blocks, {@code if}, {@code return} and {@code throw}, and
 * conditions through {@code &&}, {@code ||}, {@code !}, parentheses and the tests the analysis
 * follows. A test of the variable splits what is known about it between the two sides, exactly as
 * the analysis does; sides that end in {@code return}, {@code throw} or another jump drop out. A
 * variable declared in a block is followed from its declaration.
 *
 * <p>Where the pass cannot be sure of the analysis's answer it says so, and {@link SuccessGuards}
 * asks the analysis: inside loops, {@code switch} cases, {@code try}, labelled and {@code
 * synchronized} statements that read or write the variable, at tests whose operands are boxed or
 * unboxed, at a compound assignment of the variable, after a statement it does not enter whose
 * completion {@link NormalCompletion} cannot tell, and after any of these until the variable is
 * assigned again. The guard clauses, {@code if}-{@code else} chains and combined conditions that
 * most code tests its results with are decided here. A test-only oracle compares both answers at
 * every read of the generated programs and the library sources.
 */
final class SyntacticGuards {
  /** What is known at a point; {@code null} where no path reaches it. */
  private record Flow(@Nullable SuccessKinds kinds) {
    /** Only the analysis can tell. */
    static final Flow UNDECIDED = new Flow(null);

    static final Flow ANY = new Flow(SuccessKinds.ANY);

    boolean decided() {
      return kinds != null;
    }
  }

  /** The two sides of a condition. */
  private record Sides(@Nullable Flow whenTrue, @Nullable Flow whenFalse) {
    Sides swapped() {
      return new Sides(/* whenTrue= */ whenFalse, /* whenFalse= */ whenTrue);
    }
  }

  /** The answers of the compilation unit being checked, per body and local. */
  private static final Context.Key<BodyCache<Symbol, SyntacticGuards>> CACHE = new Context.Key<>();

  private final Symbol local;

  /** What is known at each read of the local; undecided reads are absent. */
  private final Map<Tree, SuccessKinds> atReads = new HashMap<>();

  /** The current point's flow; null where no path reaches it. */
  private @Nullable Flow current = Flow.ANY;

  private SyntacticGuards(Symbol local) {
    this.local = local;
  }

  /**
   * The kinds of code that may reach {@code read}, a read of {@code local} inside the method,
   * lambda or initializer at {@code code}, as the analysis would answer; null if only the analysis
   * can tell.
   */
  static @Nullable SuccessKinds kindsAt(Tree read, Symbol local, TreePath code, Context context) {
    return BodyCache.instance(context, CACHE).get(code, local, l -> of(code, l)).atReads.get(read);
  }

  private static SyntacticGuards of(TreePath codePath, Symbol local) {
    SyntacticGuards guards = new SyntacticGuards(local);
    Tree code = codePath.getLeaf();
    List<? extends StatementTree> scope = scopeAfterDeclaration(codePath, local);
    if (scope != null) {
      // The local does not exist before its declaration, and every path to a read of it passes an
      // assignment, which forgets what was known: the pass may start at the declaration, even
      // inside a loop, a try or a catch block that it would not enter from the body's start.
      scope.forEach(guards::statement);
    } else if (code instanceof MethodTree method) {
      guards.statement(method.getBody());
    } else if (code instanceof LambdaExpressionTree lambda) {
      if (lambda.getBody() instanceof ExpressionTree expression) {
        guards.value(expression);
      } else {
        guards.statement((StatementTree) lambda.getBody());
      }
    } else if (code instanceof BlockTree block) {
      guards.statement(block);
    } else if (code instanceof VariableTree field) {
      guards.value(field.getInitializer());
    }
    return guards;
  }

  /**
   * The statements from {@code local}'s declaration to the end of its block, where a statement of a
   * block inside the body at {@code code} declares it; null otherwise (a parameter, a variable of a
   * {@code for}, a resource, a pattern's binding, a variable declared by a case of a switch).
   */
  private static @Nullable List<? extends StatementTree> scopeAfterDeclaration(
      TreePath code, Symbol local) {
    TreePath[] found = {null};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (ASTHelpers.getSymbol(variable) == local) {
          found[0] = getCurrentPath();
          return null;
        }
        return super.visitVariable(variable, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return lambda == code.getLeaf() ? super.visitLambdaExpression(lambda, null) : null;
      }

      @Override
      public Void visitClass(ClassTree classTree, Void unused) {
        return null;
      }
    }.scan(code, null);
    if (found[0] == null || !(found[0].getParentPath().getLeaf() instanceof BlockTree block)) {
      return null;
    }
    List<? extends StatementTree> statements = block.getStatements();
    int declaration = statements.indexOf((StatementTree) found[0].getLeaf());
    return declaration < 0 ? null : statements.subList(declaration, statements.size());
  }

  // Statements: each leaves `current` at the point after it.

  private void statement(@Nullable StatementTree tree) {
    if (tree == null || current == null) {
      // Unreachable code: the analysis has no value there, which its users read as any kind.
      markUnreachable(tree);
      return;
    }
    if (tree instanceof BlockTree block) {
      block.getStatements().forEach(this::statement);
    } else if (tree instanceof ExpressionStatementTree expression) {
      value(expression.getExpression());
    } else if (tree instanceof VariableTree variable) {
      value(variable.getInitializer());
      if (ASTHelpers.getSymbol(variable) == local && current != null) {
        current = Flow.ANY;
      }
    } else if (tree instanceof IfTree ifTree) {
      branches(
          condition(ifTree.getCondition()),
          () -> statement(ifTree.getThenStatement()),
          () -> statement(ifTree.getElseStatement()));
    } else if (tree instanceof ReturnTree returnTree) {
      value(returnTree.getExpression());
      current = null;
    } else if (tree instanceof ThrowTree throwTree) {
      value(throwTree.getExpression());
      current = null;
    } else if (tree instanceof SwitchTree switchTree) {
      // The selector is read before any case; the cases are not followed.
      value(switchTree.getExpression());
      cases(
          switchTree.getCases(), switchTree.getCases().stream().anyMatch(NormalCompletion::leaves));
    } else if (tree instanceof YieldTree yield) {
      value(yield.getValue());
      current = null;
    } else if (tree instanceof BreakTree || tree instanceof ContinueTree) {
      // The pass enters no loop, switch or labelled statement: a jump it meets leaves the code it
      // follows, for good or to the local's declaration, which forgets what was known.
      current = null;
    } else if (!(tree instanceof EmptyStatementTree || tree instanceof ClassTree)) {
      // A local class's methods are analysed on their own.
      opaque(tree);
    }
  }

  /**
   * A statement or expression the pass does not follow: its reads stay undecided. Where it neither
   * reads nor writes the local, what is known after it is what was known before it, if it can
   * complete normally ({@link NormalCompletion}); paths that jump out of it leave the code the pass
   * follows.
   */
  private void opaque(Tree tree) {
    if (current == null) {
      return;
    }
    Occurrences inside = Occurrences.of(tree, local);
    if (inside.reads() > 0 || inside.writes()) {
      current = Flow.UNDECIDED;
      return;
    }
    // An expression completes normally or throws.
    Boolean completes =
        tree instanceof StatementTree statement ? NormalCompletion.of(statement) : Boolean.TRUE;
    if (completes == null) {
      current = Flow.UNDECIDED;
    } else if (!completes) {
      current = null;
    }
  }

  /**
   * The cases of a switch, which the pass does not follow: where they neither read nor write the
   * local, what is known after the switch is what was known before it, unless one of them may
   * {@code jump} out of it, which leaves the switch's completion to the analysis.
   */
  private void cases(List<? extends CaseTree> cases, boolean jump) {
    if (current == null) {
      return;
    }
    for (CaseTree caseTree : cases) {
      Occurrences inside = Occurrences.of(caseTree, local);
      if (inside.reads() > 0 || inside.writes()) {
        current = Flow.UNDECIDED;
        return;
      }
    }
    if (jump) {
      current = Flow.UNDECIDED;
    }
  }

  private void markUnreachable(@Nullable Tree tree) {
    if (tree == null) {
      return;
    }
    new OwnCodeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        if (ASTHelpers.getSymbol(identifier) == local) {
          atReads.put(identifier, SuccessKinds.ANY);
        }
        return null;
      }
    }.scan(tree, null);
  }

  // Expressions evaluated for their value: `current` becomes the point after them. The two sides of
  // any test inside join again before the value is used, which gives back what was known before it.

  private void value(@Nullable ExpressionTree tree) {
    if (tree == null) {
      return;
    }
    if (current == null) {
      markUnreachable(tree);
      return;
    }
    if (tree instanceof IdentifierTree) {
      if (ASTHelpers.getSymbol(tree) == local && current.decided()) {
        atReads.put(tree, current.kinds());
      }
    } else if (tree instanceof LiteralTree || tree instanceof LambdaExpressionTree) {
      // A lambda's body is analysed on its own.
    } else if (tree instanceof ParenthesizedTree parenthesized) {
      value(parenthesized.getExpression());
    } else if (tree instanceof TypeCastTree cast) {
      value(cast.getExpression());
    } else if (tree instanceof MemberSelectTree select) {
      value(select.getExpression());
    } else if (tree instanceof MethodInvocationTree call) {
      if (call.getMethodSelect() instanceof MemberSelectTree select) {
        value(select.getExpression());
      }
      call.getArguments().forEach(this::value);
    } else if (tree instanceof NewClassTree newClass && newClass.getEnclosingExpression() == null) {
      // The class body, if any, is analysed on its own.
      newClass.getArguments().forEach(this::value);
    } else if (tree instanceof AssignmentTree assignment) {
      // The target's array and index, or its object, are evaluated before the value.
      ExpressionTree target = ASTHelpers.stripParentheses(assignment.getVariable());
      if (target instanceof ArrayAccessTree element) {
        value(element.getExpression());
        value(element.getIndex());
      } else if (target instanceof MemberSelectTree field) {
        value(field.getExpression());
      }
      value(assignment.getExpression());
      if (ASTHelpers.getSymbol(target) == local && current != null) {
        current = Flow.ANY;
      }
    } else if (tree instanceof ArrayAccessTree element) {
      value(element.getExpression());
      value(element.getIndex());
    } else if (tree instanceof InstanceOfTree instanceOf) {
      value(instanceOf.getExpression());
    } else if (tree instanceof SwitchExpressionTree switchExpression) {
      // An arm of a switch expression leaves it only with its value or by throwing.
      value(switchExpression.getExpression());
      cases(switchExpression.getCases(), false);
    } else if (tree instanceof BinaryTree binary) {
      switch (binary.getKind()) {
        case CONDITIONAL_AND, CONDITIONAL_OR -> {
          Sides sides = condition(binary);
          current = join(sides.whenTrue(), sides.whenFalse());
        }
        default -> {
          value(binary.getLeftOperand());
          value(binary.getRightOperand());
        }
      }
    } else if (tree instanceof UnaryTree unary && !isUpdate(unary)) {
      value(unary.getExpression());
    } else if (tree instanceof ConditionalExpressionTree conditional) {
      branches(
          condition(conditional.getCondition()),
          () -> value(conditional.getTrueExpression()),
          () -> value(conditional.getFalseExpression()));
    } else {
      opaque(tree);
    }
  }

  /**
   * Follows {@code whenTrue} from the true side of a condition and {@code whenFalse} from its false
   * side, and joins where they meet again.
   */
  private void branches(Sides sides, Runnable whenTrue, Runnable whenFalse) {
    current = sides.whenTrue();
    whenTrue.run();
    Flow afterTrue = current;
    current = sides.whenFalse();
    whenFalse.run();
    current = join(afterTrue, current);
  }

  private static boolean isUpdate(UnaryTree unary) {
    return switch (unary.getKind()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  // Conditions: the two sides they leave.

  private Sides condition(ExpressionTree tree) {
    if (current == null) {
      markUnreachable(tree);
      return new Sides(null, null);
    }
    if (tree instanceof ParenthesizedTree parenthesized) {
      return condition(parenthesized.getExpression());
    }
    if (tree instanceof UnaryTree unary && unary.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      return condition(unary.getExpression()).swapped();
    }
    if (tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.CONDITIONAL_AND) {
      Sides left = condition(binary.getLeftOperand());
      current = left.whenTrue();
      Sides right = condition(binary.getRightOperand());
      return new Sides(right.whenTrue(), join(left.whenFalse(), right.whenFalse()));
    }
    if (tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.CONDITIONAL_OR) {
      Sides left = condition(binary.getLeftOperand());
      current = left.whenFalse();
      Sides right = condition(binary.getRightOperand());
      return new Sides(join(left.whenTrue(), right.whenTrue()), right.whenFalse());
    }
    Test test = Test.of(tree, local);
    if (!test.sure()) {
      opaque(tree);
      return new Sides(current, current);
    }
    value(tree);
    Flow before = current;
    if (test.split() == null || before == null || !before.decided()) {
      return new Sides(before, before);
    }
    SuccessKinds kinds = before.kinds();
    return new Sides(
        new Flow(test.split().whenTrue().apply(kinds)),
        new Flow(test.split().whenFalse().apply(kinds)));
  }

  private static @Nullable Flow join(@Nullable Flow a, @Nullable Flow b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.decided() && b.decided()
        ? new Flow(a.kinds().leastUpperBound(b.kinds()))
        : Flow.UNDECIDED;
  }

  /**
   * How a condition other than {@code &&}, {@code ||} and {@code !} tests the local, as {@link
   * SuccessKindTransfer} reads it: a split of the local, no test of it ({@code split} null), or
   * {@link #UNSURE} where the analysis's view of the tree (boxing, nested tests) may differ.
   */
  private record Test(@Nullable Split split, boolean sure) {
    static final Test NONE = new Test(null, true);
    static final Test UNSURE = new Test(null, false);

    static Test splitting(Split split) {
      return new Test(split, true);
    }

    static Test of(ExpressionTree tree, Symbol local) {
      Occurrences occurrences = Occurrences.of(tree, local);
      if (occurrences.writes()) {
        return UNSURE;
      }
      if (occurrences.reads() == 0) {
        return NONE;
      }
      if (tree instanceof BinaryTree binary) {
        return ofBinary(binary, local, occurrences.reads());
      }
      if (tree instanceof MethodInvocationTree call) {
        return ofCall(call, local, occurrences.reads());
      }
      // Any other condition reads the local only for its value: a call's argument, a field.
      return occurrences.reads() == 1 && readsPlainly(tree, local) ? NONE : UNSURE;
    }

    private static Test ofBinary(BinaryTree binary, Symbol local, int reads) {
      ExpressionTree left = ASTHelpers.stripParentheses(binary.getLeftOperand());
      ExpressionTree right = ASTHelpers.stripParentheses(binary.getRightOperand());
      Ordering ordering =
          switch (binary.getKind()) {
            case LESS_THAN -> Ordering.LESS;
            case LESS_THAN_EQUAL -> Ordering.LESS_OR_EQUAL;
            case GREATER_THAN -> Ordering.GREATER;
            case GREATER_THAN_EQUAL -> Ordering.GREATER_OR_EQUAL;
            default -> null;
          };
      boolean equality =
          binary.getKind() == Tree.Kind.EQUAL_TO || binary.getKind() == Tree.Kind.NOT_EQUAL_TO;
      if (!equality && ordering == null) {
        return reads == 1 && readsPlainly(binary, local) ? NONE : UNSURE;
      }
      // One read of the local, as an operand; the analysis sees primitive operands unconverted.
      if (reads != 1
          || !(isPrimitive(left) && isPrimitive(right))
          || (localOf(left) != local && localOf(right) != local)) {
        return UNSURE;
      }
      if (equality) {
        Long constant = BindingStyles.codeValue(right);
        ExpressionTree variable = left;
        if (constant == null) {
          constant = BindingStyles.codeValue(left);
          variable = right;
        }
        Split split = constant == null ? null : Split.ofEquality(constant);
        if (split == null || localOf(variable) != local) {
          return NONE;
        }
        return splitting(binary.getKind() == Tree.Kind.EQUAL_TO ? split : split.negated());
      }
      if (isZero(right)) {
        return localOf(left) == local ? splitting(ordering.split()) : NONE;
      }
      if (isZero(left)) {
        return localOf(right) == local ? splitting(ordering.mirrored().split()) : NONE;
      }
      return NONE;
    }

    private static Test ofCall(MethodInvocationTree call, Symbol local, int reads) {
      if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
        return UNSURE;
      }
      List<? extends ExpressionTree> arguments = call.getArguments();
      ExpressionTree receiver =
          call.getMethodSelect() instanceof MemberSelectTree select
              ? ASTHelpers.stripParentheses(select.getExpression())
              : null;
      if (reads != 1 || method.isVarArgs() || !convertsNothing(method, arguments)) {
        return UNSURE;
      }
      if (BindingStyles.passesReceiver(method)
          || (arguments.size() == 1 && BindingStyles.passesArgument(method))) {
        return NONE;
      }
      String name = method.getSimpleName().toString();
      if (name.equals("equals") && arguments.size() == 1 && !method.isStatic()) {
        return receiver == null ? UNSURE : ofEquals(receiver, arguments.get(0), local);
      }
      if (name.equals("equals")
          && arguments.size() == 2
          && method.owner.getQualifiedName().contentEquals("java.util.Objects")) {
        return ofEquals(arguments.get(0), arguments.get(1), local);
      }
      if (arguments.size() != 1 || !method.isStatic()) {
        return readsPlainly(call, local) ? NONE : UNSURE;
      }
      Split helper = Split.ofHelper(name);
      if (helper == null) {
        return readsPlainly(call, local) ? NONE : UNSURE;
      }
      return localOf(ASTHelpers.stripParentheses(arguments.get(0))) == local
          ? splitting(helper)
          : UNSURE;
    }

    /** {@code a.equals(b)} or {@code Objects.equals(a, b)}, where one of them reads the local. */
    private static Test ofEquals(ExpressionTree a, ExpressionTree b, Symbol local) {
      ExpressionTree first = ASTHelpers.stripParentheses(a);
      ExpressionTree second = ASTHelpers.stripParentheses(b);
      Long constant = BindingStyles.codeValue(second);
      ExpressionTree variable = first;
      if (constant == null) {
        constant = BindingStyles.codeValue(first);
        variable = second;
      }
      Split split = constant == null ? null : Split.ofEquality(constant);
      if (split == null) {
        // Compared with no code: the analysis keeps what it knew on both sides.
        return NONE;
      }
      return localOf(variable) == local ? splitting(split) : UNSURE;
    }

    /**
     * Whether every argument has its parameter's kind of type, primitive or reference, so that the
     * analysis sees no boxing or unboxing between them.
     */
    private static boolean convertsNothing(
        MethodSymbol method, List<? extends ExpressionTree> arguments) {
      if (method.getParameters().size() != arguments.size()) {
        return false;
      }
      for (int i = 0; i < arguments.size(); i++) {
        Type parameter = method.getParameters().get(i).type;
        if (isPrimitive(arguments.get(i)) != parameter.isPrimitive()) {
          return false;
        }
      }
      return true;
    }

    private static boolean isPrimitive(ExpressionTree tree) {
      Type type = ASTHelpers.getType(tree);
      return type != null && type.isPrimitive();
    }

    private static boolean isZero(ExpressionTree tree) {
      Long constant = BindingStyles.codeValue(tree);
      return constant != null && constant == 0;
    }

    /**
     * The local {@code tree} reads as the analysis follows a tested value: through parentheses,
     * casts and calls that pass their receiver's HRESULT on ({@code hr.intValue()}).
     */
    private static @Nullable Symbol localOf(ExpressionTree tree) {
      ExpressionTree current = ASTHelpers.stripParentheses(tree);
      while (true) {
        if (current instanceof TypeCastTree cast) {
          current = ASTHelpers.stripParentheses(cast.getExpression());
        } else if (current instanceof MethodInvocationTree call
            && call.getMethodSelect() instanceof MemberSelectTree select
            && BindingStyles.passesReceiver(ASTHelpers.getSymbol(select))) {
          current = ASTHelpers.stripParentheses(select.getExpression());
        } else {
          break;
        }
      }
      return current instanceof IdentifierTree
              && ASTHelpers.getSymbol(current) instanceof Symbol.VarSymbol variable
              && variable.owner instanceof MethodSymbol
          ? variable
          : null;
    }

    /**
     * Whether the local is read in {@code tree} only where no test of the analysis can take it as
     * its operand: directly as an argument of a call that is not a test, or not at all.
     */
    private static boolean readsPlainly(ExpressionTree tree, Symbol local) {
      if (Occurrences.of(tree, local).reads() == 0) {
        return true;
      }
      return tree instanceof MethodInvocationTree call
          && (ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
          && !BindingStyles.passesReceiver(method)
          && !BindingStyles.passesArgument(method)
          && !method.getSimpleName().contentEquals("equals")
          && Split.ofHelper(method.getSimpleName().toString()) == null
          && (!(call.getMethodSelect() instanceof MemberSelectTree select)
              || Occurrences.of(select.getExpression(), local).reads() == 0)
          && call.getArguments().stream()
              .allMatch(
                  argument ->
                      ASTHelpers.stripParentheses(argument) instanceof IdentifierTree
                          || Occurrences.of(argument, local).reads() == 0);
    }
  }

  /**
   * How often {@code local} is read in a tree and whether the tree writes it, outside nested
   * lambdas and classes, which the analysis follows on their own.
   */
  private record Occurrences(int reads, boolean writes) {
    static Occurrences of(Tree tree, Symbol local) {
      int[] reads = {0};
      boolean[] writes = {false};
      new OwnCodeScanner<Void, Void>() {
        @Override
        public Void visitIdentifier(IdentifierTree identifier, Void unused) {
          if (ASTHelpers.getSymbol(identifier) == local) {
            reads[0]++;
          }
          return null;
        }

        @Override
        public Void visitAssignment(AssignmentTree assignment, Void unused) {
          writes[0] |= ASTHelpers.getSymbol(assignment.getVariable()) == local;
          return super.visitAssignment(assignment, null);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
          writes[0] |= ASTHelpers.getSymbol(assignment.getVariable()) == local;
          return super.visitCompoundAssignment(assignment, null);
        }

        @Override
        public Void visitUnary(UnaryTree unary, Void unused) {
          writes[0] |= isUpdate(unary) && ASTHelpers.getSymbol(unary.getExpression()) == local;
          return super.visitUnary(unary, null);
        }

        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
          writes[0] |= ASTHelpers.getSymbol(variable) == local;
          return super.visitVariable(variable, null);
        }
      }.scan(tree, null);
      return new Occurrences(reads[0], writes[0]);
    }
  }
}
