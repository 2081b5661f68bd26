package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every link a diagnostic gives leads to a page of this repository: the links are built from the
 * parent POM's {@code <url>}, and each registered check's link, and each link in the messages of
 * every check on testdata's buggy sample, names a file under {@code docs/}.
 */
final class DocsLinksTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s)'\"]+");

  @Test
  void theLinksAreBuiltFromTheParentPomsUrl() throws Exception {
    assertEquals(parentPomUrl(), ProjectLinks.PROJECT_URL);
    assertEquals(ProjectLinks.PROJECT_URL + "/blob/main/", ProjectLinks.FILES);
    assertEquals(ProjectLinks.FILES + "docs/checks/", ImapiBugChecker.DOCS);
  }

  @Test
  void everyRegisteredChecksLinkIsAPageInDocs() {
    List<Class<? extends BugChecker>> checks = ImapiCompilation.registered();
    assertFalse(checks.isEmpty());
    for (Class<? extends BugChecker> check : checks) {
      assertIsPageInDocs(check.getAnnotation(BugPattern.class).link());
    }
  }

  @Test
  void everyLinkInTheMessagesIsAPageInDocs(@TempDir Path work) throws IOException {
    List<Path> sources =
        Stream.of("testdata/src/main/java", "testdata/src/buggy/java")
            .flatMap(DocsLinksTest::javaFiles)
            .collect(Collectors.toList());

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            sources,
            System.getProperty("java.class.path"),
            Files.createDirectories(work.resolve("classes")),
            ImapiCompilation.registered(),
            List.of("-XepOpt:Imapi:BindingTypes=com.example.burner.buggy.VendorDrive"));

    assertFalse(outcome.crashed(), outcome::describe);
    Set<String> links = new TreeSet<>();
    Set<String> reporting = new TreeSet<>();
    for (var diagnostic : outcome.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      Matcher link = LINK.matcher(message);
      while (link.find()) {
        links.add(link.group());
      }
      if (message.startsWith("[")) {
        reporting.add(message.substring(1, message.indexOf(']')));
      }
    }
    // Every check reports on the buggy sample, so every kind of message is among these.
    assertEquals(
        ImapiCompilation.registered().stream()
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new)),
        reporting,
        outcome::describe);
    assertEquals(reporting.size(), links.size(), links::toString);
    links.forEach(DocsLinksTest::assertIsPageInDocs);
  }

  /** A link into the project's files that names a file under docs/ of this repository. */
  private static void assertIsPageInDocs(String link) {
    assertTrue(link.startsWith(ProjectLinks.FILES), () -> link + " is not a link to our files");
    String path = link.substring(ProjectLinks.FILES.length());
    assertTrue(path.startsWith("docs/"), () -> link + " is not a docs page");
    assertTrue(Files.isRegularFile(ROOT.resolve(path)), () -> link + ": no file " + path);
  }

  private static String parentPomUrl() throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(ROOT.resolve("pom.xml").toFile())
            .getDocumentElement();
    for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("url")) {
        return element.getTextContent().trim();
      }
    }
    throw new AssertionError("the parent POM has no <url>");
  }

  private static Stream<Path> javaFiles(String directory) {
    try (Stream<Path> files = Files.walk(ROOT.resolve(directory))) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
