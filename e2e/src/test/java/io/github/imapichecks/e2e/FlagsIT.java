package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Error Prone's command-line flags, as a user's build passes them, on the buggy client. */
final class FlagsIT {
  /** The -XepOpt flags these tests cover; every flag the documentation names must be here. */
  private static final Set<String> TESTED_FLAGS =
      Set.of("Imapi:BindingTypes", "ImapiMissingResultCode:Required");

  private static final String BINDING_TYPES =
      " -XepOpt:Imapi:BindingTypes=com.example.burner.buggy.VendorDrive";

  static Stream<String> checks() {
    return RegisteredChecks.names().stream().sorted();
  }

  /** The buggy client's Error Prone arguments, without -XepAllErrorsAsWarnings. */
  private static String asUsersReportIt() {
    return TestdataPom.plugin(TestdataPom.BUGGY).replace(" -XepAllErrorsAsWarnings", "");
  }

  @ParameterizedTest(name = "-Xep:{0}:OFF")
  @MethodSource("checks")
  void offSilencesThatCheckAlone(String check) {
    Result result =
        Samples.buggyWith(TestdataPom.plugin(TestdataPom.BUGGY) + " -Xep:" + check + ":OFF");
    assertEquals(
        Samples.buggy().findings().stream()
            .filter(finding -> !finding.check().equals(check))
            .map(Finding::golden)
            .toList(),
        result.findings().stream().map(Finding::golden).toList());
  }

  /**
   * {@code -Xep:<CheckName>:ERROR} on every WARNING check and {@code :WARN} on every ERROR check,
   * in one compilation: each check's findings take the severity asked for, and nothing else moves.
   */
  @Test
  void errorAndWarnRegradeEachChecksFindings() {
    Map<String, Diagnostic.Kind> regraded = new TreeMap<>();
    StringBuilder flags = new StringBuilder();
    for (RegisteredChecks.Check check : RegisteredChecks.all()) {
      boolean error = check.kind() == Diagnostic.Kind.ERROR;
      regraded.put(check.name(), error ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR);
      flags.append(" -Xep:").append(check.name()).append(error ? ":WARN" : ":ERROR");
    }
    Result result = Samples.buggyWith(asUsersReportIt() + flags);

    assertEquals(
        Samples.buggy().findings().stream().map(Finding::golden).toList(),
        result.findings().stream().map(Finding::golden).toList(),
        "the same findings");
    for (Finding finding : result.findings()) {
      assertEquals(regraded.get(finding.check()), finding.kind(), finding::golden);
    }
    assertFalse(result.succeeded(), "an ERROR finding fails the compilation");
  }

  @Test
  void bindingTypesMakesTheChecksFollowAUsersOwnBinding() {
    String plugin = TestdataPom.plugin(TestdataPom.BUGGY);
    assertTrue(plugin.contains(BINDING_TYPES), plugin);
    List<String> viaVendorDrive =
        Samples.buggy().findings().stream()
            .filter(finding -> finding.file().endsWith("/LegacyBurner.java"))
            .map(Finding::golden)
            .toList();
    assertFalse(viaVendorDrive.isEmpty(), "LegacyBurner's bugs are found through VendorDrive");

    Result without = Samples.buggyWith(plugin.replace(BINDING_TYPES, ""));
    assertEquals(
        Samples.buggy().findings().stream()
            .map(Finding::golden)
            .filter(finding -> !viaVendorDrive.contains(finding))
            .toList(),
        without.findings().stream().map(Finding::golden).toList());
  }

  @Test
  void aMalformedBindingTypesValueIsOnePlainCompilationError(@TempDir Path work)
      throws IOException {
    Path source = work.resolve("app/App.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package app;\nclass App {}\nclass Other {}\n", UTF_8);

    Result result =
        UserBuild.compile(
            work,
            UserBuild.options(
                "-Xplugin:ErrorProne -XepOpt:Imapi:BindingTypes=com.acme.Burner,com..Drive"));

    assertFalse(result.succeeded());
    List<Finding> errors =
        result.diagnostics().stream()
            .filter(finding -> finding.kind() == Diagnostic.Kind.ERROR)
            .toList();
    assertEquals(1, errors.size(), result::log);
    assertEquals(-1, errors.get(0).start(), "no position: the flag, not the code, is wrong");
    assertEquals(
        "-XepOpt:Imapi:BindingTypes=com.acme.Burner,com..Drive: 'com..Drive' is not a fully"
            + " qualified type name; list your binding types separated by commas, as in"
            + " -XepOpt:Imapi:BindingTypes=com.acme.imapi.Burner,com.acme.imapi.Recorder",
        errors.get(0).message());
  }

  @Test
  void requiredChangesTheCodesImapiMissingResultCodeAsksFor(@TempDir Path work) throws IOException {
    Path source = work.resolve("app/Eject.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        String.join(
            "\n",
            "package app;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "interface IDiscRecorder { int Eject(); }",
            "class Eject {",
            "  boolean eject(IDiscRecorder recorder) {",
            "    return ImapiError.succeeded(recorder.Eject());",
            "  }",
            "}",
            ""),
        UTF_8);

    Result plain = UserBuild.compile(work, UserBuild.options("-Xplugin:ErrorProne"));
    Result required =
        UserBuild.compile(
            work,
            UserBuild.options(
                "-Xplugin:ErrorProne"
                    + " -XepOpt:ImapiMissingResultCode:Required=IDiscRecorder.Eject=IMAPI_E_MEDIUM_NOTPRESENT"));

    assertEquals(List.of(), plain.findings(), plain::log);
    List<Finding> findings = required.findings();
    assertEquals(1, findings.size(), required::log);
    assertEquals("ImapiMissingResultCode", findings.get(0).check());
    assertTrue(
        findings
            .get(0)
            .message()
            .contains(
                "Eject can return IMAPI_E_MEDIUM_NOTPRESENT (required by your"
                    + " -XepOpt:ImapiMissingResultCode:Required)"),
        findings.get(0)::message);
  }

  @Test
  void aMalformedRequiredValueIsOnePlainCompilationError(@TempDir Path work) throws IOException {
    Path source = work.resolve("app/App.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package app;\nclass App {}\n", UTF_8);

    Result result =
        UserBuild.compile(
            work,
            UserBuild.options(
                "-Xplugin:ErrorProne"
                    + " -XepOpt:ImapiMissingResultCode:Required=IDiscMaster.Burn=IMAPI_E_DISCFULL"));

    assertFalse(result.succeeded());
    List<Finding> errors =
        result.diagnostics().stream()
            .filter(finding -> finding.kind() == Diagnostic.Kind.ERROR)
            .toList();
    assertEquals(1, errors.size(), result::log);
    assertEquals(
        "-XepOpt:ImapiMissingResultCode:Required=IDiscMaster.Burn=IMAPI_E_DISCFULL:"
            + " 'IDiscMaster.Burn=IMAPI_E_DISCFULL' names no method of an IMAPI interface (in COM"
            + " naming, as IDiscMaster.RecordDisc, IDiscFormat2Data.Write or"
            + " IFileSystemImage.put_FileSystemsToCreate); write"
            + " Interface.Method=CODE|CODE to replace a method's required codes or"
            + " Interface.Method+=CODE to add to them, as in"
            + " -XepOpt:ImapiMissingResultCode:Required=IDiscMaster.RecordDisc+=IMAPI_E_DEVICE_NOTACCESSIBLE",
        errors.get(0).message());
  }

  @Test
  void everyDocumentedFlagIsTested() throws IOException {
    Pattern flag = Pattern.compile("-XepOpt:(\\w+:\\w+)");
    Set<String> documented = new TreeSet<>();
    try (Stream<Path> pages = Files.list(UserBuild.DOCS)) {
      for (Path page :
          Stream.concat(pages, Stream.of(UserBuild.ROOT.resolve("README.md"))).toList()) {
        documented.addAll(
            flag.matcher(Files.readString(page, UTF_8))
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet()));
      }
    }
    documented.removeAll(TESTED_FLAGS);
    assertEquals(Set.of(), documented, "test these flags in FlagsIT and list them in TESTED_FLAGS");
  }
}
