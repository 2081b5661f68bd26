package io.github.imapichecks.sarif;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac run through {@code javax.tools} on files on disk, with this JVM's classpath as the
 * processor path: Error Prone, the plugin and the test's {@link SarifDemo} check.
 */
final class Javac {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private Javac() {}

  /** What javac said and whether it succeeded. */
  record Run(boolean succeeded, List<String> diagnostics, String output) {
    List<String> warnings() {
      return diagnostics.stream().filter(d -> d.startsWith("WARNING ")).toList();
    }

    /** The diagnostics of the plugin itself. */
    List<String> pluginWarnings() {
      return diagnostics.stream().filter(d -> d.contains("imapi-checks SARIF")).toList();
    }
  }

  /** Javac's options for Error Prone with {@code errorProne} as its arguments. */
  static List<String> errorProne(String errorProne) {
    List<String> options = new ArrayList<>();
    // Error Prone looks for plugin checks on the processor path only, never on the classpath.
    options.addAll(List.of("-processorpath", System.getProperty("java.class.path")));
    // Error Prone must see each class fully attributed before the next.
    options.add("-XDcompilePolicy=simple");
    // Let Error Prone's flow-phase checks run although an earlier file has errors.
    options.add("--should-stop=ifError=FLOW");
    options.add("-Xplugin:ErrorProne " + errorProne);
    return options;
  }

  static Run compile(Path sources, List<String> options) {
    StandardJavaFileManager files = JAVAC.getStandardFileManager(null, Locale.ROOT, UTF_8);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    boolean succeeded =
        JAVAC
            .getTask(
                out,
                files,
                collector,
                options,
                null,
                files.getJavaFileObjectsFromPaths(javaFiles(sources)))
            .call();
    List<String> diagnostics =
        collector.getDiagnostics().stream().map(Javac::describe).collect(Collectors.toList());
    return new Run(succeeded, diagnostics, out.toString());
  }

  static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind()
        + " "
        + (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName())
        + ":"
        + d.getLineNumber()
        + ":"
        + d.getColumnNumber()
        + " "
        + d.getMessage(Locale.ROOT);
  }

  static Path write(Path root, String file, String text) {
    try {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      return Files.writeString(path, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
