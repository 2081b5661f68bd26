package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suppression contract, for every registered check: a member that draws the check's finding
 * draws none under {@code @SuppressWarnings("<CheckName>")}, none under
 * {@code @SuppressWarnings("imapihresult")}, and none with {@code -Xep:<CheckName>:OFF}.
 */
final class SuppressionTest {
  /** For each check, a class member that draws its finding. */
  private static final Map<String, String> BUGS =
      Map.of(
          "ImapiResultComparedToLiteral",
          "boolean run(IDiscMaster master) { return master.Open() == 0x80040222; }",
          "ImapiUnknownResultCode",
          "boolean run(IDiscMaster master) { return master.Open() == -1; }",
          "ImapiMisdefinedConstant",
          "static final int IMAPI_S_PROPERTIESIGNORED = 0x80040200;",
          "ImapiSuccessInfoAsFailure",
          "boolean run(IDiscMaster master) { return master.Open() == 0; }",
          "ImapiResultIgnored",
          "void run(IDiscMaster master) { master.Open(); }",
          "ImapiMissingResultCode",
          "boolean run(IDiscMaster master) { return ImapiError.succeeded(master.Open()); }",
          "ImapiHResultMisuse",
          "@ImapiHResult int run() { return -1; }");

  static List<Class<? extends BugChecker>> checks() {
    return ImapiCompilation.registered();
  }

  @Test
  void everyCheckHasABugHere() {
    assertEquals(
        BUGS.keySet().stream().sorted().collect(Collectors.toList()),
        checks().stream().map(Class::getSimpleName).sorted().collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void theBugIsFound(Class<? extends BugChecker> check) {
    helper(check)
        .addSourceLines(
            "Bug.java",
            imports(),
            "class Bug {",
            "  // BUG: Diagnostic contains: [" + check.getSimpleName() + "]",
            "  " + BUGS.get(check.getSimpleName()),
            "}")
        .doTest();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void suppressedByItsName(Class<? extends BugChecker> check) {
    suppressedBy(check, check.getSimpleName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void suppressedWithEveryImapiCheck(Class<? extends BugChecker> check) {
    suppressedBy(check, "imapihresult");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void turnedOff(Class<? extends BugChecker> check) {
    helper(check)
        .setArgs("-Xep:" + check.getSimpleName() + ":OFF")
        .addSourceLines(
            "Off.java", imports(), "class Off {", "  " + BUGS.get(check.getSimpleName()), "}")
        .expectNoDiagnostics()
        .doTest();
  }

  private void suppressedBy(Class<? extends BugChecker> check, String name) {
    helper(check)
        .addSourceLines(
            "Suppressed.java",
            imports(),
            "class Suppressed {",
            "  @SuppressWarnings(\"" + name + "\")",
            "  " + BUGS.get(check.getSimpleName()),
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  private CompilationTestHelper helper(Class<? extends BugChecker> check) {
    return ImapiBindingSources.addTo(CompilationTestHelper.newInstance(check, getClass()));
  }

  private static String imports() {
    return "import imapi.*; import io.github.imapichecks.annotations.*;";
  }
}
