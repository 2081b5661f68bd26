package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.tools.javac.main.Main.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared -XepOpt:Imapi flags, read by every check. */
final class SharedFlagsTest {
  private static final ScannerSupplier ALL_CHECKS =
      ScannerSupplier.fromBugCheckerClasses(
          ImapiResultComparedToLiteral.class,
          ImapiUnknownResultCode.class,
          ImapiMisdefinedConstant.class,
          ImapiSuccessInfoAsFailure.class,
          ImapiHResultMisuse.class,
          ImapiResultIgnored.class,
          ImapiMissingResultCode.class);

  @Test
  void aMalformedValueFailsTheBuildOnceWithoutACrash() {
    // The helper fails on a compiler crash report; every check reads the bad flag.
    CompilationTestHelper.newInstance(ALL_CHECKS, getClass())
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.Burner,com..Drive")
        .addSourceLines("A.java", "class A {}")
        .expectResult(Result.ERROR)
        .doTest();
  }

  @Test
  void everyCheckSeesTheBindingTypes() {
    CompilationTestHelper.newInstance(ALL_CHECKS, getClass())
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.Burner")
        .addSourceLines(
            "com/acme/Burner.java",
            "package com.acme;",
            "public interface Burner { int recordDisc(boolean simulate, boolean eject); }")
        .addSourceLines(
            "Use.java",
            "class Use {",
            "  boolean run(com.acme.Burner burner) {",
            "    // BUG: Diagnostic contains: ImapiMissingResultCode",
            "    int hr = burner.recordDisc(false, true);",
            "    // BUG: Diagnostic contains: ImapiResultComparedToLiteral",
            "    if (hr == 0x8004020D) return false;",
            "    // BUG: Diagnostic contains: ImapiUnknownResultCode",
            "    return hr == 0x8004020A;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void everyCheckNamesTheUsersTypeAndMethod() {
    CompilationTestHelper.newInstance(ALL_CHECKS, getClass())
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.VendorDrive")
        .addSourceLines(
            "com/acme/VendorDrive.java",
            "package com.acme;",
            "public interface VendorDrive {",
            "  int eject();",
            "  int recordDisc(boolean simulate, boolean eject);",
            "  int setRecorderProperties(Object properties);",
            "}")
        .addSourceLines(
            "Use.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Use {",
            "  boolean run(com.acme.VendorDrive drive) {",
            "    // BUG: Diagnostic contains: the result of VendorDrive.eject is dropped",
            "    drive.eject();",
            "    // BUG: Diagnostic contains: VendorDrive.recordDisc can return IMAPI_E_USERABORT",
            "    if (ImapiError.failed(drive.recordDisc(false, true))) return false;",
            "    // BUG: Diagnostic contains: setRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "    return drive.setRecorderProperties(null) == S_OK;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aBindingTypeThatNamesNoTypeIsOneWarningNamingFlagAndEntry(@TempDir Path work)
      throws IOException {
    String flag =
        "-XepOpt:Imapi:BindingTypes=com.acme.Burner,com.acme.Missing,com.acme.Burner$Tray,"
            + "com.sun.jna.platform.win32.WinNT";
    Path burner =
        write(
            work.resolve("src/com/acme/Burner.java"),
            "package com.acme;\n"
                + "public interface Burner {\n"
                + "  int recordDisc(boolean simulate, boolean eject);\n"
                + "  interface Tray { int eject(); }\n"
                + "}\n");
    Path use =
        write(
            work.resolve("src/com/acme/Use.java"),
            "package com.acme;\n"
                + "class Use {\n"
                + "  void run(Burner burner) { burner.recordDisc(false, true); }\n"
                + "}\n");
    Path other =
        write(work.resolve("src/com/acme/Other.java"), "package com.acme;\nclass Other {}\n");

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            List.of(burner, use, other),
            System.getProperty("java.class.path"),
            Files.createDirectories(work.resolve("classes")),
            ImapiCompilation.registered(),
            List.of(flag));

    assertFalse(outcome.crashed(), outcome::describe);
    assertEquals(List.of(), outcome.errors(), outcome::describe);
    List<String> warnings =
        outcome.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.WARNING && d.getSource() == null)
            .map(d -> d.getMessage(Locale.ROOT))
            .collect(Collectors.toList());
    // Seven checks, three files: each entry that names no type is reported once. Burner is among
    // the sources; WinNT is on the classpath, though no source mentions it.
    assertEquals(
        List.of(
            flag
                + ": 'com.acme.Missing' names no type on this compilation's classpath or among its"
                + " sources, so no call through it is recognized; give the fully qualified name of"
                + " a class or interface on the classpath",
            flag
                + ": 'com.acme.Burner$Tray' names no type on this compilation's classpath or among"
                + " its sources, so no call through it is recognized; give the fully qualified name"
                + " of a class or interface on the classpath: a nested type is named with dots, as"
                + " in com.acme.Burner.Tray"),
        warnings,
        outcome::describe);
    // The entries that name types still work.
    assertEquals(
        1, outcome.findings("[ImapiResultIgnored] the result of Burner.recordDisc").size());
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
