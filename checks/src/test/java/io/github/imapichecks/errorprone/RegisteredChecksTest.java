package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.bugpatterns.BugChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every check the jar registers links its own docs page, which exists, answers to "imapihresult",
 * and has a public no-argument constructor, as Error Prone's plugin loader needs.
 */
final class RegisteredChecksTest {
  private static final Path DOCS = Path.of("..", "docs", "checks");

  @Test
  void theChecksAreRegistered() {
    assertEquals(
        List.of(
            "ImapiHResultMisuse",
            "ImapiMisdefinedConstant",
            "ImapiMissingResultCode",
            "ImapiResultComparedToLiteral",
            "ImapiResultIgnored",
            "ImapiSuccessInfoAsFailure",
            "ImapiUnknownResultCode"),
        ImapiCompilation.registered().stream()
            .map(Class::getSimpleName)
            .sorted()
            .collect(Collectors.toList()));
  }

  @Test
  void everyCheckLinksItsOwnDocsPage() {
    for (Class<? extends BugChecker> check : ImapiCompilation.registered()) {
      BugPattern pattern = check.getAnnotation(BugPattern.class);
      String name = check.getSimpleName();
      assertEquals(LinkType.CUSTOM, pattern.linkType(), name);
      assertEquals(ImapiBugChecker.DOCS + name + ".md", pattern.link(), name);
      assertFalse(pattern.link().contains("errorprone.info"), name);
      Path page = DOCS.resolve(name + ".md");
      assertTrue(Files.isRegularFile(page), () -> name + " has no docs page " + page);
    }
  }

  @Test
  void everyCheckAnswersToTheFamilyName() throws Exception {
    for (Class<? extends BugChecker> check : ImapiCompilation.registered()) {
      assertEquals(
          List.of("imapihresult"),
          List.of(check.getAnnotation(BugPattern.class).altNames()),
          check.getSimpleName());
      assertTrue(check.getConstructor().newInstance() instanceof ImapiBugChecker);
    }
  }
}
