package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF file that {@code -Xplugin:ImapiSarif}, from the packaged jar's dependencies on the
 * processor path, writes for the sample client: valid against the official SARIF 2.1.0 schema, and
 * holding exactly the golden list's findings, with their ranges, levels, rules and fixes.
 */
final class SarifIT {
  private static final String BUGGY_ROOT = "testdata/src/buggy/java/";
  private static final Pattern GOLDEN = Pattern.compile("^(\\S+):(\\d+):(\\d+) (\\w+) (.*)$");

  @TempDir Path out;

  @Test
  void theBuggyClientsSarifFileIsValidAndHoldsTheGoldenFindings() throws IOException {
    Path file = out.resolve("buggy.sarif");
    Result result = compileBuggy(" output=" + file + " srcroot=" + UserBuild.ROOT);
    JsonNode log = read(file);
    JsonNode run = log.get("runs").get(0);
    List<JsonNode> results = new ArrayList<>();
    run.get("results").forEach(results::add);
    System.out.println(
        "SARIF written by Error Prone "
            + UserBuild.errorProneVersion()
            + " on JDK "
            + Runtime.version().feature()
            + ": "
            + results.size()
            + " results, valid against the SARIF 2.1.0 schema; the first:");
    results.stream().limit(3).forEach(r -> System.out.println(r.toPrettyString()));

    // Each result is a golden line: same file, line, check and underlined text, and the golden
    // column (javac's caret) inside the result's region.
    List<String> golden = golden();
    List<String> matched = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode location = r.get("locations").get(0).get("physicalLocation");
      String uri = location.get("artifactLocation").get("uri").asString();
      assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asString());
      assertTrue(uri.startsWith(BUGGY_ROOT), uri);
      JsonNode region = location.get("region");
      String text = region.get("snippet").get("text").asString().replaceAll("\\s+", " ");
      String match =
          golden.stream()
              .filter(line -> !matched.contains(line))
              .filter(
                  line -> {
                    Matcher m = GOLDEN.matcher(line);
                    int column = m.matches() ? Integer.parseInt(m.group(3)) : -1;
                    return m.matches()
                        && m.group(1).equals(uri.substring(BUGGY_ROOT.length()))
                        && Integer.parseInt(m.group(2)) == region.get("startLine").asInt()
                        && m.group(4).equals(r.get("ruleId").asString())
                        && m.group(5).equals(text)
                        && column >= region.get("startColumn").asInt()
                        && column < region.get("endColumn").asInt();
                  })
              .findFirst()
              .orElse(uri + ":" + region + " " + r.get("ruleId").asString() + " (not golden)");
      matched.add(match);
      // -XepAllErrorsAsWarnings makes every finding a warning, whatever its check's severity.
      assertEquals("warning", r.get("level").asString(), match);
    }
    assertEquals(
        String.join("\n", golden),
        matched.stream().sorted(SarifIT::byGoldenOrder).collect(Collectors.joining("\n")),
        "the SARIF results are not the golden list " + UserBuild.GOLDEN);

    // One rule per check that reported, each with its summary and its docs page.
    Set<String> ruleIds = new TreeSet<>();
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      ruleIds.add(rule.get("id").asString());
      assertTrue(rule.get("shortDescription").get("text").asString().length() > 10, rule::toString);
      assertTrue(
          rule.get("helpUri")
              .asString()
              .endsWith("/docs/checks/" + rule.get("id").asString() + ".md"),
          rule::toString);
    }
    assertEquals(
        results.stream().map(r -> r.get("ruleId").asString()).collect(Collectors.toSet()), ruleIds);

    // The findings with a fix are those Error Prone shows a "Did you mean" for.
    Set<String> shownWithFix = new TreeSet<>();
    for (Finding finding : result.findings()) {
      if (finding.hasFix()) {
        shownWithFix.add(finding.file() + ":" + finding.line() + " " + finding.check());
      }
    }
    Set<String> writtenWithFix = new TreeSet<>();
    for (JsonNode r : results) {
      if (r.has("fixes")) {
        JsonNode location = r.get("locations").get(0).get("physicalLocation");
        writtenWithFix.add(
            location.get("artifactLocation").get("uri").asString().substring(BUGGY_ROOT.length())
                + ":"
                + location.get("region").get("startLine").asInt()
                + " "
                + r.get("ruleId").asString());
      }
    }
    assertEquals(shownWithFix, writtenWithFix);
  }

  @Test
  void theCompilationReportsWhatItReportsWithoutThePlugin() {
    Result with = compileBuggy(" output=" + out.resolve("buggy.sarif"));
    assertEquals(
        Samples.buggy().diagnostics().stream().map(Finding::golden).toList(),
        with.diagnostics().stream().map(Finding::golden).toList());
    assertEquals(Samples.buggy().succeeded(), with.succeeded());
  }

  @Test
  void theCorrectClientsFileHasNoResults() throws IOException {
    Path file = out.resolve("correct.sarif");
    List<String> options =
        new ArrayList<>(UserBuild.options(TestdataPom.plugin(TestdataPom.CORRECT)));
    options.add("-Xplugin:ImapiSarif output=" + file);
    Result result = UserBuild.compile(UserBuild.CORRECT_SOURCES, options);
    assertTrue(result.succeeded(), result::log);
    assertEquals(0, read(file).get("runs").get(0).get("results").size());
  }

  private static Result compileBuggy(String sarifOptions) {
    List<String> options =
        new ArrayList<>(UserBuild.options(TestdataPom.plugin(TestdataPom.BUGGY)));
    options.add("-Xplugin:ImapiSarif" + sarifOptions);
    return UserBuild.compile(UserBuild.BUGGY_SOURCES, options);
  }

  /** The SARIF file at {@code file}, which must be valid against the official schema. */
  private static JsonNode read(Path file) throws IOException {
    String json = Files.readString(file, UTF_8);
    try (InputStream schema =
        SarifIT.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertEquals(
          List.of(),
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(schema)
              .validate(json, InputFormat.JSON)
              .stream()
              .map(Object::toString)
              .toList(),
          json);
    }
    return new ObjectMapper().readTree(json);
  }

  private static List<String> golden() throws IOException {
    return Files.readAllLines(UserBuild.GOLDEN, UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  /** The golden list's order: file, line, column, check. */
  private static int byGoldenOrder(String a, String b) {
    return key(a).compareTo(key(b));
  }

  private static String key(String line) {
    Matcher m = GOLDEN.matcher(line);
    return m.matches()
        ? String.format(
            "%s %08d %08d %s",
            m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4))
        : line;
  }
}
