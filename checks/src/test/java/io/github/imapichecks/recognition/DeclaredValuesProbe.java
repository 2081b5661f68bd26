package io.github.imapichecks.recognition;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;

/**
 * A test-only checker that shows how {@link DeclaredValues} answers for the argument of every call
 * to a method named {@code probe}: "declarations: nothing", "declarations: IDiscMaster.Open",
 * "declarations: on some paths", or "left to the analysis".
 */
@BugPattern(summary = "Shows how DeclaredValues answers", severity = WARNING)
public final class DeclaredValuesProbe extends BugChecker implements MethodInvocationTreeMatcher {
  public DeclaredValuesProbe() {}

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (tree.getArguments().size() != 1 || !tree.getMethodSelect().toString().endsWith("probe")) {
      return Description.NO_MATCH;
    }
    TreePath body = ImapiResultRecognizer.enclosingCode(state.getPath());
    DeclaredValues values =
        new CarriedResults(
                SourceScan.instance(state.context),
                state.getTypes(),
                ImapiConfig.DEFAULT.styles(),
                ASTHelpers.findEnclosingNode(body, ClassTree.class))
            .valuesOf(body);
    DeclaredValues.Known known = values.valueOf(tree.getArguments().get(0));
    String answer;
    if (known == null) {
      answer = "left to the analysis";
    } else if (known.value() == null) {
      answer = "declarations: nothing";
    } else if (known.value().result() == null) {
      answer = "declarations: on some paths";
    } else {
      answer =
          "declarations: "
              + known
                  .value()
                  .result()
                  .method()
                  .map(m -> m.imapi().qualifiedName())
                  .orElse("unknown");
    }
    return buildDescription(tree).setMessage(answer).build();
  }
}
