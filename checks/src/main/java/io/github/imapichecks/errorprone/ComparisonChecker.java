package io.github.imapichecks.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CaseTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.MethodInvocationTree;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.usage.ResultComparison;
import io.github.imapichecks.usage.ResultComparisons;
import java.util.Optional;

/**
 * A check that judges each comparison of an IMAPI result with a constant ({@code ==}, {@code !=},
 * {@code equals}, {@code Objects.equals}, {@code case}), as {@link ResultComparisons} finds them.
 */
abstract class ComparisonChecker extends ImapiBugChecker
    implements BinaryTreeMatcher, MethodInvocationTreeMatcher, CaseTreeMatcher {

  ComparisonChecker(ErrorProneFlags flags) {
    super(flags);
  }

  /** The finding on {@code comparison}, or {@link Description#NO_MATCH}. */
  abstract Description describe(ResultComparison comparison, VisitorState state);

  @Override
  public final Description matchBinary(BinaryTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return ResultComparisons.of(tree, state, recognizer())
        .map(comparison -> describe(comparison, state))
        .orElse(Description.NO_MATCH);
  }

  @Override
  public final Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    return ResultComparisons.of(tree, state, recognizer())
        .map(comparison -> describe(comparison, state))
        .orElse(Description.NO_MATCH);
  }

  @Override
  public final Description matchCase(CaseTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    for (ResultComparison comparison : ResultComparisons.of(tree, state, recognizer())) {
      Description description = describe(comparison, state);
      if (description != Description.NO_MATCH) {
        state.reportMatch(description);
      }
    }
    return Description.NO_MATCH;
  }

  /** A finding on the comparison's constant, with a fix to {@code fixTo}'s name if present. */
  final Description report(
      ResultComparison comparison, VisitorState state, String message, Optional<ImapiCode> fixTo) {
    Description.Builder description = buildDescription(comparison.constant()).setMessage(message);
    fixTo.ifPresent(
        code -> {
          SuggestedFix.Builder fix = SuggestedFix.builder();
          fix.replace(comparison.constant(), CodeReferences.reference(code, fix, state));
          description.addFix(fix.build());
        });
    return description.build();
  }
}
