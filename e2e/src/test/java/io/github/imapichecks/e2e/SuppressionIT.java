package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @SuppressWarnings("<CheckName>")} on a class, method, field or local variable silences
 * exactly that check there, and {@code @SuppressWarnings("imapihresult")} every imapi-check, on
 * e2e/src/test/fixtures/suppression.
 */
final class SuppressionIT {
  private static final Path FIXTURE = UserBuild.FIXTURES.resolve("suppression");
  private static final Path SOURCE = FIXTURE.resolve("fixture/Suppressions.java");

  /** The name every imapi-check answers to. */
  static final String EVERY_CHECK = "imapihresult";

  /** The declarations {@code @SuppressWarnings} sits on, as the fixture marks them. */
  enum Declaration {
    CLASS,
    METHOD,
    FIELD,
    LOCAL
  }

  /**
   * Where a check can report nothing to suppress: ImapiMisdefinedConstant judges fields and enum
   * constants, which neither a method body nor a local variable declares.
   */
  private static final Map<String, Set<Declaration>> NOTHING_TO_SUPPRESS =
      Map.of("ImapiMisdefinedConstant", Set.of(Declaration.METHOD, Declaration.LOCAL));

  private static Result unsuppressed;

  static synchronized Result unsuppressed() {
    if (unsuppressed == null) {
      unsuppressed = UserBuild.compile(FIXTURE, UserBuild.options("-Xplugin:ErrorProne"));
    }
    return unsuppressed;
  }

  static Stream<Arguments> namesAndDeclarations() {
    List<String> names = new ArrayList<>(RegisteredChecks.names().stream().sorted().toList());
    names.add(EVERY_CHECK);
    return names.stream()
        .flatMap(name -> Stream.of(Declaration.values()).map(on -> arguments(name, on)));
  }

  @Test
  void theFixtureHasFindingsOfEveryCheckInsideAndOutsideTheRegions() {
    Result result = unsuppressed();
    for (String check : RegisteredChecks.names()) {
      assertTrue(
          result.findings().stream().anyMatch(f -> f.check().equals(check) && !inAnyRegion(f)),
          () -> "add a bug of " + check + " outside the regions of " + SOURCE);
    }
  }

  @ParameterizedTest(name = "@SuppressWarnings(\"{0}\") on a {1}")
  @MethodSource("namesAndDeclarations")
  void silencesExactlyItsChecksInThatDeclaration(String name, Declaration on, @TempDir Path work)
      throws IOException {
    Set<String> silenced = name.equals(EVERY_CHECK) ? RegisteredChecks.names() : Set.of(name);
    Predicate<Finding> goes = f -> silenced.contains(f.check()) && inRegion(f, on);

    UserBuild.copyTree(FIXTURE, work);
    Path copy = work.resolve(FIXTURE.relativize(SOURCE).toString());
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(copy, UTF_8)) {
      lines.add(
          line.strip().equals("// @suppress " + on)
              ? line.replace("// @suppress " + on, "@SuppressWarnings(\"" + name + "\")")
              : line);
    }
    Files.write(copy, lines, UTF_8);
    Result result = UserBuild.compile(work, UserBuild.options("-Xplugin:ErrorProne"));

    List<String> before = unsuppressed().findings().stream().map(Finding::golden).toList();
    List<String> expected =
        unsuppressed().findings().stream().filter(goes.negate()).map(Finding::golden).toList();
    assertEquals(
        expected,
        result.findings().stream().map(Finding::golden).toList(),
        () -> "before suppression: " + before);
    if (!NOTHING_TO_SUPPRESS.getOrDefault(name, Set.of()).contains(on)) {
      assertFalse(
          unsuppressed().findings().stream().noneMatch(goes),
          () ->
              "the test proves nothing: add a bug of "
                  + name
                  + " inside a \"// @suppress "
                  + on
                  + "\" region of "
                  + SOURCE);
    }
  }

  private static boolean inAnyRegion(Finding finding) {
    return Stream.of(Declaration.values()).anyMatch(on -> inRegion(finding, on));
  }

  /** Whether {@code finding} lies between a "// @suppress on" line and the next "// @end". */
  private static boolean inRegion(Finding finding, Declaration on) {
    List<String> lines = fixtureLines();
    long marker = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      long number = i + 1;
      if (line.equals("// @suppress " + on)) {
        marker = number;
      } else if (line.equals("// @end")) {
        if (marker > 0 && finding.line() > marker && finding.line() < number) {
          return true;
        }
        marker = -1;
      }
    }
    return false;
  }

  private static List<String> fixtureLines() {
    try {
      return Files.readAllLines(SOURCE, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
