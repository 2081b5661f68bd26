package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness on large real code: every imapi-check over JNA platform's sources (246 files, 142,000
 * lines of HRESULT-heavy Windows bindings), which call no IMAPI method. The checks must report
 * nothing there and throw nothing: an exception in a check fails a user's build. The sources and
 * JNA itself are laid out in target/corpus by the build (checks/pom.xml).
 */
final class JnaPlatformTest {
  private static final Path CORPUS = Path.of("target/corpus");

  @Test
  void everyCheckIsSilentAndNothingThrowsOnJnaPlatform(@TempDir Path classes) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(CORPUS.resolve("jna-platform"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
    }
    assertTrue(sources.size() > 200, () -> "JNA platform's sources are missing: " + CORPUS);

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            sources,
            CORPUS.resolve("jna.jar").toString(),
            classes,
            ImapiCompilation.withOracle(ImapiCompilation.registered()),
            List.of("--release", "17"));

    assertFalse(outcome.crashed(), outcome::describe);
    assertEquals(List.of(), outcome.errors(), outcome::describe);
    assertEquals(List.of(), outcome.findings("[Imapi"), outcome::describe);
    assertEquals(List.of(), outcome.findings("recognizer mismatch"), outcome::describe);
  }
}
