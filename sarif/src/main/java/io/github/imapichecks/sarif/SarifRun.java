package io.github.imapichecks.sarif;

import com.google.errorprone.matchers.Description;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileManager;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * One compilation's SARIF output: collects the findings from Error Prone as it reports them, and
 * writes the file when the compilation ends, also when it failed.
 *
 * <p>It never changes the compilation's outcome: anything that goes wrong (bad arguments, no Error
 * Prone, an Error Prone it cannot read, a file it cannot write) is one warning that says what and
 * names the option, and the file is then not written, rather than written wrong. A warning fails
 * the build only where {@code -Werror} makes every warning do so.
 */
final class SarifRun implements TaskListener {
  private static final String PREFIX = "imapi-checks SARIF (-Xplugin:" + SarifPlugin.NAME + "): ";

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private final BasicJavacTask task;
  private final Log log;
  private final SarifOptions options;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<JCCompilationUnit, SourceText> sources = new HashMap<>();

  private boolean hooked;
  private boolean active;
  private Rules rules;
  private FindingReader reader;
  private int failures;
  private Throwable firstFailure;

  private SarifRun(BasicJavacTask task, Log log, SarifOptions options) {
    this.task = task;
    this.log = log;
    this.options = options;
  }

  /** Starts the plugin in {@code task} with its {@code args}. */
  static void start(JavacTask task, String[] args) {
    if (!(task instanceof BasicJavacTask javac)) {
      // Every JavacTask that javac hands its plugins is one; nothing else could report.
      return;
    }
    Log log = Log.instance(javac.getContext());
    try {
      SarifOptions options =
          SarifOptions.parse(args, classOutput(javac), Path.of("").toAbsolutePath());
      javac.addTaskListener(new SarifRun(javac, log, options));
    } catch (IllegalArgumentException e) {
      warn(log, e.getMessage() + "; no SARIF file is written");
    }
  }

  @Override
  public void started(TaskEvent event) {
    // The first event comes after every plugin's init, so Error Prone's analyzer is registered.
    if (!hooked) {
      hooked = true;
      hook();
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.COMPILATION && active) {
      active = false;
      write();
    }
  }

  private void hook() {
    try {
      reader = FindingReader.forRunningErrorProne();
      rules = Rules.load(SarifRun.class.getClassLoader(), options.allFindings());
      if (DescriptionTap.install(task, this::record) == 0) {
        warn(
            log,
            "Error Prone does not run in this compilation, so there are no findings to write: add"
                + " -Xplugin:ErrorProne, and Error Prone to the processor path; no SARIF file is"
                + " written");
        return;
      }
      active = true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      warn(
          log,
          "this Error Prone release is not supported ("
              + e
              + "); no SARIF file is written. Please report it with the Error Prone version.");
    }
  }

  private void record(Description description, JCCompilationUnit unit) {
    if (!active) {
      return;
    }
    try {
      if (!options.allFindings() && !rules.isOurs(description.checkName)) {
        return;
      }
      SourceText source = sources.get(unit);
      if (source == null) {
        source = new SourceText(content(unit));
        sources.put(unit, source);
      }
      findings.add(reader.read(description, unit, source));
    } catch (RuntimeException | LinkageError e) {
      failures++;
      if (firstFailure == null) {
        firstFailure = e;
      }
    }
  }

  private void write() {
    if (failures > 0) {
      warn(
          log,
          failures
              + " finding(s) could not be read and are missing from "
              + options.output()
              + "; the first failed with "
              + firstFailure);
    }
    try {
      Path parent = options.output().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          options.output(),
          GSON.toJson(SarifLog.of(findings, rules, options.sourceRoot())) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      warn(
          log,
          "cannot write the SARIF file "
              + SarifOptions.OUTPUT
              + "="
              + options.output()
              + " ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); set "
              + SarifOptions.OUTPUT
              + "=<file> to a path javac can write");
    }
  }

  private static CharSequence content(JCCompilationUnit unit) {
    try {
      return unit.getSourceFile().getCharContent(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** javac's class output directory ({@code -d}), or null where the file manager has none. */
  private static Path classOutput(BasicJavacTask task) {
    try {
      if (task.getContext().get(JavaFileManager.class) instanceof StandardJavaFileManager files) {
        Iterable<? extends Path> paths = files.getLocationAsPaths(StandardLocation.CLASS_OUTPUT);
        Iterator<? extends Path> first = paths == null ? null : paths.iterator();
        return first != null && first.hasNext() ? first.next().toAbsolutePath() : null;
      }
    } catch (RuntimeException e) {
      // A class output that is not a directory on disk (IllegalStateException), or a file
      // manager that fails to say (Compile Testing's in-memory one throws a NullPointerException):
      // the user must name the file.
    }
    return null;
  }

  private static void warn(Log log, String message) {
    // javac's own key for a message from a processor, which prints its one argument; named here
    // rather than through CompilerProperties, whose package users' builds do not open.
    log.warning(new JCDiagnostic.Warning("compiler", "proc.messager", PREFIX + message));
  }
}
