package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The README's Maven setup works as a new user copies it: a fresh project built from README.md's
 * own blocks, by a real Maven, reports the checks' findings and runs the sound mode.
 *
 * <p>How it works:
 *
 * <ul>
 *   <li><b>The project</b>, written under e2e/target/readme-e2e/consumer on every run: a POM of
 *       this test's own (coordinates, {@code release} 17, JNA for the binding) around the README's
 *       blocks: the annotations and checker-qual dependencies, and the maven-compiler-plugin block
 *       with the sound mode's {@code <executions>} added inside it, as the README says to; its
 *       {@code .mvn/jvm.config} is the README's block. The sources are
 *       e2e/src/test/fixtures/readme-consumer, a small int-returning IMAPI client with bugs of
 *       three checks, each on a line marked {@code // BUG: <CheckName>}, and the README's JNA
 *       binding. {@link ReadmeSnippets} finds the blocks by the HTML comment before each.
 *   <li><b>The Maven</b>: the one that runs this build ({@code maven.home}) on the JDK it runs on,
 *       with MAVEN_OPTS and MAVEN_ARGS removed and settings of this test's own only, so that it is
 *       stock Maven.
 *   <li><b>The artifacts</b>: e2e/pom.xml installs imapi-checks (with imapi-checks-sarif),
 *       imapi-annotations and their parent POM, as this build just packaged them, into a private
 *       local repository, e2e/target/readme-repo, emptied first (never ~/.m2, which concurrent
 *       builds share). Every other artifact comes from the outer build's local repository, which
 *       the inner build's settings serve as the "central" repository at a {@code file:} URL. The
 *       inner build runs offline ({@code -o}) with {@code aether.offline.protocols=file}, which
 *       lets it read that repository and nothing on the network. On a fresh machine the outer build
 *       has resolved all the inner one needs: the README's versions are this build's (checked
 *       below), so testdata's processor paths (Error Prone with imapi-checks, the Checker Framework
 *       with imapi-checks) are the inner build's, resolved the same way, and the inner Maven
 *       resolves the same plugins as the outer. The one plugin the README does not pin that the
 *       inner build runs, maven-resources-plugin, is pinned here to this build's version, because
 *       Maven's default differs between Maven versions and might never have been resolved.
 *   <li><b>The builds</b>: {@code mvn compile} on the fresh project must pass, every marked bug
 *       reported once as a warning, at its line, with its check's name, and nothing else reported;
 *       the sound mode must have checked the sources (so the README's JNA binding passes it). Then
 *       the line marked {@code // EDIT:} becomes a comparison with a number, and a second,
 *       incremental {@code mvn compile} must fail on the sound mode's error there.
 * </ul>
 */
final class ReadmeIT {
  private static final Path FIXTURE = UserBuild.FIXTURES.resolve("readme-consumer");
  private static final Path WORK = UserBuild.ROOT.resolve("e2e/target/readme-e2e");
  private static final Path PROJECT = WORK.resolve("consumer");
  private static final Path SOURCES = PROJECT.resolve("src/main/java");
  private static final Path BURNER = SOURCES.resolve("com/example/burner/Burner.java");

  /** The README's JNA binding implements the fixture's JNA interface, in its package. */
  private static final Path BINDING = SOURCES.resolve("com/example/jna/DiscMaster.java");

  /** What the second build puts on the line marked {@code // EDIT:}: the sound mode rejects it. */
  private static final String EDIT = "    if (hr == 0x8004021C) return false;";

  private static final long TIMEOUT_MINUTES = 5;

  private static final Pattern BUG = Pattern.compile("// BUG: (\\w+)");

  /**
   * A diagnostic as maven-compiler-plugin prints it: {@code [WARNING] /path/F.java:[12,5] [key]}.
   */
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^\\[(WARNING|ERROR)\\] (\\S+\\.java):\\[(\\d+),\\d+\\] \\[([\\w.]+)\\] ");

  private static ReadmeSnippets readme;
  private static MavenRun firstBuild;

  @BeforeAll
  static void buildTheProjectFromTheReadme() throws IOException {
    readme = ReadmeSnippets.read();
    writeProject();
    firstBuild = maven("first-build.log");
  }

  @Test
  void theReadmeNamesTheVersionsThisBuildUses() {
    Map<String, String> versions =
        Map.of(
            "maven-compiler-plugin", UserBuild.property("imapi.e2e.compilerPluginVersion"),
            "error_prone_core", UserBuild.errorProneVersion(),
            "checker", UserBuild.property("imapi.e2e.checkerFrameworkVersion"),
            "checker-qual", UserBuild.property("imapi.e2e.checkerFrameworkVersion"),
            "imapi-checks", UserBuild.property("imapi.e2e.projectVersion"),
            "imapi-annotations", UserBuild.property("imapi.e2e.projectVersion"));
    List<String> blocks =
        List.of(
            "annotations-dependency",
            "error-prone-plugin",
            "checker-qual-dependency",
            "sound-mode-execution");
    Set<String> seen = new TreeSet<>();
    for (String block : blocks) {
      NodeList artifacts = xml(readme.block(block)).getElementsByTagName("artifactId");
      for (int i = 0; i < artifacts.getLength(); i++) {
        String artifact = artifacts.item(i).getTextContent().trim();
        String version = sibling(artifacts.item(i), "version");
        assertTrue(
            versions.containsKey(artifact),
            () -> "README.md's " + block + " names " + artifact + ", which ReadmeIT does not know");
        assertEquals(
            versions.get(artifact),
            version,
            () ->
                "README.md's "
                    + block
                    + " must name the version of "
                    + artifact
                    + " this build uses and tests (and has resolved for the inner build)");
        seen.add(artifact);
      }
    }
    assertEquals(new TreeSet<>(versions.keySet()), seen, "artifacts in the README's Maven blocks");
  }

  @Test
  void theFirstBuildPassesAndReportsEachPlantedBugOnceAtItsLine() throws IOException {
    assertEquals(0, firstBuild.exitCode(), firstBuild::describe);
    List<Diagnostic> planted = new ArrayList<>();
    for (Path source : UserBuild.javaFiles(SOURCES)) {
      List<String> lines = Files.readAllLines(source, UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher bug = BUG.matcher(lines.get(i));
        if (bug.find()) {
          planted.add(new Diagnostic("WARNING", relative(source), i + 1, bug.group(1)));
        }
      }
    }
    assertTrue(
        planted.stream().map(Diagnostic::key).distinct().count() >= 3,
        () -> "mark bugs of at least three checks in " + FIXTURE + ": " + planted);
    planted.sort(Diagnostic.ORDER);
    assertEquals(planted, firstBuild.diagnostics(), firstBuild::describe);
    assertTrue(
        firstBuild.execution(soundModeExecution()).contains("Compiling "),
        () ->
            "the sound mode did not check the sources on the first build\n"
                + firstBuild.describe());
  }

  @Test
  void theSoundModeRunsOnAnIncrementalBuildAfterAnEdit() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(BURNER, UTF_8));
    int edit = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// EDIT:")) {
        assertEquals(-1, edit, "lines marked // EDIT: in " + BURNER);
        edit = i;
      }
    }
    assertNotEquals(-1, edit, "no line marked // EDIT: in " + BURNER);
    lines.set(edit, EDIT);
    Files.write(BURNER, lines, UTF_8);

    MavenRun secondBuild = maven("second-build.log");

    assertNotEquals(0, secondBuild.exitCode(), secondBuild::describe);
    assertEquals(
        List.of(new Diagnostic("ERROR", relative(BURNER), edit + 1, "comparison")),
        secondBuild.diagnostics(),
        secondBuild::describe);
    assertTrue(
        secondBuild.log().contains("compile (" + soundModeExecution() + ") on project"),
        () -> "the build failed elsewhere than in the sound mode\n" + secondBuild.describe());
  }

  /** The project: the README's blocks, the fixture's sources, and a POM around them. */
  private static void writeProject() throws IOException {
    deleteTree(PROJECT);
    UserBuild.copyTree(FIXTURE, PROJECT);
    Files.writeString(BINDING, "package com.example.jna;\n\n" + readme.block("jna-binding"), UTF_8);
    Files.createDirectories(PROJECT.resolve(".mvn"));
    Files.writeString(PROJECT.resolve(".mvn/jvm.config"), readme.block("jvm-config"), UTF_8);

    String compilerPlugin = readme.block("error-prone-plugin");
    int end = compilerPlugin.lastIndexOf("</plugin>");
    assertNotEquals(-1, end, "README.md's error-prone-plugin block is no <plugin>");
    String withSoundMode =
        compilerPlugin.substring(0, end)
            + readme.block("sound-mode-execution")
            + compilerPlugin.substring(end);
    String pom =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.example</groupId>
        <artifactId>readme-consumer</artifactId>
        <version>1.0</version>
        <properties>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        <maven.compiler.release>17</maven.compiler.release>
        </properties>
        <dependencies>
        %s%s<dependency>
        <groupId>net.java.dev.jna</groupId>
        <artifactId>jna-platform</artifactId>
        <version>%s</version>
        </dependency>
        </dependencies>
        <build>
        <plugins>
        <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>%s</version>
        </plugin>
        %s</plugins>
        </build>
        </project>
        """
            .formatted(
                readme.block("annotations-dependency"),
                readme.block("checker-qual-dependency"),
                UserBuild.property("imapi.e2e.jnaVersion"),
                UserBuild.property("imapi.e2e.resourcesPluginVersion"),
                withSoundMode);
    Files.writeString(PROJECT.resolve("pom.xml"), pom, UTF_8);

    String repository =
        """
        <id>central</id>
        <url>%s</url>
        <releases><checksumPolicy>ignore</checksumPolicy></releases>
        <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(Path.of(UserBuild.property("imapi.e2e.outerRepository")).toUri());
    Files.writeString(
        WORK.resolve("settings.xml"),
        """
        <settings>
        <localRepository>%s</localRepository>
        <profiles>
        <profile>
        <id>outer-build</id>
        <repositories><repository>%s</repository></repositories>
        <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
        </profile>
        </profiles>
        <activeProfiles><activeProfile>outer-build</activeProfile></activeProfiles>
        </settings>
        """
            .formatted(UserBuild.property("imapi.e2e.readmeRepository"), repository, repository),
        UTF_8);
    Files.writeString(WORK.resolve("global-settings.xml"), "<settings/>\n", UTF_8);
  }

  /** {@code mvn compile} in the project, its output kept in {@code logName} under WORK. */
  private static MavenRun maven(String logName) throws IOException {
    Path log = WORK.resolve(logName);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(UserBuild.property("imapi.e2e.mavenHome"), "bin", "mvn").toString(),
                "-B",
                "--no-transfer-progress",
                "--offline",
                "-Daether.offline.protocols=file",
                "--global-settings",
                WORK.resolve("global-settings.xml").toString(),
                "--settings",
                WORK.resolve("settings.xml").toString(),
                "compile")
            .directory(PROJECT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("MAVEN_OPTS");
    builder.environment().remove("MAVEN_ARGS");
    builder.environment().put("JAVA_HOME", UserBuild.property("imapi.e2e.mavenJavaHome"));
    Process process = builder.start();
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("mvn compile took more than " + TIMEOUT_MINUTES + " minutes; its output: " + log);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new MavenRun(process.exitValue(), Files.readString(log, UTF_8), log);
  }

  /** The id of the README's sound-mode execution. */
  private static String soundModeExecution() {
    return xml(readme.block("sound-mode-execution"))
        .getElementsByTagName("id")
        .item(0)
        .getTextContent()
        .trim();
  }

  private static Element xml(String block) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(block)))
          .getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("README.md's block is not XML: " + block, e);
    }
  }

  /** The text of {@code node}'s sibling element {@code name}, or null if it has none. */
  private static String sibling(Node node, String name) {
    for (Node child = node.getParentNode().getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    return null;
  }

  private static String relative(Path source) {
    return SOURCES.relativize(source).toString().replace('\\', '/');
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * One diagnostic of the build.
   *
   * @param file the source file, relative to src/main/java, with '/' separators
   * @param key the check's name, or the sound mode's message key
   */
  record Diagnostic(String severity, String file, int line, String key) {
    static final Comparator<Diagnostic> ORDER =
        Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::key);
  }

  /** A finished {@code mvn} run. */
  record MavenRun(int exitCode, String log, Path logFile) {
    /**
     * The diagnostics printed before the build's result, in order of file and line; Maven repeats a
     * failed compilation's errors after it.
     */
    List<Diagnostic> diagnostics() {
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (String line : log.lines().toList()) {
        if (line.startsWith("[INFO] BUILD ")) {
          break;
        }
        Matcher diagnostic = DIAGNOSTIC.matcher(line);
        if (diagnostic.find()) {
          diagnostics.add(
              new Diagnostic(
                  diagnostic.group(1),
                  relative(Path.of(diagnostic.group(2))),
                  Integer.parseInt(diagnostic.group(3)),
                  diagnostic.group(4)));
        }
      }
      diagnostics.sort(Diagnostic.ORDER);
      return diagnostics;
    }

    /** What the plugin execution {@code id} printed, from its "--- plugin (id) @ project ---". */
    String execution(String id) {
      StringBuilder output = new StringBuilder();
      boolean inside = false;
      for (String line : log.lines().toList()) {
        if (line.startsWith("[INFO] --- ")) {
          inside = line.contains(" (" + id + ") @ ");
        } else if (line.startsWith("[INFO] BUILD ")) {
          inside = false;
        }
        if (inside) {
          output.append(line).append('\n');
        }
      }
      return output.toString();
    }

    String describe() {
      return "mvn compile exited with " + exitCode + "; its output (" + logFile + "):\n" + log;
    }
  }
}
