package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an IDE shows of a finding: its kind, the severity the check declares, and the range it
 * underlines, which must be exactly the offending expression.
 */
final class DiagnosticsIT {
  private static final String SPEC =
      """
      package spec;

      import static io.github.imapichecks.annotations.ImapiError.S_OK;

      import com.example.burner.imapi.IDiscMaster;
      import com.example.burner.jna.IJolietDiscMaster;
      import com.sun.jna.platform.win32.W32Errors;
      import com.sun.jna.platform.win32.WinNT.HRESULT;
      import io.github.imapichecks.annotations.ImapiHResult;

      class Spec {
        %s
      }
      """;

  @Test
  void everyFindingHasTheSeverityItsCheckDeclares() {
    // The buggy client as a user's build reports it: without -XepAllErrorsAsWarnings.
    Result result =
        Samples.buggyWith(
            TestdataPom.plugin(TestdataPom.BUGGY).replace(" -XepAllErrorsAsWarnings", ""));
    assertFalse(result.findings().isEmpty(), result::log);
    for (Finding finding : result.findings()) {
      assertEquals(RegisteredChecks.named(finding.check()).kind(), finding.kind(), finding::golden);
    }
  }

  /** Per check, code whose offending expression is between « and ». */
  static Stream<Arguments> offendingExpressions() {
    return Stream.of(
        arguments(
            "ImapiResultComparedToLiteral",
            "a number",
            """
            boolean cancelled(IDiscMaster master) {
              int hr = master.RecordDisc(false, true);
              return hr == «0x8004020D»;
            }"""),
        arguments(
            "ImapiResultComparedToLiteral",
            "a case label",
            """
            String opened(IDiscMaster master) {
              return switch (master.Open()) {
                case «0x80040222» -> "already open";
                default -> "opened";
              };
            }"""),
        arguments(
            "ImapiUnknownResultCode",
            "an undefined code",
            """
            boolean unreachable(IDiscMaster master) {
              int hr = master.RecordDisc(false, true);
              return hr == «0x8004020A»;
            }"""),
        arguments(
            "ImapiUnknownResultCode",
            "an IMAPI v2 code compared with a JNA result",
            """
            boolean cancelled(IJolietDiscMaster joliet) {
              return joliet.AddData(null, 0).intValue() == «0xC0AA0002»;
            }"""),
        arguments(
            "ImapiMisdefinedConstant",
            "an int constant",
            "static final int IMAPI_S_PROPERTIESIGNORED = «0x80040200»;"),
        arguments(
            "ImapiMisdefinedConstant",
            "a JNA HRESULT constant",
            "static final HRESULT IMAPI_E_DISCFULL = new HRESULT(«0x8004021D»);"),
        arguments(
            "ImapiSuccessInfoAsFailure",
            "a test with != S_OK",
            """
            void open(IDiscMaster master) {
              int hr = master.Open();
              if («hr != S_OK») {
                throw new IllegalStateException();
              }
            }"""),
        arguments(
            "ImapiSuccessInfoAsFailure",
            "JNA's equals(S_OK)",
            """
            boolean named(IJolietDiscMaster joliet) {
              HRESULT hr = joliet.SetJolietProperties(null);
              return «hr.equals(W32Errors.S_OK)»;
            }"""),
        arguments(
            "ImapiSuccessInfoAsFailure",
            "a switch whose default fails",
            """
            boolean burned(IDiscMaster master) {
              return switch (master.RecordDisc(false, true)) {
                «case S_OK -> true;»
                default -> false;
              };
            }"""),
        arguments(
            "ImapiHResultMisuse", "the annotation on a String", "«@ImapiHResult» String label;"),
        arguments(
            "ImapiHResultMisuse",
            "a number returned as a result",
            """
            @ImapiHResult
            int open(IDiscMaster master) {
              if (master == null) {
                return «-1»;
              }
              return master.Open();
            }"""),
        arguments(
            "ImapiHResultMisuse",
            "arithmetic on a result",
            """
            long unsigned(IDiscMaster master) {
              int hr = master.Open();
              return «hr + 0x1_0000_0000L»;
            }"""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("offendingExpressions")
  void theFindingCoversExactlyTheOffendingExpression(
      String check, String what, String member, @TempDir Path work) throws IOException {
    String marked = SPEC.formatted(member.replace("\n", "\n  "));
    int start = marked.indexOf('«');
    int end = marked.indexOf('»') - 1;
    Path source = work.resolve("spec/Spec.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, marked.replace("«", "").replace("»", ""), UTF_8);

    Result result = UserBuild.compile(work, UserBuild.options("-Xplugin:ErrorProne"));
    List<Finding> findings =
        result.findings().stream().filter(finding -> finding.check().equals(check)).toList();
    assertEquals(1, findings.size(), result::log);
    Finding finding = findings.get(0);
    assertEquals(RegisteredChecks.named(check).kind(), finding.kind(), finding::golden);
    if (finding.pointOnly()) {
      // Newer Error Prone reports only the preferred position: it must lie in the expression.
      assertTrue(
          finding.start() >= start && finding.start() < end,
          () -> finding.golden() + " should point into [" + start + ", " + end + ")");
    } else {
      assertEquals(marked.substring(start + 1, end + 1), finding.text(), "the underlined text");
      assertEquals(start, finding.start(), "start");
      assertEquals(end, finding.end(), "end");
    }
  }
}
