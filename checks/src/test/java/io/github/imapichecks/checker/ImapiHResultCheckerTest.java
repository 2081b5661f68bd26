package io.github.imapichecks.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imapichecks.checker.DiagnosticComments.Expected;
import io.github.imapichecks.checker.DiagnosticComments.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the checker over each directory of {@code src/test/checker}: every diagnostic must be
 * announced by a {@code // :: error: (key)} comment on the line before, and every announced one
 * reported.
 */
final class ImapiHResultCheckerTest {
  /** The test sources, one directory per subject, as the Checker Framework's own tests are laid. */
  static final Path TESTS = Path.of("src/test/checker");

  static Stream<String> directories() {
    try (Stream<Path> dirs = Files.list(TESTS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directories")
  void reportsExactlyTheAnnouncedDiagnostics(String directory, @TempDir Path work) {
    Path dir = TESTS.resolve(directory);
    Outcome outcome = DiagnosticComments.compile(dir, new ImapiHResultChecker(), work);
    Comparator<Expected> order =
        Comparator.comparing(Expected::file)
            .thenComparingLong(Expected::line)
            .thenComparing(Expected::key);
    List<Expected> expected = DiagnosticComments.announced(dir).stream().sorted(order).toList();
    List<Expected> actual = outcome.diagnostics().stream().sorted(order).toList();
    assertEquals(
        DiagnosticComments.listing(expected),
        DiagnosticComments.listing(actual),
        () ->
            "diagnostics differ; the compiler said:"
                + DiagnosticComments.listing(outcome.messages()));
  }

  @Test
  void theCheckerFrameworksSuppressWarningsOptionSilencesIt(@TempDir Path work) {
    Outcome outcome =
        DiagnosticComments.compile(
            TESTS.resolve("comparison"),
            new ImapiHResultChecker(),
            work,
            "-AsuppressWarnings=imapihresult");
    assertEquals(List.of(), outcome.messages());
  }
}
