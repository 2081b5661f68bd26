package io.github.imapichecks.model;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * Reports malformed {@code -XepOpt} values as compilation errors, each once per compilation,
 * however many checks read the flag: "error: -XepOpt:Imapi:BindingTypes=com.acme.: 'com.acme.' is
 * not a fully qualified type name; ...". The build fails with that message instead of a compiler
 * crash report.
 */
public final class FlagProblems {
  private static final Context.Key<FlagProblems> KEY = new Context.Key<>();

  private final Set<String> reported = new HashSet<>();

  private FlagProblems() {}

  /** Reports each of {@code problems} not yet reported in this compilation as an error. */
  public static void report(List<String> problems, VisitorState state) {
    if (problems.isEmpty()) {
      return;
    }
    FlagProblems instance = state.context.get(KEY);
    if (instance == null) {
      instance = new FlagProblems();
      state.context.put(KEY, instance);
    }
    for (String problem : problems) {
      if (instance.reported.add(problem)) {
        JavacProcessingEnvironment.instance(state.context)
            .getMessager()
            .printMessage(Diagnostic.Kind.ERROR, problem);
      }
    }
  }
}
