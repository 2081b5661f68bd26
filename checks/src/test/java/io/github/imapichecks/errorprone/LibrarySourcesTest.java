package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Robustness on large real code: every imapi-check over the sources of the libraries users reach
 * IMAPI through, which call no IMAPI method themselves but are full of HRESULTs, COM exceptions and
 * late-bound calls. The checks must report nothing there and throw nothing: an exception in a check
 * fails a user's build. The sources, and the jars they compile against, are laid out in
 * target/corpus by the build (checks/pom.xml).
 */
final class LibrarySourcesTest {
  private static final Path CORPUS = Path.of("target/corpus");

  /** A library whose sources are unpacked in {@code target/corpus/<directory>}. */
  enum Library {
    /** JNA platform 5.19.1: 246 files, 142,000 lines of HRESULT-heavy Windows bindings. */
    JNA_PLATFORM("jna-platform", 240, "jna.jar"),
    /**
     * com4j 2.1's runtime: 57 files, 6,700 lines; {@code Com4jObject}, {@code ComException} and its
     * {@code getHRESULT()}, the types of every com4j-generated IMAPI v2 interface.
     */
    COM4J("com4j", 55),
    /**
     * JACOB 1.14.3: 28 files, 8,400 lines; {@code Dispatch.call/get/put}, {@code ComFailException}
     * and its {@code getHResult()}.
     */
    JACOB("jacob", 25);

    final String directory;
    final int minimumFiles;
    final List<String> jars;

    Library(String directory, int minimumFiles, String... jars) {
      this.directory = directory;
      this.minimumFiles = minimumFiles;
      this.jars = List.of(jars);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Library.class)
  void everyCheckIsSilentAndNothingThrows(Library library, @TempDir Path classes)
      throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(CORPUS.resolve(library.directory))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
    }
    assertTrue(
        sources.size() >= library.minimumFiles,
        () -> library + "'s sources are missing: " + CORPUS.resolve(library.directory));

    // A library that needs nothing but the JDK gets the empty output directory as its class path:
    // an empty -classpath would mean the working directory to javac.
    String classpath =
        library.jars.isEmpty()
            ? classes.toString()
            : library.jars.stream()
                .map(jar -> CORPUS.resolve(jar).toString())
                .collect(Collectors.joining(File.pathSeparator));
    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            sources,
            classpath,
            classes,
            ImapiCompilation.withOracle(ImapiCompilation.registered()),
            List.of("--release", "17"));

    assertFalse(outcome.crashed(), outcome::describe);
    assertEquals(List.of(), outcome.errors(), outcome::describe);
    assertEquals(List.of(), outcome.findings("[Imapi"), outcome::describe);
    assertEquals(List.of(), outcome.findings("recognizer mismatch"), outcome::describe);
  }
}
