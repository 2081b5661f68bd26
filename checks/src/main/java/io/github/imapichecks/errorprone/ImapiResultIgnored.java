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
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.CalledMethod;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.recognition.ResultUses;
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
    String call = result.get().method().map(CalledMethod::qualifiedName).orElse(callName(tree));
    if (dropped) {
      Type type = ASTHelpers.getType(tree);
      return describe(
          tree,
          String.format(
              "the result of %s is dropped%s; assign it first (%s hr = ...), then check it with %s",
              call,
              consequence(result.get()),
              BindingStyles.formOf(type).declaredType(),
              BindingStyles.formOf(type).failedTest("hr")));
    }
    if (!recognizer().readsOf(tree, state).none()) {
      return Description.NO_MATCH;
    }
    String name = local.getSimpleName().toString();
    return describe(
        tree,
        String.format(
            "the result of %s, stored in %s, is never read: %s is overwritten or goes out of scope"
                + " first%s; check it with %s before that",
            call,
            name,
            name,
            consequence(result.get()),
            BindingStyles.formOf(local.type).failedTest(name)));
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

  private Description describe(MethodInvocationTree tree, String message) {
    return buildDescription(tree)
        .setMessage(message + ", and tell apart the codes the call documents")
        .build();
  }
}
