package io.github.imapichecks.recognition;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ArrayAccessTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.IdentifierTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberSelectTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.TypeCastTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import java.util.Optional;

/**
 * A test-only checker that asks two recognizers the checks' questions and reports, as an error
 * containing "recognizer mismatch", every place where their answers differ: the recognizer the
 * checks use, which answers from declarations where they decide ({@link DeclaredValues}), and one
 * that always asks the dataflow analysis. It asks about every variable read, array element read,
 * call and cast, and for every IMAPI call, where its result is read.
 */
@BugPattern(
    summary = "The recognizer's answers from declarations disagree with the dataflow analysis",
    severity = ERROR)
public final class RecognitionOracle extends BugChecker
    implements ArrayAccessTreeMatcher,
        IdentifierTreeMatcher,
        MemberSelectTreeMatcher,
        MethodInvocationTreeMatcher,
        TypeCastTreeMatcher {
  private final ImapiResultRecognizer declarationsFirst =
      new ImapiResultRecognizer(ImapiConfig.DEFAULT, true);
  private final ImapiResultRecognizer dataflowOnly =
      new ImapiResultRecognizer(ImapiConfig.DEFAULT, false);

  public RecognitionOracle() {}

  @Override
  public Description matchArrayAccess(ArrayAccessTree tree, VisitorState state) {
    return compare(tree, state);
  }

  @Override
  public Description matchIdentifier(IdentifierTree tree, VisitorState state) {
    return compare(tree, state);
  }

  @Override
  public Description matchMemberSelect(MemberSelectTree tree, VisitorState state) {
    return compare(tree, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (declarationsFirst.recognizeCall(tree, state).isPresent()) {
      String fast = describe(declarationsFirst.readsOf(tree, state));
      String reference = describe(dataflowOnly.readsOf(tree, state));
      if (!fast.equals(reference)) {
        return mismatch(tree, state, "reads of", fast, reference);
      }
    }
    return compare(tree, state);
  }

  @Override
  public Description matchTypeCast(TypeCastTree tree, VisitorState state) {
    return compare(tree, state);
  }

  private Description compare(ExpressionTree tree, VisitorState state) {
    TreePath parent = state.getPath().getParentPath();
    if (parent.getLeaf() instanceof AssignmentTree assignment && assignment.getVariable() == tree) {
      // The target of a plain assignment is written, not read: no check asks about it.
      return Description.NO_MATCH;
    }
    Optional<ImapiResult> fast = declarationsFirst.recognize(tree, state);
    Optional<ImapiResult> reference = dataflowOnly.recognize(tree, state);
    return fast.equals(reference)
        ? Description.NO_MATCH
        : mismatch(tree, state, "", fast.toString(), reference.toString());
  }

  private static String describe(ResultReads reads) {
    return reads.reads().stream()
            .map(TreePath::getLeaf)
            .map(leaf -> leaf + "@" + System.identityHashCode(leaf))
            .toList()
        + (reads.captured() ? " captured" : "")
        + " same reads as "
        + reads.sameReads().stream()
            .map(TreePath::getLeaf)
            .map(leaf -> leaf + "@" + System.identityHashCode(leaf))
            .toList();
  }

  private Description mismatch(
      ExpressionTree tree, VisitorState state, String question, String fast, String reference) {
    return buildDescription(tree)
        .setMessage(
            String.format(
                "recognizer mismatch on %s%s: from declarations %s, from the dataflow analysis %s",
                question.isEmpty() ? "" : question + " ",
                state.getSourceForNode(tree),
                fast,
                reference))
        .build();
  }
}
