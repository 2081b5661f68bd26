package io.github.imapichecks.recognition;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;

/**
 * A test-only checker that shows {@link ImapiUnits}' verdict on each compilation unit, at its
 * top-level classes: "unit verdict: true" where the unit may hold an IMAPI result, "unit verdict:
 * false" where every check skips it.
 */
@BugPattern(summary = "Shows ImapiUnits' verdict", severity = WARNING)
public final class UnitVerdictProbe extends BugChecker implements ClassTreeMatcher {
  public UnitVerdictProbe() {}

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (!(state.getPath().getParentPath().getLeaf() instanceof CompilationUnitTree unit)) {
      return Description.NO_MATCH;
    }
    boolean verdict = ImapiUnits.mayHoldResults(unit, ImmutableSet.of(), state.context);
    return buildDescription(tree).setMessage("unit verdict: " + verdict).build();
  }
}
