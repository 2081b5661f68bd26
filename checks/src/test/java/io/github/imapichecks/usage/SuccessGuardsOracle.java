package io.github.imapichecks.usage;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.IdentifierTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.imapichecks.recognition.ImapiResultRecognizer;

/**
 * A test-only checker that reports, as an error containing "recognizer mismatch", every read of a
 * local variable where what the success tests before it establish, as the body's syntax decides it
 * ({@link SuccessGuards#withoutAnalysis}), differs from the dataflow analysis's answer.
 */
@BugPattern(
    summary = "The success guards' answers from syntax disagree with the dataflow analysis",
    severity = ERROR)
public final class SuccessGuardsOracle extends BugChecker implements IdentifierTreeMatcher {
  public SuccessGuardsOracle() {}

  @Override
  public Description matchIdentifier(IdentifierTree tree, VisitorState state) {
    if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol variable)
        || !(variable.owner instanceof MethodSymbol)) {
      return Description.NO_MATCH;
    }
    TreePath read = state.getPath();
    TreePath code = ImapiResultRecognizer.enclosingCode(read);
    if (code == null) {
      return Description.NO_MATCH;
    }
    SuccessKinds fast = SuccessGuards.withoutAnalysis(read, code, state);
    if (fast == null) {
      return Description.NO_MATCH;
    }
    SuccessKinds reference = SuccessGuards.byAnalysis(read, state);
    return fast.equals(reference)
        ? Description.NO_MATCH
        : buildDescription(tree)
            .setMessage(
                String.format(
                    "recognizer mismatch: success guards at %s: syntax says %s, the analysis %s",
                    tree, fast, reference))
            .build();
  }
}
