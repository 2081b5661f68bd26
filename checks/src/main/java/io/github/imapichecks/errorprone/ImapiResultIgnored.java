package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CatchTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.CalledMethod;
import io.github.imapichecks.recognition.CaughtFailure;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.recognition.ResultReads;
import io.github.imapichecks.recognition.ResultUses;
import io.github.imapichecks.usage.TextSinks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * The result of an IMAPI call thrown away: the call used as a statement, as the body of a lambda
 * whose functional interface returns nothing, or named by a method reference to one; the task that
 * returns it run as a future that nothing reads; its result stored in a local variable that is
 * overwritten, or goes out of scope, before anything reads it; or its result only written to a log
 * or a stream, never tested. The Java forms of MSVC's C6031 and C28193.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Check the result of every IMAPI call",
    severity = WARNING,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiResultIgnored.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiResultIgnored extends ImapiBugChecker
    implements MethodInvocationTreeMatcher, MemberReferenceTreeMatcher, CatchTreeMatcher {

  public ImapiResultIgnored() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiResultIgnored(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    TreePath outermost = ResultUses.outermost(state.getPath());
    String droppedHow = droppedHow(outermost, state);
    boolean dropped = droppedHow != null;
    VarSymbol local = dropped ? null : ResultUses.storedInLocal(state.getPath());
    // In place, only text made of it, or a call's argument, may log it.
    Tree consumer = outermost.getParentPath().getLeaf();
    boolean inPlace =
        !dropped
            && local == null
            && (consumer instanceof BinaryTree
                || consumer instanceof MethodInvocationTree
                || consumer instanceof MemberSelectTree
                || consumer instanceof ConditionalExpressionTree);
    if (!dropped && local == null && !inPlace) {
      return Description.NO_MATCH;
    }
    Optional<ImapiResult> result = recognizer().recognizeCall(tree, state);
    if (result.isEmpty()) {
      return Description.NO_MATCH;
    }
    String call = result.get().method().map(CalledMethod::qualifiedName).orElse(callName(tree));
    if (dropped) {
      return describeDrop(tree, call, droppedHow, result.get(), ASTHelpers.getType(tree));
    }
    if (inPlace) {
      if (!TextSinks.onlyLogged(List.of(state.getPath()), state)) {
        return Description.NO_MATCH;
      }
      Type type = ASTHelpers.getType(tree);
      return describe(
          tree,
          String.format(
              "the result of %s is only logged, never tested%s; assign it first (%s hr = ...),"
                  + " then log it and check it with %s",
              call,
              consequence(result.get()),
              BindingStyles.formOf(type).declaredType(),
              BindingStyles.formOf(type).failedTest("hr")));
    }
    ResultReads reads = recognizer().readsOf(tree, state);
    String name = local.getSimpleName().toString();
    if (reads.none()) {
      return describe(
          tree,
          String.format(
              "the result of %s, stored in %s, is never read: %s is overwritten or goes out of"
                  + " scope first%s; check it with %s before that",
              call,
              name,
              name,
              consequence(result.get()),
              BindingStyles.formOf(local.type).failedTest(name)));
    }
    if (reads.captured() || !TextSinks.onlyLogged(reads.reads(), state)) {
      return Description.NO_MATCH;
    }
    return describe(
        tree,
        String.format(
            "the result of %s, stored in %s, is only logged, never tested%s; check it with %s"
                + " as well",
            call,
            name,
            consequence(result.get()),
            BindingStyles.formOf(local.type).failedTest(name)));
  }

  /**
   * An empty {@code catch} clause (comments count as nothing) that catches the failures of IMAPI
   * calls an exception-style binding throws: the failure is dropped, as a dropped result is.
   */
  @Override
  public Description matchCatch(CatchTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    if (!tree.getBlock().getStatements().isEmpty()) {
      return Description.NO_MATCH;
    }
    List<CaughtFailure> failures = recognizer().failuresCaughtBy(state.getPath(), state);
    if (failures.isEmpty()) {
      return Description.NO_MATCH;
    }
    Set<String> calls = new LinkedHashSet<>();
    failures.forEach(failure -> calls.add(failure.method().qualifiedName()));
    CaughtFailure first = failures.get(0);
    // On the parameter: one line, where a clause's body may span many.
    return buildDescription(tree.getParameter())
        .setMessage(
            String.format(
                "this empty catch drops every failure of %s%s; handle the %s (its %s tells the"
                    + " codes apart) or let it go",
                Messages.list(List.copyOf(calls)),
                first.method().imapi().requiredCodes().stream()
                    .filter(code -> !code.code().isSuccess())
                    .findFirst()
                    .map(code -> ", " + code.code().name() + " among them")
                    .orElse(""),
                first.exceptionType(),
                first.accessor()))
        .build();
  }

  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    String droppedHow = droppedByTask(tree, state.getPath(), state);
    if (droppedHow == null) {
      return Description.NO_MATCH;
    }
    Optional<ImapiResult> result = recognizer().recognizeReference(tree, state);
    MethodSymbol method = ResultUses.referencedMethod(tree);
    if (result.isEmpty() || method == null) {
      return Description.NO_MATCH;
    }
    String call =
        result
            .get()
            .method()
            .map(CalledMethod::qualifiedName)
            .orElse(method.owner.getSimpleName() + "." + method.getSimpleName());
    return describeDrop(tree, call, droppedHow, result.get(), method.getReturnType());
  }

  private Description describeDrop(
      Tree tree, String call, String droppedHow, ImapiResult result, @Nullable Type type) {
    return describe(
        tree,
        String.format(
            "the result of %s is dropped%s%s; assign it first (%s hr = ...), then check it with %s",
            call,
            droppedHow,
            consequence(result),
            BindingStyles.formOf(type).declaredType(),
            BindingStyles.formOf(type).failedTest("hr")));
  }

  /**
   * How the value at {@code value}, an outermost expression (see {@link ResultUses#outermost}), is
   * dropped: "" as a statement, the reason as the body of a lambda that drops it; null if it is not
   * dropped.
   */
  private static @Nullable String droppedHow(TreePath value, VisitorState state) {
    TreePath consumerPath = value.getParentPath();
    Tree consumer = consumerPath.getLeaf();
    if (consumer instanceof ExpressionStatementTree) {
      return "";
    }
    return consumer instanceof LambdaExpressionTree lambda && lambda.getBody() == value.getLeaf()
        ? droppedByTask(lambda, consumerPath, state)
        : null;
  }

  /**
   * How {@code task}, a lambda returning a result or a method reference to a method that returns
   * one, drops it: its functional interface returns nothing, or the future that runs it is itself
   * dropped; null if neither.
   */
  private static @Nullable String droppedByTask(
      ExpressionTree task, TreePath taskPath, VisitorState state) {
    Types types = state.getTypes();
    Type target = ASTHelpers.getType(task);
    if (target == null || !types.isFunctionalInterface(target)) {
      return null;
    }
    String shape = task instanceof LambdaExpressionTree ? "the lambda" : "the method reference";
    if (types.findDescriptorType(target).getReturnType().getKind() == TypeKind.VOID) {
      return String.format(
          " by %s, whose %s.%s returns nothing",
          shape,
          target.tsym.getSimpleName(),
          types.findDescriptorSymbol(target.tsym).getSimpleName());
    }
    TreePath runner = taskPath.getParentPath();
    return runner.getLeaf() instanceof MethodInvocationTree call
            && !call.getArguments().isEmpty()
            && call.getArguments().get(0) == task
            && ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
            && ResultUses.runsTask(method)
            && runner.getParentPath().getLeaf() instanceof ExpressionStatementTree
        ? String.format(
            " with the future %s returns, which nothing reads (%s is run as a task)",
            method.getSimpleName(), shape)
        : null;
  }

  private static String consequence(ImapiResult result) {
    return result
        .method()
        .filter(method -> !method.imapi().requiredCodes().isEmpty())
        .map(
            method ->
                String.format(
                    ", so a failure, or %s, goes unnoticed",
                    method.imapi().requiredCodes().get(0).code().name()))
        .orElse(", so a failure goes unnoticed");
  }

  /**
   * {@code Dropped.wrapper}: the declaring type's and the method's names, as the code has them.
   * Called only once {@code tree} is recognized as a call, so its symbol is a method's.
   */
  private static String callName(MethodInvocationTree tree) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    String owner = method.owner.getSimpleName().toString();
    return owner.isEmpty()
        ? method.getSimpleName().toString()
        : owner + "." + method.getSimpleName();
  }

  private Description describe(Tree tree, String message) {
    return buildDescription(tree)
        .setMessage(message + ", and tell apart the codes the call documents")
        .build();
  }
}
