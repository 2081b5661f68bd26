package io.github.imapichecks.sarif;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;

/**
 * A check in imapi-checks' package, as the plugin sees ours: calls to a method named {@code legacy}
 * with one argument, and a fix that replaces the call and adds an import.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Call Objects.requireNonNull, not legacy",
    severity = BugPattern.SeverityLevel.WARNING,
    linkType = BugPattern.LinkType.CUSTOM,
    link = "https://example.com/SarifDemo")
public final class SarifDemo extends BugChecker implements MethodInvocationTreeMatcher {
  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (!(tree.getMethodSelect() instanceof IdentifierTree name)
        || !name.getName().contentEquals("legacy")
        || tree.getArguments().size() != 1) {
      return Description.NO_MATCH;
    }
    return buildDescription(tree)
        .setMessage("legacy(" + state.getSourceForNode(tree.getArguments().get(0)) + ") is old")
        .addFix(
            SuggestedFix.builder()
                .replace(
                    tree,
                    "Objects.requireNonNull("
                        + state.getSourceForNode(tree.getArguments().get(0))
                        + ")")
                .addImport("java.util.Objects")
                .setShortDescription("use requireNonNull")
                .build())
        .build();
  }
}
