package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.imapichecks.model.ImapiMethod;
import io.github.imapichecks.model.ImapiResult;
import io.github.imapichecks.model.ResultUses;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The result of an IMAPI call thrown away: the call used as a statement, or its result stored in a
 * local variable that is overwritten, or goes out of scope, before anything reads it. The Java
 * forms of MSVC's C6031 and C28193.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Check the result of every IMAPI call",
    severity = WARNING,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiResultIgnored.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiResultIgnored extends ImapiBugChecker
    implements MethodInvocationTreeMatcher {

  public ImapiResultIgnored() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiResultIgnored(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    TreePath outermost = ResultUses.outermost(state.getPath());
    Tree consumer = outermost.getParentPath().getLeaf();
    boolean dropped = consumer instanceof ExpressionStatementTree;
    VarSymbol local = dropped ? null : ResultUses.storedInLocal(state.getPath());
    if (!dropped && local == null) {
      return Description.NO_MATCH;
    }
    Optional<ImapiResult> result = recognizer().recognizeCall(tree, state);
    if (result.isEmpty()) {
      return Description.NO_MATCH;
    }
    String call = result.get().method().map(ImapiMethod::qualifiedName).orElse(callName(tree));
    if (dropped) {
      return describe(
          tree, String.format("the result of %s is dropped%s", call, consequence(result.get())));
    }
    if (!recognizer().readsOf(tree, state).none()) {
      return Description.NO_MATCH;
    }
    return describe(
        tree,
        String.format(
            "the result of %s, stored in %s, is never read: %s is overwritten or goes out of scope"
                + " first%s",
            call, local.getSimpleName(), local.getSimpleName(), consequence(result.get())));
  }

  private static String consequence(ImapiResult result) {
    return result
        .method()
        .filter(method -> !method.requiredCodes().isEmpty())
        .map(
            method ->
                String.format(
                    ", so a failure, or %s, goes unnoticed",
                    method.requiredCodes().get(0).code().name()))
        .orElse(", so a failure goes unnoticed");
  }

  private static String callName(MethodInvocationTree tree) {
    Symbol method = ASTHelpers.getSymbol(tree.getMethodSelect());
    return method == null ? "this call" : method.getSimpleName() + "()";
  }

  private Description describe(MethodInvocationTree tree, String message) {
    return buildDescription(tree)
        .setMessage(
            message
                + "; check it with ImapiError.failed(hr), and tell apart the codes the call"
                + " documents")
        .build();
  }
}
