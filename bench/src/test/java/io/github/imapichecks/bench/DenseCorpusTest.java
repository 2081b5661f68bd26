package io.github.imapichecks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus is valid Java: a benchmark of code that does not compile measures little.
 */
final class DenseCorpusTest {
  @Test
  void everyIdiomCompiles(@TempDir Path root) throws IOException {
    // Enough classes that every idiom lands in every position at least once.
    DenseCorpus.write(root, 3);
    compiles(root);
  }

  @Test
  void theCorrectIdiomsCompile(@TempDir Path root) throws IOException {
    DenseCorpus.write(root, 3, false);
    compiles(root);
  }

  private static void compiles(Path root) throws IOException {
    compile(root, List.of());
  }

  static List<Diagnostic<? extends JavaFileObject>> compile(Path root, List<String> extraOptions)
      throws IOException {
    List<Path> sources = Corpus.javaFiles(root);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>();
      options.addAll(List.of("-d", Files.createDirectories(root.resolve("classes")).toString()));
      options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
      options.addAll(extraOptions);
      boolean compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      assertTrue(compiled, () -> diagnostics.getDiagnostics().toString());
    }
    assertEquals(
        List.of(),
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList());
    return diagnostics.getDiagnostics();
  }

  /**
   * The corpus gives the checks the work it claims: the correct idioms draw no finding, and the
   * buggy ones draw findings from every check. Compiled as the benchmark compiles it, with Error
   * Prone and every registered imapi-check, from this module's test classpath.
   */
  @Test
  void theCorrectIdiomsDrawNoFindingAndTheBuggyOnesDrawEveryCheck(@TempDir Path root)
      throws IOException {
    DenseCorpus.write(root.resolve("clean"), 2, false);
    assertEquals(Map.of(), findingsByCheck(root.resolve("clean")));

    DenseCorpus.write(root.resolve("buggy"), 2);
    assertEquals(Set.copyOf(registeredChecks()), findingsByCheck(root.resolve("buggy")).keySet());
  }

  /** The imapi-checks on this module's test classpath, which holds Error Prone too. */
  private static List<String> registeredChecks() throws IOException {
    return ImapiBuild.registeredChecks(testClasspath());
  }

  static List<Path> testClasspath() {
    return Splitter.on(File.pathSeparator)
        .splitToStream(System.getProperty("java.class.path"))
        .map(Path::of)
        .toList();
  }

  static Map<String, Long> findingsByCheck(Path root) throws IOException {
    List<Diagnostic<? extends JavaFileObject>> diagnostics =
        compile(
            root,
            List.of(
                "-XDcompilePolicy=simple",
                "--should-stop=ifError=FLOW",
                // Error Prone finds plugin checks on the processor path.
                "-processorpath",
                System.getProperty("java.class.path"),
                Config.EP_OFF_IMAPI.errorPronePlugin(registeredChecks()),
                "-Xmaxwarns",
                "100000"));
    Pattern check = Pattern.compile("^\\[(Imapi\\w+)\\]");
    return diagnostics.stream()
        .map(d -> check.matcher(d.getMessage(Locale.ROOT)))
        .filter(Matcher::find)
        .collect(Collectors.groupingBy(m -> m.group(1), TreeMap::new, Collectors.counting()));
  }

  @Test
  void sizeIsCountedInClientClasses(@TempDir Path root) throws IOException {
    DenseCorpus.write(root, 4);
    long clients =
        Corpus.javaFiles(root).stream()
            .filter(file -> file.getFileName().toString().startsWith("Client"))
            .count();
    assertEquals(4, clients);
    String client = DenseCorpus.client(0);
    for (int m = 0; m < DenseCorpus.METHODS_PER_CLASS; m++) {
      assertTrue(client.contains(m + "("), "method " + m);
    }
  }

  @Test
  void optionsAreParsed() {
    Bench.Options options =
        Bench.Options.parse(
            new String[] {"--runs", "5", "--corpora", "dense-1x", "--configs", "ep-off,cf-imapi"});
    assertEquals(5, options.runs());
    assertEquals(List.of("dense-1x"), options.corpora());
    assertEquals(List.of(Config.EP_OFF, Config.CF_IMAPI), options.configs());
  }
}
