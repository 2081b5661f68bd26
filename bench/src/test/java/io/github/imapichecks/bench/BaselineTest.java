package io.github.imapichecks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --baseline}: which configurations it adds, what they run, and how the report compares
 * them, from fake samples; the compilations themselves are bench/run's.
 */
final class BaselineTest {
  @Test
  void withoutBaselineNoTwinIsAdded() {
    assertNull(Bench.Options.parse(new String[0]).baseline());
    assertEquals(Bench.Options.QUICK_CONFIGS, Bench.Options.parse(new String[0]).configs());
    List<Config> full = Bench.Options.parse(new String[] {"--full"}).configs();
    assertEquals(
        List.of(
            "javac",
            "ep-off",
            "ep-off+imapi",
            "ep-default",
            "ep-default+imapi",
            "cf-fenum",
            "cf-imapi"),
        full.stream().map(c -> c.id).toList());
  }

  @Test
  void eachImapiConfigurationGetsItsTwinRightAfterIt() {
    Bench.Options options =
        Bench.Options.parse(
            new String[] {"--configs", "ep-off,ep-off+imapi", "--baseline", "HEAD~1"});
    assertEquals("HEAD~1", options.baseline());
    assertEquals(
        List.of(Config.EP_OFF, Config.EP_OFF_IMAPI, Config.EP_OFF_IMAPI_BASE), options.configs());

    // The option may come first; the quick run's two imapi configurations both get a twin.
    assertEquals(
        List.of(
            Config.JAVAC,
            Config.EP_OFF,
            Config.EP_OFF_IMAPI,
            Config.EP_OFF_IMAPI_BASE,
            Config.EP_DEFAULT,
            Config.EP_DEFAULT_IMAPI,
            Config.EP_DEFAULT_IMAPI_BASE),
        Bench.Options.parse(new String[] {"--baseline", "ad139c5"}).configs());
  }

  @Test
  void badBaselineOptionsAreRefused() {
    IllegalArgumentException noImapi =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Bench.Options.parse(
                    new String[] {"--baseline", "HEAD~1", "--configs", "javac,ep-off"}));
    assertTrue(noImapi.getMessage().contains("select ep-off+imapi"), noImapi.getMessage());

    IllegalArgumentException twinByHand =
        assertThrows(
            IllegalArgumentException.class,
            () -> Bench.Options.parse(new String[] {"--configs", "ep-off+imapi@base"}));
    assertEquals(
        "ep-off+imapi@base: --baseline REF adds it to ep-off+imapi", twinByHand.getMessage());

    IllegalArgumentException noRef =
        assertThrows(
            IllegalArgumentException.class,
            () -> Bench.Options.parse(new String[] {"--runs", "2", "--baseline"}));
    assertEquals("--baseline needs a value", noRef.getMessage());
  }

  @Test
  void aTwinRunsTheBaselinesChecksWithItsTwinsOptions(@TempDir Path repo) throws IOException {
    Path classpath = Files.createDirectories(repo.resolve("bench/target/classpath"));
    Files.writeString(classpath.resolve("errorprone.txt"), "/ep/core.jar");
    Layout layout = new Layout(repo);
    ImapiBuild now =
        new ImapiBuild("dd44c90", List.of(Path.of("/now/checks.jar")), List.of("A", "B"));
    ImapiBuild base = new ImapiBuild("ad139c5", List.of(Path.of("/base/checks.jar")), List.of("A"));

    assertEquals(
        List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            "/ep/core.jar" + File.pathSeparator + "/base/checks.jar",
            "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:A:WARN"),
        Config.EP_OFF_IMAPI_BASE.options(layout, base));
    assertEquals(
        Config.EP_OFF_IMAPI.options(layout, now).subList(0, 3),
        Config.EP_OFF_IMAPI_BASE.options(layout, base).subList(0, 3));
    assertEquals(
        "-Xplugin:ErrorProne -XepAllErrorsAsWarnings -Xep:A:WARN",
        Config.EP_DEFAULT_IMAPI_BASE.options(layout, base).get(4));
    assertEquals(
        List.of(
            "-processorpath",
            Layout.join(layout.checkerFrameworkPath(), List.of(Path.of("/base/checks.jar"))),
            "-processor",
            "io.github.imapichecks.checker.ImapiHResultChecker",
            "-Awarns"),
        Config.CF_IMAPI_BASE.options(layout, base));

    for (Config config : Config.values()) {
      assertEquals(config.isAtBase(), config.current() != config, config.id);
      assertEquals(config.current().baseline(), config.baseline(), config.id);
      assertEquals(config.current().runsImapi(), config.runsImapi(), config.id);
      assertEquals(config.current().isCheckerFramework(), config.isCheckerFramework(), config.id);
      if (config.atBase() != null) {
        assertEquals(config, config.atBase().current());
        assertEquals(config.id + "@base", config.atBase().id);
      }
    }
    assertFalse(Config.EP_OFF.isAtBase());
    assertNull(Config.EP_OFF.atBase());
  }

  @Test
  void theBaselinesChecksAreNotTheHarnesss() throws IOException {
    List<Path> testClasspath = DenseCorpusTest.testClasspath();
    List<String> registered = ImapiBuild.registeredChecks(testClasspath);
    assertTrue(registered.contains("ImapiResultIgnored"), registered::toString);
    assertEquals(registered.stream().sorted().toList(), registered);

    // Error Prone without the checks module: this JVM has the checks loaded, but a baseline's
    // path is read on its own.
    List<Path> withoutChecks =
        testClasspath.stream()
            .filter(entry -> !entry.toString().contains("checks" + File.separator + "target"))
            .toList();
    assertEquals(List.of(), ImapiBuild.registeredChecks(withoutChecks));
  }

  @Test
  void theReportPairsEachRunWithItsTwinsOfTheSameRound() {
    Map<Corpus, Map<Config, List<Sample>>> results = new LinkedHashMap<>();
    Map<Config, List<Sample>> dense = new EnumMap<>(Config.class);
    dense.put(
        Config.EP_OFF,
        List.of(sample(4, 8, 250, 0, 0), sample(4, 8, 250, 0, 0), sample(4, 8, 250, 0, 0)));
    // Medians 6 s against 8 s: 0.750; per round 6/8, 7/10, 5/7: 0.714.
    dense.put(
        Config.EP_OFF_IMAPI,
        List.of(
            sample(6, 10, 300, 1780, 1780),
            sample(7, 12, 310, 1780, 1780),
            sample(5, 9, 290, 1780, 1780)));
    dense.put(
        Config.EP_OFF_IMAPI_BASE,
        List.of(
            sample(8, 20, 300, 1775, 1775),
            sample(10, 24, 300, 1775, 1775),
            sample(7, 18, 300, 1775, 1775)));
    results.put(new Corpus("dense-1x", "generated", List.of(), List.of(), 3000, 0), dense);
    // A corpus without a twin gets no row.
    Map<Config, List<Sample>> jna = new EnumMap<>(Config.class);
    jna.put(Config.EP_OFF_IMAPI, List.of(sample(9, 16, 420, 0, 0)));
    results.put(new Corpus("jna-platform", "real", List.of(), List.of(), 0, 0), jna);

    String table = Report.againstBaseline(results);
    assertTrue(
        table.contains(
            "| dense-1x | ep-off+imapi | 0.750 | 0.500 | 1.000 | 0.714 | 0.500 | 1.000"
                + " | 1775 (1775) | 1780 (1780) |\n"),
        table);
    assertFalse(table.contains("jna-platform"), table);

    Bench.Options options =
        Bench.Options.parse(
            new String[] {"--configs", "ep-off,ep-off+imapi", "--baseline", "ad139c5"});
    ImapiBuild now = new ImapiBuild("dd44c90", List.of(), List.of("A", "B"));
    ImapiBuild base = new ImapiBuild("ad139c5", List.of(), List.of("A"));
    String report = markdown(results, options, now, base);
    assertTrue(
        report.contains("- Commits: dd44c90, against the baseline ad139c5 (`--baseline ad139c5`)"),
        report);
    assertTrue(report.contains("- imapi-checks enabled at the baseline: A\n"), report);
    assertTrue(report.contains("| dense-1x | ep-off (ep-off+imapi@base) | "), report);
    assertTrue(
        report.contains(
            "#### This tree's imapi-checks (dd44c90) against the baseline's"
                + " (ad139c5)\n\n"
                + table),
        report);

    dense.remove(Config.EP_OFF_IMAPI_BASE);
    String withoutBase = markdown(results, Bench.Options.parse(new String[0]), now, null);
    assertFalse(withoutBase.contains("Commits"), withoutBase);
    assertFalse(withoutBase.contains("@base"), withoutBase);
    assertFalse(withoutBase.contains("against the baseline"), withoutBase);
  }

  private static String markdown(
      Map<Corpus, Map<Config, List<Sample>>> results,
      Bench.Options options,
      ImapiBuild now,
      ImapiBuild base) {
    return Report.markdown(
        results, options, "", now, base, Path.of("javac"), "1", "2", Duration.ofSeconds(61));
  }

  private static Sample sample(
      double wallSeconds, double cpuSeconds, long peakMib, int warnings, int imapiFindings) {
    return new Sample(
        (long) (wallSeconds * 1e9),
        (long) (cpuSeconds * 1e9),
        peakMib * 1024,
        warnings,
        imapiFindings);
  }
}
