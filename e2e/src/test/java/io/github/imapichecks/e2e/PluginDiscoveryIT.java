package io.github.imapichecks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Error Prone finds imapi-checks in the jar on the processor path alone, as in a user's build: the
 * tests' own classpath holds neither, and the diagnostics link imapi-checks' own pages.
 */
final class PluginDiscoveryIT {
  static final String DOCS_BASE =
      "https://github.com/imapichecks/imapi-checks/blob/main/docs/checks/";

  private static final String SERVICES =
      "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";

  @Test
  void theTestsRunOnTheExpectedJdk() {
    String expected = System.getProperty("imapi.e2e.expectJdk", "");
    System.out.printf(
        "end-to-end tests on JDK %s (%s) with Error Prone %s%n",
        Runtime.version(), System.getProperty("java.home"), UserBuild.errorProneVersion());
    if (!expected.isBlank()) {
      assertEquals(Integer.parseInt(expected.strip()), Runtime.version().feature());
    }
    assertTrue(
        UserBuild.processorPath().stream()
            .anyMatch(
                file ->
                    file.getName()
                        .equals("error_prone_core-" + UserBuild.errorProneVersion() + ".jar")),
        () ->
            "Error Prone " + UserBuild.errorProneVersion() + " is on " + UserBuild.processorPath());
  }

  @Test
  void neitherTheChecksNorErrorProneAreOnTheTestsClasspath() {
    for (String name :
        List.of(
            "io.github.imapichecks.errorprone.ImapiUnknownResultCode",
            "io.github.imapichecks.tables.ImapiCodes",
            "io.github.imapichecks.annotations.ImapiError",
            "com.google.errorprone.ErrorProneJavacPlugin",
            "com.google.errorprone.bugpatterns.BugChecker")) {
      assertThrows(
          ClassNotFoundException.class,
          () -> Class.forName(name, false, getClass().getClassLoader()),
          name);
    }
  }

  @Test
  void theProcessorPathHoldsThePackagedJarWhichRegistersEveryCheck() throws IOException {
    File jar = UserBuild.checksJar().toFile();
    assertTrue(jar.getName().endsWith(".jar") && jar.isFile(), jar::toString);
    assertTrue(UserBuild.processorPath().contains(jar), () -> UserBuild.processorPath().toString());
    try (JarFile file = new JarFile(jar);
        InputStream services = file.getInputStream(file.getEntry(SERVICES))) {
      Set<String> listed =
          Arrays.stream(new String(services.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
              .map(String::strip)
              .filter(line -> line.startsWith(RegisteredChecks.PACKAGE + "."))
              .map(line -> line.substring(RegisteredChecks.PACKAGE.length() + 1))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(RegisteredChecks.names()), listed);
    }
  }

  @Test
  void withoutTheJarErrorProneKnowsNoImapiCheck() {
    List<File> withoutJar =
        UserBuild.processorPath().stream()
            .filter(file -> !file.equals(UserBuild.checksJar().toFile()))
            .collect(Collectors.toList());
    Result result =
        UserBuild.compile(
            UserBuild.BUGGY_SOURCES,
            UserBuild.options(TestdataPom.plugin(TestdataPom.BUGGY)),
            withoutJar);
    assertTrue(result.succeeded(), result::log);
    assertEquals(List.of(), result.findings());
    assertFalse(Samples.buggy().findings().isEmpty(), "with the jar, the checks report");
  }

  @Test
  void everyCheckLinksItsOwnPageAndAnswersToImapihresult() {
    for (RegisteredChecks.Check check : RegisteredChecks.all()) {
      assertEquals("CUSTOM", check.linkType(), check.name());
      assertEquals(DOCS_BASE + check.name() + ".md", check.link(), check.name());
      assertTrue(
          Files.isRegularFile(UserBuild.DOCS.resolve(check.name() + ".md")),
          () -> check.name() + " has no page in docs/checks");
      assertEquals(List.of("imapihresult"), check.altNames(), check.name());
    }
    for (Finding finding : Samples.buggy().findings()) {
      assertTrue(
          finding.message().contains("(see " + DOCS_BASE + finding.check() + ".md)"),
          finding::message);
      assertFalse(finding.message().contains("errorprone.info"), finding::message);
    }
  }
}
