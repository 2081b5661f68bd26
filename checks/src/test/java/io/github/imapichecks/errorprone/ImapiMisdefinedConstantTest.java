package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

final class ImapiMisdefinedConstantTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ImapiMisdefinedConstant.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(ImapiMisdefinedConstant.class, getClass());

  @Test
  void correctDefinitionsNamesAndOtherConstantsAreFine() {
    helper
        .addSourceLines(
            "Fine.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Fine {",
            "  static final int IMAPI_E_DISCFULL = 0x8004021C;",
            "  static final int IMAPI_S_PROPERTIESIGNORED = 0x00040200;",
            "  static final int IMAPI_S_BUFFER_TOO_SMALL = 0x00040201;",
            "  static final long IMAPI_E_MEDIUM_NOTPRESENT = -2147220977L;",
            "  static final int IMAPI_E_USERABORT = ImapiError.IMAPI_E_USERABORT;",
            "  static final Integer IMAPI_E_NOTOPENED = 0x8004020B;",
            "  static final String IMAPI_E_GENERIC = \"IMAPI_E_GENERIC\";",
            "  // Names of other APIs, indexes, and non-constants are not definitions of a code.",
            "  static final int IMAPI_E_INVALID_PARAM = 0xC0AAB101;",
            "  static final int IMAPI_E_WRONGDISC = 23;",
            "  final int IMAPI_E_TRACKOPEN = 0x8004020A;",
            "  static int IMAPI_E_DISCINFO = 0x8004020A;",
            "  void local() { final int IMAPI_E_FILEACCESS = 0x8004020A; }",
            "  static final int IMAPI_E_LOSS_OF_STREAMING;",
            "  static { IMAPI_E_LOSS_OF_STREAMING = 0x8004020A; }",
            "  static final int IMAPI_VERSION = 0x80040200;",
            "  static final long IMAPI_E_FILEEXISTS = 0x180040224L;",
            "  static final double IMAPI_E_STASHINUSE = 0.5;",
            "  enum Plain { IMAPI_E_INVALIDIMAGE, IMAPI_E_WRONGFORMAT { } }",
            "  enum Index { IMAPI_E_DISCFULL(3), IMAPI_E_USERABORT(0x8004020D, 2) ;",
            "    Index(int index) {}",
            "    Index(int code, int other) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void wrongValues() {
    helper
        .addSourceLines(
            "Interop.java",
            "class Interop {",
            "  // BUG: Diagnostic contains: IMAPI_S_PROPERTIESIGNORED is 0x00040200 in"
                + " Imapierror.h, not 0x80040200",
            "  public static final int IMAPI_S_PROPERTIESIGNORED = 0x80040200;",
            "  // BUG: Diagnostic matches: FIX",
            "  public static final int IMAPI_S_BUFFER_TO_SMALL = 0x80040201;",
            "  // BUG: Diagnostic contains: IMAPI_S_BUFFER_TOO_SMALL (spelled"
                + " IMAPI_S_BUFFER_TO_SMALL in the header) is 0x00040201 in Imapierror.h, not"
                + " 0x80040201",
            "  public static final int IMAPI_S_BUFFER_TOO_SMALL = 0x80040201;",
            "  // BUG: Diagnostic contains: IMAPI_E_NOACTIVERECORDER is 0x80040220 in Imapierror.h,"
                + " not 0x8004020E, which is IMAPI_E_GENERIC",
            "  public static final int IMAPI_E_NOACTIVERECORDER = 0x8004020E;",
            "  interface Codes {",
            "    // BUG: Diagnostic contains: IMAPI_E_DISCFULL is 0x8004021C",
            "    int IMAPI_E_DISCFULL = 0x8004021D;",
            "  }",
            "}")
        .expectErrorMessage(
            "FIX",
            FixLine.once(
                "public static final int IMAPI_S_BUFFER_TO_SMALL ="
                    + " ImapiError.IMAPI_S_BUFFER_TO_SMALL;"))
        .doTest();
  }

  @Test
  void jnaHResultConstants() {
    helper
        .addSourceLines(
            "JnaCodes.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "class JnaCodes {",
            "  static final HRESULT IMAPI_E_DISCFULL = new HRESULT(0x8004021C);",
            "  static final HRESULT IMAPI_E_GENERIC = new HRESULT(-2147220978);",
            "  // BUG: Diagnostic contains: IMAPI_S_PROPERTIESIGNORED is 0x00040200 in Imapierror.h,"
                + " not 0x80040200",
            "  static final HRESULT IMAPI_S_PROPERTIESIGNORED = new HRESULT(0x80040200);",
            "}")
        .doTest();
    refactoring
        .addInputLines(
            "JnaCodes.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "class JnaCodes {",
            "  static final HRESULT IMAPI_S_PROPERTIESIGNORED = new HRESULT(0x80040200);",
            "}")
        .addOutputLines(
            "JnaCodes.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class JnaCodes {",
            "  static final HRESULT IMAPI_S_PROPERTIESIGNORED = new HRESULT(ImapiError.IMAPI_S_PROPERTIESIGNORED);",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void longsHoldingTheUnsignedForm() {
    helper
        .addSourceLines(
            "Longs.java",
            "class Longs {",
            "  // BUG: Diagnostic contains: 0x8004020FL is the unsigned form of"
                + " IMAPI_E_MEDIUM_NOTPRESENT (0x8004020F): an int IMAPI result is never equal to"
                + " this long",
            "  static final long IMAPI_E_MEDIUM_NOTPRESENT = 0x8004020FL;",
            "}")
        .doTest();
  }

  @Test
  void enumConstantsCarryingTheCode() {
    helper
        .addSourceLines(
            "Result.java",
            "enum Result {",
            "  IMAPI_E_USERABORT(0x8004020D, \"cancelled\"),",
            "  // BUG: Diagnostic contains: IMAPI_E_NOACTIVERECORDER is 0x80040220",
            "  IMAPI_E_NOACTIVERECORDER(0x8004020E, \"no recorder\");",
            "  Result(int code, String text) {}",
            "}")
        .doTest();
  }

  @Test
  void decision_enumConstantWithMessageIsADefinition() {
    helper
        .addSourceLines(
            "Outcome.java",
            "enum Outcome {",
            "  IMAPI_E_USERABORT(0x8004020D, \"cancelled\"),",
            "  // BUG: Diagnostic contains: IMAPI_E_DISCFULL is 0x8004021C in Imapierror.h, not"
                + " 0x8004021D",
            "  IMAPI_E_DISCFULL(\"no room on the disc\", 0x8004021D),",
            "  // Two integral arguments: which one is the code is not known.",
            "  IMAPI_E_GENERIC(0x80040200, 7),",
            "  // Not named after a code: it maps a code, and defines no code's name.",
            "  CANCELLED(0x8004020E, \"cancelled\");",
            "  Outcome(int code, String text) {}",
            "  Outcome(String text, int code) {}",
            "  Outcome(int code, int index) {}",
            "}")
        .doTest();
  }

  @Test
  void fixRefersToImapiError() {
    refactoring
        .addInputLines(
            "Codes.java",
            "class Codes {",
            "  static final int IMAPI_S_PROPERTIESIGNORED = 0x80040200;",
            "  static final long IMAPI_E_MEDIUM_NOTPRESENT = 0x8004020FL;",
            "  enum Result {",
            "    IMAPI_E_NOACTIVERECORDER(0x8004020E);",
            "    Result(int code) {}",
            "  }",
            "}")
        .addOutputLines(
            "Codes.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Codes {",
            "  static final int IMAPI_S_PROPERTIESIGNORED = ImapiError.IMAPI_S_PROPERTIESIGNORED;",
            "  static final long IMAPI_E_MEDIUM_NOTPRESENT = ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;",
            "  enum Result {",
            "    IMAPI_E_NOACTIVERECORDER(ImapiError.IMAPI_E_NOACTIVERECORDER);",
            "    Result(int code) {}",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }
}
