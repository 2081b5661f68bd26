package io.github.imapichecks.errorprone;

import com.google.errorprone.BugCheckerInfo;
import com.google.errorprone.ErrorProneJavaCompiler;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.ScannerSupplier;
import io.github.imapichecks.recognition.RecognitionOracle;
import io.github.imapichecks.usage.SuccessGuardsOracle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with Error Prone and every registered imapi-check at WARN, as a user's build
 * does, and keeps what happened: the diagnostics, and any exception a check let escape.
 */
final class ImapiCompilation {
  private ImapiCompilation() {}

  /**
   * Every imapi-check the jar registers, found as Error Prone finds plugin checks, so that checks
   * added later are covered without a change here.
   */
  static List<Class<? extends BugChecker>> registered() {
    return ServiceLoader.load(BugChecker.class).stream()
        .map(ServiceLoader.Provider::type)
        .filter(type -> type.getPackageName().equals("io.github.imapichecks.errorprone"))
        .collect(Collectors.toList());
  }

  /**
   * {@code checks}, {@link RecognitionOracle} and {@link SuccessGuardsOracle}, which report
   * "recognizer mismatch" wherever the recognizer's answers from declarations, or the success
   * guards' answers from syntax, differ from the dataflow analysis's.
   */
  static List<Class<? extends BugChecker>> withOracle(List<Class<? extends BugChecker>> checks) {
    List<Class<? extends BugChecker>> all = new ArrayList<>(checks);
    all.add(RecognitionOracle.class);
    all.add(SuccessGuardsOracle.class);
    return all;
  }

  /** What one compilation reported, and the exception it threw, if it threw one. */
  record Outcome(List<Diagnostic<? extends JavaFileObject>> diagnostics, Throwable thrown) {
    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .collect(Collectors.toList());
    }

    List<Diagnostic<? extends JavaFileObject>> findings(String fragment) {
      return diagnostics.stream()
          .filter(d -> d.getMessage(Locale.ROOT).contains(fragment))
          .collect(Collectors.toList());
    }

    /**
     * Whether a check crashed: javac reports a crash as "An exception has occurred in the
     * compiler", Error Prone an exception from a check as "An unhandled exception was thrown by the
     * Error Prone static analysis plugin"; or the task threw.
     */
    boolean crashed() {
      return thrown != null
          || diagnostics.stream()
              .map(d -> d.getMessage(Locale.ROOT))
              .anyMatch(
                  m ->
                      m.contains("An exception has occurred in the compiler")
                          || m.contains("An unhandled exception was thrown"));
    }

    String describe() {
      StringBuilder text = new StringBuilder();
      if (thrown != null) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(trace));
        text.append(trace).append('\n');
      }
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        text.append(d.getKind())
            .append(' ')
            .append(d.getSource() == null ? "" : d.getSource().getName())
            .append(':')
            .append(d.getLineNumber())
            .append(": ")
            .append(d.getMessage(Locale.ROOT))
            .append('\n');
      }
      return text.toString();
    }
  }

  /**
   * Compiles {@code sources} against {@code classpath} into {@code classes} with {@code checks}
   * enabled at WARN.
   */
  static Outcome compile(
      List<Path> sources,
      String classpath,
      Path classes,
      List<Class<? extends BugChecker>> checks,
      List<String> extraOptions) {
    List<String> options = new ArrayList<>();
    options.addAll(List.of("-d", classes.toString(), "-classpath", classpath));
    options.addAll(List.of("-encoding", "UTF-8", "-XDcompilePolicy=simple"));
    // As users configure it: the checks also run over code that has errors.
    options.add("--should-stop=ifError=FLOW");
    // Every finding as a warning: an ERROR-level finding must not stop the compilation early.
    for (Class<? extends BugChecker> check : checks) {
      options.add("-Xep:" + BugCheckerInfo.create(check).canonicalName() + ":WARN");
    }
    options.addAll(extraOptions);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Throwable thrown = null;
    try (StandardJavaFileManager files =
        ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, Locale.ROOT, null)) {
      try {
        new ErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(checks))
            .getTask(
                null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
            .call();
      } catch (RuntimeException | Error e) {
        thrown = e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(diagnostics.getDiagnostics(), thrown);
  }
}
