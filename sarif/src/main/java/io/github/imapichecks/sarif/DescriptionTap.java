package io.github.imapichecks.sarif;

import com.google.errorprone.DescriptionListener;
import com.google.errorprone.ErrorProneAnalyzer;
import com.google.errorprone.matchers.Description;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.Log;
import java.lang.reflect.Field;

/**
 * Hands every description that Error Prone reports to a {@link Recorder} as well, after Error Prone
 * has reported it as usual.
 *
 * <p>A description is the whole finding: the check, the severity after {@code -Xep} overrides, the
 * range of the code it describes and the fixes as replacements. javac's diagnostic, the only other
 * trace of it, holds the message and a position only (since Error Prone 2.43, a single point), and
 * shows the first fix as a line of text. Error Prone offers no hook for its description listener,
 * so this one replaces the listener factory of Error Prone's analyzer with one that wraps it.
 *
 * <p>Limitation: the factory is a private field of {@code ErrorProneAnalyzer}, the same in every
 * release from 2.42 to 2.52; when a release renames it, {@link #install} throws and no SARIF file
 * is written, with a warning that says so.
 */
final class DescriptionTap {
  /** Where the descriptions go. */
  interface Recorder {
    /** {@code description} was reported in {@code unit}. Must not throw. */
    void record(Description description, JCCompilationUnit unit);
  }

  private DescriptionTap() {}

  /**
   * Wraps the description listeners of every Error Prone analyzer registered with {@code task}.
   *
   * @return how many analyzers were found: 0 when Error Prone does not run
   */
  static int install(BasicJavacTask task, Recorder recorder) throws ReflectiveOperationException {
    int tapped = 0;
    for (TaskListener listener : task.getTaskListeners()) {
      if (listener instanceof ErrorProneAnalyzer analyzer) {
        Field field = ErrorProneAnalyzer.class.getDeclaredField("descriptionListenerFactory");
        field.setAccessible(true);
        DescriptionListener.Factory original = (DescriptionListener.Factory) field.get(analyzer);
        field.set(analyzer, new Tee(original, recorder));
        tapped++;
      }
    }
    return tapped;
  }

  /** A factory whose listeners report through Error Prone's, then record. */
  private record Tee(DescriptionListener.Factory original, Recorder recorder)
      implements DescriptionListener.Factory {
    @Override
    public DescriptionListener getDescriptionListener(Log log, JCCompilationUnit unit) {
      DescriptionListener reporting = original.getDescriptionListener(log, unit);
      return description -> {
        reporting.onDescribed(description);
        recorder.record(description, unit);
      };
    }
  }
}
