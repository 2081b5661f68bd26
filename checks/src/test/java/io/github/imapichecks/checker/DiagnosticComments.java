package io.github.imapichecks.checker;

import static java.util.stream.Collectors.joining;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Checker Framework's test convention for one directory of Java sources: a comment line {@code
 * // :: error: (key)} announces a diagnostic with that message key on the next line that is not
 * such a comment; several may share a line, {@code // :: error: (a) :: warning: (b)}. The
 * directory's files are compiled together with the checker, and every diagnostic must be announced
 * and every announced one reported, each at its file and line.
 *
 * <p>Java files under the directory's {@code lib/} folder are compiled first without the checker,
 * and the checker meets them only as class files, as it meets a binding library from a jar.
 */
final class DiagnosticComments {
  private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*//\\s*::(.*)$");
  private static final Pattern ANNOUNCED = Pattern.compile("(error|warning):\\s*\\(([^)]+)\\)");
  private static final Pattern KEY = Pattern.compile("^\\[([^\\]]+)\\]");

  private DiagnosticComments() {}

  /** One diagnostic: where, of which kind, and its message key. */
  record Expected(String file, long line, String kind, String key) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + kind + ": (" + key + ")";
    }
  }

  /** What the compiler said: the diagnostics, and the full text of each for inspection. */
  record Outcome(List<Expected> diagnostics, List<String> messages, boolean success) {}

  /** The diagnostics the comments in {@code directory}'s own Java files announce, in order. */
  static List<Expected> announced(Path directory) {
    List<Expected> expected = new ArrayList<>();
    for (Path file : sources(directory)) {
      List<String> lines = read(file);
      List<Expected> pending = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Matcher comment = COMMENT_LINE.matcher(lines.get(i));
        if (comment.matches()) {
          Matcher announced = ANNOUNCED.matcher(comment.group(1));
          while (announced.find()) {
            pending.add(
                new Expected(
                    file.getFileName().toString(), 0, announced.group(1), announced.group(2)));
          }
          continue;
        }
        for (Expected e : pending) {
          expected.add(new Expected(e.file(), i + 1, e.kind(), e.key()));
        }
        pending.clear();
      }
    }
    return expected;
  }

  /** Compiles {@code directory} with {@code checker} and returns what the compiler reported. */
  static Outcome compile(Path directory, Processor checker, Path workDir, String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");
    Path lib = directory.resolve("lib");
    if (Files.isDirectory(lib)) {
      Path libClasses = workDir.resolve("lib-classes");
      Outcome library = run(javac, allSources(lib), null, classpath, libClasses, List.of());
      if (!library.success()) {
        throw new AssertionError("the library in " + lib + " does not compile: " + library);
      }
      classpath = libClasses + File.pathSeparator + classpath;
    }
    return run(
        javac,
        sources(directory),
        checker,
        classpath,
        workDir.resolve("classes"),
        List.of(options));
  }

  private static Outcome run(
      JavaCompiler javac,
      List<Path> files,
      Processor processor,
      String classpath,
      Path output,
      List<String> extraOptions) {
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      Files.createDirectories(output);
      List<String> options = new ArrayList<>();
      options.addAll(List.of("-classpath", classpath, "-d", output.toString()));
      if (processor == null) {
        options.add("-proc:none");
      }
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fileManager,
              collector,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      boolean success = task.call();
      List<Expected> diagnostics = new ArrayList<>();
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        String message = d.getMessage(Locale.ROOT);
        if (d.getKind() == Diagnostic.Kind.NOTE) {
          continue;
        }
        Matcher key = KEY.matcher(message);
        String file =
            d.getSource() == null
                ? "<none>"
                : Path.of(d.getSource().toUri()).getFileName().toString();
        diagnostics.add(
            new Expected(
                file,
                d.getLineNumber(),
                d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning",
                key.find() ? key.group(1) : "javac " + d.getCode()));
        messages.add(file + ":" + d.getLineNumber() + ": " + message);
      }
      return new Outcome(diagnostics, messages, success);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java files directly in {@code directory}, sorted. */
  static List<Path> sources(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> allSources(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A listing for assertion messages, one diagnostic a line. */
  static String listing(List<?> items) {
    return items.stream().map(Object::toString).collect(joining("\n  ", "\n  ", "\n"));
  }
}
