package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AnnotationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompoundAssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ReturnTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.UnaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.recognition.AnnotatedHResults;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.usage.Literals;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @ImapiHResult} contract broken: the qualifier on a type that cannot hold an HRESULT, a
 * bare number given to an {@code @ImapiHResult} location, or arithmetic on an IMAPI result.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Keep @ImapiHResult values HRESULTs: no numbers, no arithmetic, no other types",
    severity = WARNING,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiHResultMisuse.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiHResultMisuse extends ImapiBugChecker
    implements AnnotationTreeMatcher,
        ReturnTreeMatcher,
        VariableTreeMatcher,
        AssignmentTreeMatcher,
        MethodInvocationTreeMatcher,
        NewClassTreeMatcher,
        BinaryTreeMatcher,
        UnaryTreeMatcher,
        CompoundAssignmentTreeMatcher {
  private static final Set<Tree.Kind> ARITHMETIC =
      Set.of(
          Tree.Kind.PLUS,
          Tree.Kind.MINUS,
          Tree.Kind.MULTIPLY,
          Tree.Kind.DIVIDE,
          Tree.Kind.REMAINDER,
          Tree.Kind.UNARY_MINUS,
          Tree.Kind.PREFIX_INCREMENT,
          Tree.Kind.PREFIX_DECREMENT,
          Tree.Kind.POSTFIX_INCREMENT,
          Tree.Kind.POSTFIX_DECREMENT,
          Tree.Kind.PLUS_ASSIGNMENT,
          Tree.Kind.MINUS_ASSIGNMENT,
          Tree.Kind.MULTIPLY_ASSIGNMENT,
          Tree.Kind.DIVIDE_ASSIGNMENT,
          Tree.Kind.REMAINDER_ASSIGNMENT);

  public ImapiHResultMisuse() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiHResultMisuse(ErrorProneFlags flags) {
    super(flags);
  }

  // 1. The qualifier on a type that cannot hold an HRESULT.

  @Override
  public Description matchAnnotation(AnnotationTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    Symbol annotation = ASTHelpers.getSymbol(tree.getAnnotationType());
    if (annotation == null
        || !annotation
            .getQualifiedName()
            .contentEquals(AnnotatedHResults.IMAPI_HRESULT_ANNOTATION)) {
      return Description.NO_MATCH;
    }
    Type annotated = annotatedType(state);
    if (annotated == null || BindingStyles.canHoldHResult(annotated)) {
      return Description.NO_MATCH;
    }
    // Remove the annotation with the blanks after it: "void take(double d)", not "take( double".
    int start = ASTHelpers.getStartPosition(tree);
    int end = state.getEndPosition(tree);
    CharSequence source = state.getSourceCode();
    while (end < source.length() && Character.isWhitespace(source.charAt(end))) {
      end++;
    }
    return buildDescription(tree)
        .setMessage(
            String.format(
                "@ImapiHResult on %s, which cannot hold an HRESULT: annotate an int, Integer, long,"
                    + " Long or JNA HRESULT, or remove the annotation",
                plainName(annotated, state)))
        .addFix(SuggestedFix.replace(start, end, ""))
        .build();
  }

  /** The type's name as the source spells it, without the annotations javac prints. */
  private static String plainName(Type type, VisitorState state) {
    if (type.isPrimitiveOrVoid()) {
      return type.getKind().toString().toLowerCase(Locale.ROOT);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return plainName(state.getTypes().elemtype(type), state) + "[]";
    }
    return SuggestedFixes.prettyType(state, null, type.stripMetadata());
  }

  /** The type the annotation at {@code state}'s path applies to, where it is a value's type. */
  private static @Nullable Type annotatedType(VisitorState state) {
    Tree parent = state.getPath().getParentPath().getLeaf();
    if (parent instanceof AnnotatedTypeTree) {
      return ASTHelpers.getType(parent);
    }
    if (!(parent instanceof ModifiersTree)) {
      return null;
    }
    Tree declaration = state.getPath().getParentPath().getParentPath().getLeaf();
    Tree typeTree =
        declaration instanceof VariableTree variable
            ? variable.getType()
            : declaration instanceof MethodTree method ? method.getReturnType() : null;
    Type type = ASTHelpers.getType(typeTree);
    // On a declaration, @ImapiHResult int[] codes annotates the elements, not the array.
    while (type != null && type.getKind() == TypeKind.ARRAY) {
      type = state.getTypes().elemtype(type);
    }
    return type;
  }

  // 2. A number given to an @ImapiHResult location.

  @Override
  public Description matchReturn(ReturnTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    if (tree.getExpression() == null) {
      return Description.NO_MATCH;
    }
    for (Tree enclosing : state.getPath()) {
      if (enclosing instanceof LambdaExpressionTree) {
        return Description.NO_MATCH;
      }
      if (enclosing instanceof MethodTree method) {
        MethodSymbol symbol = ASTHelpers.getSymbol(method);
        return AnnotatedHResults.isAnnotated(symbol)
            ? checkNumbers(tree.getExpression(), state)
            : Description.NO_MATCH;
      }
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    Symbol symbol = ASTHelpers.getSymbol(tree);
    return tree.getInitializer() != null && AnnotatedHResults.isAnnotated(symbol)
        ? checkNumbers(tree.getInitializer(), state)
        : Description.NO_MATCH;
  }

  @Override
  public Description matchAssignment(AssignmentTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    Symbol target = ASTHelpers.getSymbol(tree.getVariable());
    return target != null && AnnotatedHResults.isAnnotated(target)
        ? checkNumbers(tree.getExpression(), state)
        : Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    Description unguarded = unguardedHresult(tree, state);
    return unguarded != Description.NO_MATCH
        ? unguarded
        : checkArguments(ASTHelpers.getSymbol(tree.getMethodSelect()), tree.getArguments(), state);
  }

  /**
   * Whether the {@code catch} clause around {@code state}'s path compares {@code
   * exception.getHresult()} with {@code null} anywhere: the code guards against the null.
   */
  private static boolean nullChecked(@Nullable Symbol exception, VisitorState state) {
    TreePath handler = state.getPath();
    while (handler != null && !(handler.getLeaf() instanceof CatchTree)) {
      handler = handler.getParentPath();
    }
    if (handler == null || exception == null) {
      return false;
    }
    boolean[] checked = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree tree, Void unused) {
        if ((tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO)
            && (isHresultOf(tree.getLeftOperand(), exception)
                || isHresultOf(tree.getRightOperand(), exception))) {
          checked[0] = true;
        }
        return super.visitBinary(tree, null);
      }
    }.scan(handler.getLeaf(), null);
    return checked[0];
  }

  /** Whether {@code tree} is {@code exception.getHresult()}. */
  private static boolean isHresultOf(ExpressionTree tree, Symbol exception) {
    return ASTHelpers.stripParentheses(tree) instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("getHresult")
        && exception.equals(ASTHelpers.getSymbol(select.getExpression()));
  }

  /**
   * {@code e.getHresult().intValue()} of a JNA {@code COMException} caught around IMAPI calls: JNA
   * leaves {@code getHresult()} null when the exception came from no HRESULT, and the call then
   * throws a {@code NullPointerException} inside the handler. {@code matchesErrorCode} is
   * null-safe.
   */
  private Description unguardedHresult(MethodInvocationTree tree, VisitorState state) {
    if (!(tree.getMethodSelect() instanceof MemberSelectTree select)
        || !(ASTHelpers.stripParentheses(select.getExpression())
            instanceof MethodInvocationTree accessor)
        || !(ASTHelpers.getSymbol(accessor.getMethodSelect()) instanceof MethodSymbol getter)
        || !getter.getSimpleName().contentEquals("getHresult")
        || !BindingStyles.passesReceiver(ASTHelpers.getSymbol(select))
        || recognizer().recognize(accessor, state).filter(ImapiResult::thrown).isEmpty()
        || !(accessor.getMethodSelect() instanceof MemberSelectTree exception)
        || nullChecked(ASTHelpers.getSymbol(exception.getExpression()), state)) {
      return Description.NO_MATCH;
    }
    String name = state.getSourceForNode(exception.getExpression());
    return buildDescription(tree)
        .setMessage(
            String.format(
                "%s.getHresult() is null when the COMException carries no HRESULT, and this call"
                    + " then throws a NullPointerException in the handler; test the codes with"
                    + " %s.matchesErrorCode(code), which is null-safe",
                name, name))
        .build();
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return checkArguments(ASTHelpers.getSymbol(tree), tree.getArguments(), state);
  }

  private Description checkArguments(
      @Nullable Symbol symbol, List<? extends ExpressionTree> arguments, VisitorState state) {
    if (!(symbol instanceof MethodSymbol method)) {
      return Description.NO_MATCH;
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (AnnotatedHResults.isParameterAnnotated(method, i)) {
        Description description = checkNumbers(arguments.get(i), state);
        if (description != Description.NO_MATCH) {
          state.reportMatch(description);
        }
      }
    }
    return Description.NO_MATCH;
  }

  /** Reports each bare number {@code value} may evaluate to, through conditional expressions. */
  private Description checkNumbers(ExpressionTree value, VisitorState state) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof ConditionalExpressionTree conditional) {
      report(checkNumbers(conditional.getTrueExpression(), state), state);
      return checkNumbers(conditional.getFalseExpression(), state);
    }
    if (!Literals.isNumber(stripped)
        || !(ASTHelpers.constValue(stripped) instanceof Number number)) {
      return Description.NO_MATCH;
    }
    long written = number.longValue();
    Optional<ImapiCode> code =
        written == -1
            ? ImapiCodes.byValue(ImapiError.E_FAIL)
            : written == (int) written ? ImapiCodes.byValue((int) written) : Optional.empty();
    String source = state.getSourceForNode(stripped);
    // Where a code is named, the fix writes it, and Error Prone's "Did you mean" line shows it.
    String message =
        code.map(
                named ->
                    written == -1
                        ? String.format(
                            "-1 given as an @ImapiHResult is no HRESULT; a failure is E_FAIL (%s)",
                            named.hex())
                        : String.format("%s given as an @ImapiHResult is %s", source, named.name()))
            .orElse(
                String.format(
                    "%s given as an @ImapiHResult is no code any IMAPI call returns: give a code"
                        + " of ImapiError",
                    source));
    Description.Builder description = buildDescription(stripped).setMessage(message);
    code.ifPresent(
        named -> {
          SuggestedFix.Builder fix = SuggestedFix.builder();
          fix.replace(stripped, CodeReferences.reference(named, fix, state));
          description.addFix(fix.build());
        });
    return description.build();
  }

  private static void report(Description description, VisitorState state) {
    if (description != Description.NO_MATCH) {
      state.reportMatch(description);
    }
  }

  // 3. Arithmetic on an IMAPI result.

  @Override
  public Description matchBinary(BinaryTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    if (!ARITHMETIC.contains(tree.getKind())
        || ASTHelpers.isSameType(ASTHelpers.getType(tree), state.getSymtab().stringType, state)) {
      return Description.NO_MATCH;
    }
    return recognizer().recognize(tree.getLeftOperand(), state).isPresent()
            || recognizer().recognize(tree.getRightOperand(), state).isPresent()
        ? arithmetic(tree, state)
        : Description.NO_MATCH;
  }

  @Override
  public Description matchUnary(UnaryTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return ARITHMETIC.contains(tree.getKind())
            && recognizer().recognize(tree.getExpression(), state).isPresent()
        ? arithmetic(tree, state)
        : Description.NO_MATCH;
  }

  @Override
  public Description matchCompoundAssignment(CompoundAssignmentTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return ARITHMETIC.contains(tree.getKind())
            && recognizer().recognize(tree.getVariable(), state).isPresent()
        ? arithmetic(tree, state)
        : Description.NO_MATCH;
  }

  private Description arithmetic(Tree tree, VisitorState state) {
    return buildDescription(tree)
        .setMessage(
            String.format(
                "%s is arithmetic on an IMAPI result, which yields no HRESULT: compare or pass the"
                    + " result as it is; to read its parts use hr & 0xFFFF (code) and"
                    + " (hr >>> 16) & 0x7FF (facility)",
                state.getSourceForNode(tree)))
        .build();
  }
}
