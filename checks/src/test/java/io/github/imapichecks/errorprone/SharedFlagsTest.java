package io.github.imapichecks.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.tools.javac.main.Main.Result;
import org.junit.jupiter.api.Test;

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
}
