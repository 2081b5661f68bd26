package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample client in testdata, compiled as testdata/pom.xml compiles it: the correct part builds
 * clean with every registered check at ERROR, and the buggy part's findings are exactly those of
 * the golden list testdata/src/buggy/golden-findings.txt.
 */
final class SampleIT {
  static final String REGENERATE = "mvn -B verify -DupdateGolden";

  private static final String HEADER =
      """
      # The imapi-checks' findings on testdata/src/buggy/java, compiled as testdata/pom.xml's
      # compile-buggy-sample execution compiles it: file:line:column, the check, and the source text
      # the diagnostic underlines. e2e's SampleIT fails the build on any difference.
      # After changing a check or the sample, regenerate this list and review its diff:
      #   %s
      """
          .formatted(REGENERATE);

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingLong(Finding::line)
          .thenComparingLong(Finding::column)
          .thenComparing(Finding::check);

  @Test
  void theCorrectClientBuildsCleanWithEveryRegisteredCheckAtError() {
    String plugin =
        TestdataPom.plugin(TestdataPom.CORRECT)
            + RegisteredChecks.all().stream()
                .map(check -> " -Xep:" + check.name() + ":ERROR")
                .collect(Collectors.joining());
    Result result = UserBuild.compile(UserBuild.CORRECT_SOURCES, UserBuild.options(plugin));
    assertEquals(
        List.of(),
        result.findings().stream().map(Finding::golden).toList(),
        "false positives on the correct client:" + result.log());
    assertTrue(result.succeeded(), result::log);
  }

  @Test
  void theCorrectClientsMavenBuildPutsEveryRegisteredCheckAtError() {
    Set<String> atError =
        Pattern.compile("-Xep:(\\w+):ERROR")
            .matcher(TestdataPom.plugin(TestdataPom.CORRECT))
            .results()
            .map(match -> match.group(1))
            .collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(RegisteredChecks.names());
    missing.removeAll(atError);
    assertEquals(
        Set.of(),
        missing,
        "testdata/pom.xml's default-compile execution must put every registered check at ERROR;"
            + " add -Xep:<Name>:ERROR to its -Xplugin:ErrorProne argument for these");
  }

  @Test
  void everyRegisteredCheckFindsABugInTheBuggyClient() {
    Set<String> found =
        Samples.buggy().findings().stream().map(Finding::check).collect(Collectors.toSet());
    Set<String> silent = new TreeSet<>(RegisteredChecks.names());
    silent.removeAll(found);
    assertEquals(
        Set.of(),
        silent,
        "add a classic bug of each of these checks to testdata/src/buggy/java, then: "
            + REGENERATE);
  }

  @Test
  void theBuggyClientsFindingsAreTheGoldenList() throws IOException {
    Result result = Samples.buggy();
    List<Finding> findings = result.findings().stream().sorted(ORDER).toList();
    if (Boolean.getBoolean("imapi.e2e.updateGolden")) {
      Files.writeString(
          UserBuild.GOLDEN,
          HEADER
              + findings.stream()
                  .map(finding -> finding.golden() + "\n")
                  .collect(Collectors.joining()),
          UTF_8);
      System.out.println("Rewrote " + UserBuild.GOLDEN + " with " + findings.size() + " findings");
      return;
    }
    List<String> golden =
        Files.readAllLines(UserBuild.GOLDEN, UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    List<String> actual;
    if (findings.stream().anyMatch(Finding::pointOnly)) {
      // Newer Error Prone reports a point, not a range: match it to the golden line whose range
      // holds it, and compare the golden lines matched.
      System.out.println(
          "Error Prone "
              + UserBuild.errorProneVersion()
              + " reports points, not ranges: each must lie in its golden line's range");
      actual = matchPoints(findings, golden);
    } else {
      actual = findings.stream().map(Finding::golden).toList();
    }
    assertEquals(
        String.join("\n", golden),
        String.join("\n", actual),
        () ->
            "the buggy client's findings differ from "
                + UserBuild.GOLDEN
                + "; if the change is intended, regenerate it with "
                + REGENERATE
                + " and review the diff. The compiler said:"
                + result.log());
  }

  /**
   * Each point-only finding as the golden line on its file and line, of its check, whose underlined
   * text spans the point's column; the finding itself where none does.
   */
  private static List<String> matchPoints(List<Finding> findings, List<String> golden) {
    Pattern line = Pattern.compile("^(\\S+):(\\d+):(\\d+) (\\w+) (.*)$");
    List<MatchResult> unmatched =
        golden.stream()
            .map(line::matcher)
            .filter(java.util.regex.Matcher::matches)
            .map(java.util.regex.Matcher::toMatchResult)
            .collect(Collectors.toCollection(ArrayList::new));
    List<String> matched = new ArrayList<>();
    for (Finding finding : findings) {
      MatchResult hit =
          unmatched.stream()
              .filter(
                  entry ->
                      entry.group(1).equals(finding.file())
                          && Long.parseLong(entry.group(2)) == finding.line()
                          && entry.group(4).equals(finding.check())
                          && finding.column() >= Long.parseLong(entry.group(3))
                          && finding.column()
                              < Long.parseLong(entry.group(3)) + entry.group(5).length())
              .findFirst()
              .orElse(null);
      if (hit == null) {
        matched.add(finding.golden());
      } else {
        unmatched.remove(hit);
        matched.add(hit.group());
      }
    }
    return matched.stream()
        .sorted(Comparator.comparing(SampleIT::sortKey))
        .collect(Collectors.toList());
  }

  private static String sortKey(String goldenLine) {
    String[] parts = goldenLine.split("[: ]", 5);
    return String.format(
        "%s %08d %08d %s", parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
  }
}
