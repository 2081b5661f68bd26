package io.github.imapichecks.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import io.github.imapichecks.recognition.ImapiConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Reports problems with {@code -XepOpt} values, each once per compilation, however many checks read
 * the flag. A malformed value is an error: "error: -XepOpt:Imapi:BindingTypes=com.acme.:
 * 'com.acme.' is not a fully qualified type name; ...", and the build fails with that message
 * instead of a compiler crash report. A binding type that names no type the compilation can see is
 * a warning: the build is right, but nothing is recognized through that entry.
 */
public final class FlagProblems {
  private static final Context.Key<FlagProblems> KEY = new Context.Key<>();

  private final Set<String> reported = new HashSet<>();
  private final Set<String> lookedUp = new HashSet<>();

  private FlagProblems() {}

  /** Reports each of {@code problems} not yet reported in this compilation as an error. */
  public static void report(List<String> problems, VisitorState state) {
    if (problems.isEmpty()) {
      return;
    }
    FlagProblems instance = instance(state);
    for (String problem : problems) {
      if (instance.reported.add(problem)) {
        print(Diagnostic.Kind.ERROR, problem, state);
      }
    }
  }

  /**
   * Warns about each of {@code config}'s binding types that names no class or interface on the
   * compilation's classpath or among its sources, looking each name up once per compilation. Called
   * when a check meets a compilation unit, after every source has been entered.
   */
  public static void reportUnknownBindingTypes(ImapiConfig config, VisitorState state) {
    if (config.bindingTypes().isEmpty()) {
      return;
    }
    FlagProblems instance = instance(state);
    Elements elements = JavacProcessingEnvironment.instance(state.context).getElementUtils();
    for (String name : config.bindingTypes()) {
      if (instance.lookedUp.add(name) && elements.getTypeElement(name) == null) {
        String dotted = name.replace('$', '.');
        Optional<String> canonical =
            !dotted.equals(name) && elements.getTypeElement(dotted) != null
                ? Optional.of(dotted)
                : Optional.empty();
        print(Diagnostic.Kind.WARNING, config.unknownBindingType(name, canonical), state);
      }
    }
  }

  private static FlagProblems instance(VisitorState state) {
    FlagProblems instance = state.context.get(KEY);
    if (instance == null) {
      instance = new FlagProblems();
      state.context.put(KEY, instance);
    }
    return instance;
  }

  /**
   * Prints {@code message} with no source file, as javac prints problems with its own options: the
   * flag is wrong, not the file that happened to be analyzed first.
   */
  private static void print(Diagnostic.Kind kind, String message, VisitorState state) {
    Log log = Log.instance(state.context);
    JavaFileObject analyzed = log.useSource(null);
    try {
      JavacProcessingEnvironment.instance(state.context).getMessager().printMessage(kind, message);
    } finally {
      log.useSource(analyzed);
    }
  }
}
