package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

final class ImapiHResultMisuseTest {
  private final CompilationTestHelper helper =
      ImapiBindingSources.addTo(
          CompilationTestHelper.newInstance(ImapiHResultMisuse.class, getClass()));
  private final BugCheckerRefactoringTestHelper refactoring =
      ImapiBindingSources.addTo(
          BugCheckerRefactoringTestHelper.newInstance(ImapiHResultMisuse.class, getClass()));

  @Test
  void correctUsesAreFine() {
    helper
        .addSourceLines(
            "Fine.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.WinNT;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import java.util.List;",
            "import imapi.*;",
            "class Fine {",
            "  @ImapiHResult int field = S_OK;",
            "  @ImapiHResult Integer boxed;",
            "  @ImapiHResult long wide;",
            "  // A Long holds a result as a long does, for the checks as for the sound mode.",
            "  @ImapiHResult Long boxedWide;",
            "  WinNT.@ImapiHResult HRESULT jna;",
            "  @ImapiHResult int[] history = new int[4];",
            "  List<@ImapiHResult Integer> list;",
            "  @ImapiHResult int burn(IDiscMaster master, boolean ok) {",
            "    if (!ok) return ok ? S_OK : E_FAIL;",
            "    return master.RecordDisc(false, true);",
            "  }",
            "  void take(@ImapiHResult int hr) {}",
            "  int plain() { return -1; }",
            "  void run(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    take(hr);",
            "    take(IMAPI_E_DISCFULL);",
            "    field = hr;",
            "    int code = hr & 0xFFFF;",
            "    int facility = (hr >>> 16) & 0x7FF;",
            "    String text = \"hr=\" + hr;",
            "    int count = 0;",
            "    count++;",
            "    int sum = count + 1;",
            "    java.util.function.IntSupplier supplier = () -> -1;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void qualifierOnATypeThatCannotHoldAnHResult() {
    helper
        .addSourceLines(
            "BadTypes.java",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import java.util.List;",
            "class BadTypes {",
            "  // BUG: Diagnostic contains: @ImapiHResult on String, which cannot hold",
            "  @ImapiHResult String name;",
            "  // BUG: Diagnostic contains: @ImapiHResult on boolean",
            "  @ImapiHResult boolean ok() { return true; }",
            "  // BUG: Diagnostic contains: @ImapiHResult on double",
            "  void take(@ImapiHResult double d) {}",
            "  // BUG: Diagnostic contains: @ImapiHResult on short",
            "  @ImapiHResult short small;",
            "  // BUG: Diagnostic contains: @ImapiHResult on char",
            "  @ImapiHResult char letter;",
            "  // BUG: Diagnostic contains: @ImapiHResult on Object",
            "  @ImapiHResult Object any;",
            "  // BUG: Diagnostic contains: @ImapiHResult on int[]",
            "  int @ImapiHResult [] codes;",
            "  // BUG: Diagnostic contains: @ImapiHResult on String",
            "  List<@ImapiHResult String> names;",
            "  void local() {",
            "    // BUG: Diagnostic contains: @ImapiHResult on String",
            "    @ImapiHResult String text = \"\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void numbersGivenToImapiHResultLocations() {
    helper
        .addSourceLines(
            "Numbers.java",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import imapi.*;",
            "class Numbers {",
            "  // BUG: Diagnostic matches: DISCFULL",
            "  @ImapiHResult int field = 0x8004021C;",
            "  Numbers(@ImapiHResult int hr) {}",
            "  @ImapiHResult int fails() {",
            "    // BUG: Diagnostic matches: E_FAIL",
            "    return -1;",
            "  }",
            "  @ImapiHResult int succeedsFalse() {",
            "    // BUG: Diagnostic contains: 1 given as an @ImapiHResult is S_FALSE",
            "    return 1;",
            "  }",
            "  @ImapiHResult int fromBoolean(boolean ok) {",
            "    // BUG: Diagnostic contains: 0 given as an @ImapiHResult is S_OK",
            "    return ok ? 0",
            "        // BUG: Diagnostic contains: 1 given as an @ImapiHResult is S_FALSE",
            "        : 1;",
            "  }",
            "  @ImapiHResult int unknown() {",
            "    // BUG: Diagnostic contains: 42 given as an @ImapiHResult is no code any IMAPI call"
                + " returns",
            "    return 42;",
            "  }",
            "  void take(@ImapiHResult int hr) {}",
            "  void run() {",
            "    // BUG: Diagnostic contains: is IMAPI_E_USERABORT",
            "    @ImapiHResult int local = 0x8004020D;",
            "    // BUG: Diagnostic contains: is IMAPI_E_GENERIC",
            "    local = 0x8004020E;",
            "    // BUG: Diagnostic contains: is E_FAIL",
            "    take(0x80004005);",
            "    // BUG: Diagnostic contains: is S_OK",
            "    new Numbers(0);",
            "  }",
            "}")
        .expectErrorMessage(
            "DISCFULL",
            FixLine.once("@ImapiHResult int field = ImapiError.IMAPI_E_DISCFULL;")
                .and(
                    message ->
                        message.contains(
                            "0x8004021C given as an @ImapiHResult is IMAPI_E_DISCFULL")))
        .expectErrorMessage(
            "E_FAIL",
            FixLine.once("return ImapiError.E_FAIL;")
                .and(
                    message ->
                        message.contains(
                            "-1 given as an @ImapiHResult is no HRESULT; a failure is E_FAIL"
                                + " (0x80004005)")))
        .doTest();
  }

  @Test
  void decision_returnInAnImplementationOfABindingIsNoLocation() {
    helper
        .addSourceLines(
            "Fakes.java",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import imapi.*;",
            "class Fakes {",
            "  /** A progress callback: its results go to IMAPI, not from it. */",
            "  interface IDiscMasterProgressEvents { int QueryCancel(boolean[] cancel); }",
            "  static final class FakeMaster implements IDiscMaster {",
            "    @Override public int Open() { return 0; }",
            "    @Override public int SetActiveDiscRecorder(IDiscRecorder recorder) { return -1; }",
            "    @Override public int RecordDisc(boolean simulate, boolean eject) { return 0x8004021C; }",
            "    @Override public int ClearFormatContent() { return 1; }",
            "    // Annotated, the implementation is a location like any other.",
            "    @Override public @ImapiHResult int Close() {",
            "      // BUG: Diagnostic contains: 0 given as an @ImapiHResult is S_OK",
            "      return 0;",
            "    }",
            "  }",
            "  static final class Events implements IDiscMasterProgressEvents {",
            "    @Override public int QueryCancel(boolean[] cancel) { return 0; }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void parametersOfClassFiles() {
    helper
        .addSourceLines(
            "FromJar.java",
            "import io.github.imapichecks.errorprone.compiled.CompiledWrappers;",
            "class FromJar {",
            "  void run() {",
            "    // BUG: Diagnostic contains: is IMAPI_E_DISCFULL",
            "    CompiledWrappers.report(\"x\", 0x8004021C);",
            "    CompiledWrappers.report(\"x\", io.github.imapichecks.annotations.ImapiError.E_FAIL);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void arithmeticOnResults() {
    helper
        .addSourceLines(
            "Arithmetic.java",
            "import imapi.*;",
            "class Arithmetic {",
            "  int run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: hr + 1 is arithmetic on an IMAPI result",
            "    int next = hr + 1;",
            "    // BUG: Diagnostic contains: -hr is arithmetic",
            "    int negated = -hr;",
            "    // BUG: Diagnostic contains: master.Open() * 2 is arithmetic",
            "    int doubled = master.Open() * 2;",
            "    // BUG: Diagnostic contains: hr++ is arithmetic",
            "    hr++;",
            "    int again = master.Open();",
            "    // BUG: Diagnostic contains: again += 1 is arithmetic",
            "    again += 1;",
            "    return next + negated + doubled;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixes() {
    refactoring
        .addInputLines(
            "Fix.java",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "class Fix {",
            "  @ImapiHResult String name;",
            "  void take(@ImapiHResult double d) {}",
            "  @ImapiHResult int fails(boolean ok) {",
            "    if (ok) return ok ? 0 : 1;",
            "    return -1;",
            "  }",
            "  @ImapiHResult int unknown() { return 42; }",
            "}")
        .addOutputLines(
            "Fix.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "class Fix {",
            "  String name;",
            "  void take(double d) {}",
            "  @ImapiHResult int fails(boolean ok) {",
            "    if (ok) return ok ? ImapiError.S_OK : ImapiError.S_FALSE;",
            "    return ImapiError.E_FAIL;",
            "  }",
            "  @ImapiHResult int unknown() { return 42; }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void imapi2CodesGivenAsNumbers() {
    helper
        .addSourceLines(
            "Numbers2.java",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "class Numbers2 {",
            "  @ImapiHResult int cancelled() {",
            "    // BUG: Diagnostic contains: 0xC0AA0002 given as an @ImapiHResult is"
                + " E_IMAPI_REQUEST_CANCELLED",
            "    return 0xC0AA0002;",
            "  }",
            "  @ImapiHResult int tooBig() {",
            "    // BUG: Diagnostic contains: is IMAPI_E_IMAGE_SIZE_LIMIT",
            "    return 0xC0AAB120;",
            "  }",
            "  @ImapiHResult int named() {",
            "    return Imapi2Error.S_IMAPI_SPEEDADJUSTED;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaGetHresultMayBeNullInAHandler() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Handler.java",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "class Handler {",
            "  boolean noDisc(jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      erase.EraseMedia();",
            "      return false;",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: e.getHresult() is null when the COMException carries"
                + " no HRESULT, and this call then throws a NullPointerException in the handler;"
                + " test the codes with e.matchesErrorCode(code), which is null-safe",
            "      return e.getHresult().intValue() == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;",
            "    }",
            "  }",
            "",
            "  boolean guarded(jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      erase.EraseMedia();",
            "      return false;",
            "    } catch (COMException e) {",
            "      if (e.matchesErrorCode(Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA)) return true;",
            "      return e.getHresult() != null",
            "          && e.getHresult().intValue() == Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;",
            "    }",
            "  }",
            "",
            "  int notImapi(Runnable other) {",
            "    try {",
            "      other.run();",
            "      return 0;",
            "    } catch (COMException e) {",
            "      return e.getHresult().intValue();",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aClassFilesAnnotatedParameterAloneMakesAFileWorthChecking() {
    helper
        .addSourceLines(
            "OnlyJar.java",
            "import io.github.imapichecks.errorprone.compiled.CompiledWrappers;",
            "class OnlyJar {",
            "  void run() {",
            "    // BUG: Diagnostic contains: is IMAPI_E_DISCFULL",
            "    CompiledWrappers.report(\"x\", 0x8004021C);",
            "  }",
            "}")
        .doTest();
  }
}
