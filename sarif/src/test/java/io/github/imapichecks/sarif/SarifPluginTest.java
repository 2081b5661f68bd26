package io.github.imapichecks.sarif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin in a real javac with Error Prone: what it writes, checked against the official schema,
 * the source and Error Prone's own reports; and that it never changes the compilation.
 */
final class SarifPluginTest {
  private static final String CLIENT =
      """
      package demo;

      class Client {
        static Object legacy(Object o) {
          return o;
        }

        Object use(Object value) {
          new RuntimeException();
          return legacy(value);
        }

        @SuppressWarnings("SarifDemo")
        Object quiet(Object value) {
          return legacy(value);
        }
      }
      """;

  @TempDir Path root;

  private Path sources;

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(root.resolve(".git"));
    sources = root.resolve("module/src");
    Javac.write(sources, "demo/Client.java", CLIENT);
  }

  @Test
  void writesOurFindingWithItsRangeLevelMessageRuleAndFix() throws IOException {
    Javac.Run run = compile("", "", "module/target/classes");
    assertEquals(List.of(), run.pluginWarnings());
    JsonObject log = read(root.resolve("module/target/classes.sarif"));

    JsonObject runJson = log.getAsJsonArray("runs").get(0).getAsJsonObject();
    JsonObject driver = runJson.getAsJsonObject("tool").getAsJsonObject("driver");
    assertEquals("imapi-checks", driver.get("name").getAsString());
    assertEquals(ToolInfo.VERSION, driver.get("version").getAsString());
    assertEquals(
        root.toUri().toString(),
        runJson
            .getAsJsonObject("originalUriBaseIds")
            .getAsJsonObject("%SRCROOT%")
            .get("uri")
            .getAsString());
    // Only ours by default: DeadException is reported by javac, not written.
    assertTrue(run.diagnostics().stream().anyMatch(d -> d.contains("[DeadException]")));
    JsonArray rules = driver.getAsJsonArray("rules");
    assertEquals(1, rules.size());
    JsonObject rule = rules.get(0).getAsJsonObject();
    assertEquals("SarifDemo", rule.get("id").getAsString());
    assertEquals(
        "Call Objects.requireNonNull, not legacy",
        rule.getAsJsonObject("shortDescription").get("text").getAsString());
    assertEquals("https://example.com/SarifDemo", rule.get("helpUri").getAsString());
    assertEquals(
        "warning", rule.getAsJsonObject("defaultConfiguration").get("level").getAsString());

    // The suppressed call in quiet() is absent: one result.
    JsonArray results = runJson.getAsJsonArray("results");
    assertEquals(1, results.size());
    JsonObject result = results.get(0).getAsJsonObject();
    assertEquals("SarifDemo", result.get("ruleId").getAsString());
    assertEquals(0, result.get("ruleIndex").getAsInt());
    assertEquals("warning", result.get("level").getAsString());
    assertEquals(
        "legacy(value) is old", result.getAsJsonObject("message").get("text").getAsString());
    JsonObject location =
        result
            .getAsJsonArray("locations")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("physicalLocation");
    JsonObject artifact = location.getAsJsonObject("artifactLocation");
    assertEquals("module/src/demo/Client.java", artifact.get("uri").getAsString());
    assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
    JsonObject region = location.getAsJsonObject("region");
    assertEquals(
        List.of(10, 12, 10, 25),
        List.of(
            region.get("startLine").getAsInt(),
            region.get("startColumn").getAsInt(),
            region.get("endLine").getAsInt(),
            region.get("endColumn").getAsInt()));
    assertEquals("legacy(value)", region.getAsJsonObject("snippet").get("text").getAsString());
    assertEquals(
        "legacy(value)",
        CLIENT.substring(
            region.get("charOffset").getAsInt(),
            region.get("charOffset").getAsInt() + region.get("charLength").getAsInt()));

    // The fix, applied as SARIF says, is the code Error Prone's patching would write.
    JsonObject fix = result.getAsJsonArray("fixes").get(0).getAsJsonObject();
    assertEquals(
        "use requireNonNull", fix.getAsJsonObject("description").get("text").getAsString());
    assertEquals(
        CLIENT
            .replace("package demo;\n", "package demo;\n\nimport java.util.Objects;\n")
            .replace(
                "new RuntimeException();\n    return legacy(value);",
                "new RuntimeException();\n    return Objects.requireNonNull(value);"),
        apply(CLIENT, fix));
  }

  @Test
  void theLevelIsTheEffectiveSeverityAndAFailedCompilationStillWritesTheFile() throws IOException {
    Javac.Run run = compile("-Xep:SarifDemo:ERROR", "", "out/classes");
    assertFalse(run.succeeded());
    JsonObject log = read(root.resolve("out/classes.sarif"));
    assertEquals("error", results(log).get(0).getAsJsonObject().get("level").getAsString());
    assertEquals(
        "warning",
        rules(log)
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("defaultConfiguration")
            .get("level")
            .getAsString());
  }

  @Test
  void findingsAllWritesEveryErrorProneFindingWithItsRule() throws IOException {
    compile("-XepAllErrorsAsWarnings", " findings=all", "out/classes");
    JsonObject log = read(root.resolve("out/classes.sarif"));
    assertEquals(
        List.of("DeadException", "SarifDemo"),
        StreamSupport.stream(results(log).spliterator(), false)
            .map(result -> result.getAsJsonObject().get("ruleId").getAsString())
            .toList());
    JsonObject deadException = results(log).get(0).getAsJsonObject();
    // ERROR by default, a warning after -XepAllErrorsAsWarnings.
    assertEquals("warning", deadException.get("level").getAsString());
    JsonObject rule = rules(log).get(0).getAsJsonObject();
    assertEquals("error", rule.getAsJsonObject("defaultConfiguration").get("level").getAsString());
    assertEquals(
        "https://errorprone.info/bugpattern/DeadException", rule.get("helpUri").getAsString());
    String fixed = apply(CLIENT, deadException.getAsJsonArray("fixes").get(0).getAsJsonObject());
    assertFalse(fixed.contains("new RuntimeException();"), fixed);
  }

  @Test
  void theMainAndTestCompilationsWriteTheirOwnFiles() throws IOException {
    assertTrue(compile("-Xep:DeadException:OFF", "", "module/target/classes").succeeded());
    Javac.write(
        root,
        "module/test/demo/ClientTest.java",
        "package demo;\nclass ClientTest {\n  Object t() {\n    return Client.legacy(1);\n  }\n}\n");
    Files.delete(sources.resolve("demo/Client.java"));
    Files.move(
        root.resolve("module/test/demo/ClientTest.java"), sources.resolve("ClientTest.java"));
    Javac.Run test =
        Javac.compile(
            sources,
            options(
                "-Xep:DeadException:OFF",
                "",
                "module/target/test-classes",
                "-classpath",
                root.resolve("module/target/classes").toString()));
    assertTrue(test.succeeded(), test.diagnostics()::toString);
    // Client.legacy(1) is not a bare legacy(...) call: the test compilation has no finding.
    assertEquals(0, results(read(root.resolve("module/target/test-classes.sarif"))).size());
    assertEquals(1, results(read(root.resolve("module/target/classes.sarif"))).size());
  }

  @Test
  void outputAndSrcrootAreConfigurable() throws IOException {
    compile(
        "", " output=" + root.resolve("reports/x.sarif") + " srcroot=" + sources, "out/classes");
    assertFalse(Files.exists(root.resolve("out/classes.sarif")));
    JsonObject result = results(read(root.resolve("reports/x.sarif"))).get(0).getAsJsonObject();
    assertEquals(
        "demo/Client.java",
        result
            .getAsJsonArray("locations")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("physicalLocation")
            .getAsJsonObject("artifactLocation")
            .get("uri")
            .getAsString());
  }

  @Test
  void aFileOutsideTheSourceRootHasItsAbsoluteUri() throws IOException {
    Path elsewhere = root.resolve("elsewhere");
    compile("", " srcroot=" + elsewhere, "out/classes");
    JsonObject artifact =
        results(read(root.resolve("out/classes.sarif")))
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("locations")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("physicalLocation")
            .getAsJsonObject("artifactLocation");
    assertEquals(
        sources.resolve("demo/Client.java").toUri().toString(), artifact.get("uri").getAsString());
    assertFalse(artifact.has("uriBaseId"));
  }

  @Test
  void anUnwritablePathIsOneWarningNamingTheOptionAndTheBuildIsUnchanged() throws IOException {
    Path aFile = Javac.write(root, "plain-file", "");
    Path output = aFile.resolve("x.sarif");
    Javac.Run without = Javac.compile(sources, withoutPlugin("out/a"));
    Javac.Run with = compile("", " output=" + output, "out/b");
    assertEquals(without.succeeded(), with.succeeded());
    assertEquals(1, with.pluginWarnings().size(), with.diagnostics()::toString);
    String warning = with.pluginWarnings().get(0);
    assertTrue(warning.contains("cannot write the SARIF file output=" + output), warning);
    assertFalse(warning.contains("\tat "), warning);
    List<String> others = new ArrayList<>(with.diagnostics());
    others.removeAll(with.pluginWarnings());
    assertEquals(without.diagnostics(), others);
  }

  @Test
  void theDiagnosticsAreThoseOfTheBuildWithoutThePlugin() {
    Javac.Run with = compile("-Xep:SarifDemo:ERROR", " findings=all", "out/b");
    assertEquals(
        Javac.compile(sources, withoutPlugin("out/c", "-Xep:SarifDemo:ERROR")).diagnostics(),
        with.diagnostics());
    assertFalse(with.succeeded());
  }

  @Test
  void aBadArgumentIsOneWarningAndNoFile() {
    Javac.Run run = compile("-Xep:DeadException:OFF", " colour=blue", "out/classes");
    assertTrue(run.succeeded());
    assertEquals(1, run.pluginWarnings().size());
    assertTrue(run.pluginWarnings().get(0).contains("unknown option 'colour=blue'"));
    assertFalse(Files.exists(root.resolve("out/classes.sarif")));
  }

  @Test
  void withoutErrorProneItSaysSoAndWritesNothing() throws IOException {
    List<String> options =
        new ArrayList<>(
            List.of(
                "-processorpath", System.getProperty("java.class.path"), "-Xplugin:ImapiSarif"));
    options.addAll(List.of("-d", Files.createDirectories(root.resolve("out/classes")).toString()));
    Javac.Run run = Javac.compile(sources, options);
    assertTrue(run.succeeded());
    assertEquals(1, run.pluginWarnings().size());
    assertTrue(run.pluginWarnings().get(0).contains("Error Prone does not run"));
    assertFalse(Files.exists(root.resolve("out/classes.sarif")));
  }

  @Test
  void withoutAClassOutputDirectoryItAsksForOutput() {
    List<String> options = new ArrayList<>(Javac.errorProne(""));
    options.add("-Xplugin:ImapiSarif");
    // -proc:only: javac writes no class files, and has no -d to put the SARIF file next to.
    options.add("-proc:only");
    Javac.Run run = Javac.compile(sources, options);
    assertEquals(1, run.pluginWarnings().size(), run.diagnostics()::toString);
    assertTrue(run.pluginWarnings().get(0).contains("give output=<file>"));
  }

  private Javac.Run compile(String errorProne, String sarif, String classes) {
    return Javac.compile(sources, options(errorProne, sarif, classes));
  }

  private List<String> options(String errorProne, String sarif, String classes, String... more) {
    List<String> options = withoutPlugin(classes, errorProne);
    options.add("-Xplugin:ImapiSarif" + sarif);
    options.addAll(List.of(more));
    return options;
  }

  private List<String> withoutPlugin(String classes, String... errorProne) {
    List<String> options = new ArrayList<>(Javac.errorProne(String.join(" ", errorProne)));
    try {
      options.addAll(List.of("-d", Files.createDirectories(root.resolve(classes)).toString()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return options;
  }

  /** The SARIF file at {@code path}, which must be valid against the official schema. */
  static JsonObject read(Path path) throws IOException {
    String json = Files.readString(path, UTF_8);
    assertEquals(List.of(), SarifSchema.problems(json), json);
    return JsonParser.parseString(json).getAsJsonObject();
  }

  private static JsonArray results(JsonObject log) {
    return log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
  }

  private static JsonArray rules(JsonObject log) {
    return log.getAsJsonArray("runs")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("tool")
        .getAsJsonObject("driver")
        .getAsJsonArray("rules");
  }

  /** {@code text} with the fix's replacements applied, by their offsets, last first. */
  static String apply(String text, JsonObject fix) {
    List<JsonObject> replacements = new ArrayList<>();
    fix.getAsJsonArray("artifactChanges")
        .forEach(
            change ->
                change
                    .getAsJsonObject()
                    .getAsJsonArray("replacements")
                    .forEach(replacement -> replacements.add(replacement.getAsJsonObject())));
    replacements.sort(
        Comparator.comparingInt(
                (JsonObject r) -> r.getAsJsonObject("deletedRegion").get("charOffset").getAsInt())
            .reversed());
    StringBuilder fixed = new StringBuilder(text);
    for (JsonObject replacement : replacements) {
      JsonObject deleted = replacement.getAsJsonObject("deletedRegion");
      int offset = deleted.get("charOffset").getAsInt();
      fixed.replace(
          offset,
          offset + deleted.get("charLength").getAsInt(),
          replacement.getAsJsonObject("insertedContent").get("text").getAsString());
    }
    return fixed.toString();
  }
}
