package io.github.imapichecks.usage;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only checker that shows what {@link SuccessGuards#withoutAnalysis} answers for the local
 * variable read as the argument of every call to a method named {@code at}: "guards: ok info
 * failure" with the kinds that may reach the read, and "told apart" where a
 * success-with-information code was told apart on every path, or "guards: left to the analysis".
 */
@BugPattern(
    summary = "Shows how the success guards answer without the analysis",
    severity = WARNING)
public final class SuccessGuardsProbe extends BugChecker implements MethodInvocationTreeMatcher {
  public SuccessGuardsProbe() {}

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (tree.getArguments().size() != 1 || !tree.getMethodSelect().toString().equals("at")) {
      return Description.NO_MATCH;
    }
    TreePath read = new TreePath(state.getPath(), tree.getArguments().get(0));
    TreePath code = ImapiResultRecognizer.enclosingCode(read);
    SuccessKinds kinds = code == null ? null : SuccessGuards.withoutAnalysis(read, code, state);
    return buildDescription(tree).setMessage("guards: " + describe(kinds)).build();
  }

  private static String describe(SuccessKinds kinds) {
    if (kinds == null) {
      return "left to the analysis";
    }
    List<String> parts = new ArrayList<>();
    if (kinds.ok()) {
      parts.add("ok");
    }
    if (kinds.successInfo()) {
      parts.add("info");
    }
    if (kinds.failure()) {
      parts.add("failure");
    }
    if (kinds.successInfoToldApart()) {
      parts.add("told apart");
    }
    return parts.isEmpty() ? "none" : String.join(" ", parts) + ";";
  }
}
