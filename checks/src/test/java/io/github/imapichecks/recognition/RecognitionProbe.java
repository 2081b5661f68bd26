package io.github.imapichecks.recognition;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import io.github.imapichecks.errorprone.FlagProblems;
import java.util.Optional;
import javax.inject.Inject;

/**
 * A test-only checker that shows what {@link ImapiResultRecognizer} says about the argument of
 * every call to a method named {@code probe}: "result of IDiscMaster.RecordDisc", "result of an
 * unknown method", or nothing at all.
 */
@BugPattern(summary = "Shows what the IMAPI result recognizer says", severity = WARNING)
public final class RecognitionProbe extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {
  private final ImapiResultRecognizer recognizer;

  @Inject
  RecognitionProbe(ErrorProneFlags flags) {
    this.recognizer = ImapiResultRecognizer.fromFlags(flags);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    FlagProblems.report(recognizer.config().problems(), state);
    FlagProblems.reportUnknownBindingTypes(recognizer.config(), state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (tree.getArguments().size() != 1 || !tree.getMethodSelect().toString().endsWith("probe")) {
      return Description.NO_MATCH;
    }
    Optional<ImapiResult> result = recognizer.recognize(tree.getArguments().get(0), state);
    if (result.isEmpty()) {
      return Description.NO_MATCH;
    }
    String origin = result.get().method().map(RecognitionProbe::origin).orElse("an unknown method");
    return buildDescription(tree).setMessage("result of " + origin).build();
  }

  /** The IMAPI method, and the name the code calls it by where that differs. */
  private static String origin(CalledMethod method) {
    String imapi = method.imapi().qualifiedName();
    return method.qualifiedName().equals(imapi)
        ? imapi
        : imapi + " called as " + method.qualifiedName();
  }
}
