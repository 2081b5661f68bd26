package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac run through {@code javax.tools}, as IDEs and build tools run it, with a user's processor
 * path: the imapi-checks jar and Error Prone with their dependencies. Maven resolves both paths and
 * hands them over in system properties (see e2e/pom.xml); neither is on this JVM's classpath.
 */
final class UserBuild {
  /** The repository's root directory. */
  static final Path ROOT = Path.of(property("imapi.e2e.root")).toAbsolutePath().normalize();

  static final Path TESTDATA = ROOT.resolve("testdata");

  /** The sample client's correct part, which must build clean with every check at ERROR. */
  static final Path CORRECT_SOURCES = TESTDATA.resolve("src/main/java");

  /** The sample client's classic bugs. */
  static final Path BUGGY_SOURCES = TESTDATA.resolve("src/buggy/java");

  /** The findings the buggy part must produce, one per line. */
  static final Path GOLDEN = TESTDATA.resolve("src/buggy/golden-findings.txt");

  /** The end-to-end tests' own sources to compile. */
  static final Path FIXTURES = ROOT.resolve("e2e/src/test/fixtures");

  static final Path DOCS = ROOT.resolve("docs/checks");

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private UserBuild() {}

  /** The packaged checks jar, as the reactor built it. */
  static Path checksJar() {
    return Path.of(property("imapi.e2e.checksJar"));
  }

  /** imapi-checks and Error Prone with their dependencies. */
  static List<File> processorPath() {
    return files(property("imapi.e2e.processorPath"));
  }

  /** What the sample client compiles against (imapi-annotations, JNA), and its own classes. */
  static List<File> userClasspath() {
    return files(property("imapi.e2e.userClasspath"));
  }

  /** The Error Prone version on the processor path. */
  static String errorProneVersion() {
    return property("imapi.e2e.errorProneVersion");
  }

  /**
   * javac's options for a compilation with Error Prone, whose own arguments are {@code plugin}
   * ({@code -Xplugin:ErrorProne ...}).
   */
  static List<String> options(String plugin) {
    List<String> options = new ArrayList<>();
    // The sample is Java 17 code, compiled with --release 17 as testdata/pom.xml does.
    options.addAll(List.of("--release", "17"));
    // Error Prone must see each class fully attributed before the next.
    options.add("-XDcompilePolicy=simple");
    // Let Error Prone's flow-phase checks run although an earlier file has errors.
    options.add("--should-stop=ifError=FLOW");
    if (Runtime.version().feature() >= 21) {
      // Newer Error Prone refuses to run on JDK 21 without it (type annotations on symbols read
      // from class files); later JDKs do this by default.
      options.add("-XDaddTypeAnnotationsToSymbol=true");
    }
    options.add(plugin);
    return options;
  }

  /** Compiles every Java file under {@code sourceRoot} with the user's processor path. */
  static Result compile(Path sourceRoot, List<String> options) {
    return compile(sourceRoot, options, processorPath());
  }

  /** Compiles every Java file under {@code sourceRoot} with {@code processorPath}. */
  static Result compile(Path sourceRoot, List<String> options, List<File> processorPath) {
    // Files on disk, as a build compiles them: Error Prone reads their URIs, patches write them.
    StandardJavaFileManager files = JAVAC.getStandardFileManager(null, Locale.ROOT, UTF_8);
    Compilation compilation =
        Compiler.javac()
            .withAnnotationProcessorPath(processorPath)
            .withClasspath(userClasspath())
            .withOptions(options)
            .compile(files.getJavaFileObjectsFromPaths(javaFiles(sourceRoot)));
    return new Result(sourceRoot, compilation);
  }

  /** The Java files under {@code root}, in a stable order. */
  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the tree at {@code from} into {@code to}. */
  static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<File> files(String path) {
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(File::new)
        .collect(Collectors.toList());
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run these tests through Maven (mvn verify)");
    }
    return value;
  }
}
