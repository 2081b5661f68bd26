package io.github.imapichecks.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import io.github.imapichecks.recognition.ImapiUnits;
import java.util.List;

/**
 * What every imapi-check shares: the result recognizer, configured by the shared {@code
 * -XepOpt:Imapi:...} flags, and the report of malformed flag values at the first compilation unit.
 */
abstract class ImapiBugChecker extends BugChecker implements CompilationUnitTreeMatcher {
  /** Where each check's documentation page lives: the base of every diagnostic's link. */
  static final String DOCS = ProjectLinks.FILES + "docs/checks/";

  /** The name under which {@code @SuppressWarnings} silences every imapi-check at once. */
  static final String SUPPRESS_ALL = "imapihresult";

  private final ImapiResultRecognizer recognizer;

  ImapiBugChecker(ErrorProneFlags flags) {
    this.recognizer = ImapiResultRecognizer.fromFlags(flags);
  }

  final ImapiResultRecognizer recognizer() {
    return recognizer;
  }

  /**
   * Whether the compilation unit around {@code state}'s path can hold no IMAPI result, so that no
   * check has anything to say in it: decided once per unit ({@link ImapiUnits}).
   */
  final boolean skips(VisitorState state) {
    return !ImapiUnits.mayHoldResults(
        state.getPath().getCompilationUnit(), recognizer.config().bindingTypes(), state.context);
  }

  /** What is wrong with this check's own flags; checks with flags override this. */
  List<String> ownFlagProblems() {
    return List.of();
  }

  @Override
  public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    FlagProblems.report(recognizer.config().problems(), state);
    FlagProblems.reportUnknownBindingTypes(recognizer.config(), state);
    FlagProblems.report(ownFlagProblems(), state);
    return Description.NO_MATCH;
  }
}
