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
  void anyCasingOrUnderscoringWithTheRightValueIsFine() {
    helper
        .addSourceLines(
            "Spellings.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "class Spellings {",
            "  static final int IMAPI_E_WRONGFORMAT = 0x80040221;",
            "  static final int Imapi_E_WrongFormat = 0x80040221;",
            "  static final int ImapiEWrongFormat = -2147220959;",
            "  static final long imapiEWrongFormat = 0x80040221;",
            "  static final HRESULT ImapiSPropertiesIgnored = new HRESULT(0x00040200);",
            "  static final int Imapi_S_Buffer_Too_Small = 0x00040201;",
            "  // Names that merely resemble a code's are not definitions of it.",
            "  static final int ImapiEWrongFormatCount = 0x80040220;",
            "  static final int IMAPI_E_WRONGFORMAT_2 = 0x80040220;",
            "  static final int ImapiWrongFormat = 0x80040220;",
            "  static final int ImapiEDiscFullRetries = 0x8004020A;",
            "  static final int MyImapiEDiscFull = 0x8004020A;",
            "  // IMAPI2FS's names, however spelled, are not IMAPI v1 codes.",
            "  static final int Imapi_E_Invalid_Param = 0xC0AAB101;",
            "  enum Error {",
            "    ImapiEUserAbort(0x8004020D), ImapiEDiscFull(0x8004021C);",
            "    Error(int code) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anyCasingOrUnderscoringWithAWrongValue() {
    helper
        .addSourceLines(
            "Copied.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "class Copied {",
            "  // BUG: Diagnostic contains: IMAPI_E_WRONGFORMAT is 0x80040221 in Imapierror.h, not"
                + " 0x80040220, which is IMAPI_E_NOACTIVERECORDER",
            "  static final int IMAPI_E_WRONGFORMAT = 0x80040220;",
            "  // BUG: Diagnostic contains: Imapi_E_WrongFormat (spelled IMAPI_E_WRONGFORMAT in the"
                + " header) is 0x80040221 in Imapierror.h, not 0x80040220",
            "  static final int Imapi_E_WrongFormat = 0x80040220;",
            "  // BUG: Diagnostic contains: ImapiEWrongFormat (spelled IMAPI_E_WRONGFORMAT in the"
                + " header) is 0x80040221 in Imapierror.h, not 0x80040222",
            "  static final int ImapiEWrongFormat = 0x80040222;",
            "  // BUG: Diagnostic contains: imapiEWrongFormat (spelled IMAPI_E_WRONGFORMAT",
            "  static final Integer imapiEWrongFormat = 0x80040223;",
            "  // BUG: Diagnostic contains: ImapiSPropertiesIgnored (spelled"
                + " IMAPI_S_PROPERTIESIGNORED in the header) is 0x00040200 in Imapierror.h, not"
                + " 0x80040200",
            "  static final HRESULT ImapiSPropertiesIgnored = new HRESULT(0x80040200);",
            "  // BUG: Diagnostic contains: Imapi_S_Buffer_Too_Small (spelled"
                + " IMAPI_S_BUFFER_TO_SMALL in the header)",
            "  static final int Imapi_S_Buffer_Too_Small = 0x80040201;",
            "  // BUG: Diagnostic contains: 0x8004020FL is the unsigned form of"
                + " IMAPI_E_MEDIUM_NOTPRESENT (0x8004020F)",
            "  static final long ImapiEMediumNotPresent = 0x8004020FL;",
            "  enum Error {",
            "    // BUG: Diagnostic contains: ImapiEUserAbort (spelled IMAPI_E_USERABORT in the"
                + " header) is 0x8004020D in Imapierror.h, not 0x8004020C, which is"
                + " IMAPI_E_NOTINITIALIZED",
            "    ImapiEUserAbort(0x8004020C);",
            "    Error(int code) {}",
            "  }",
            "}")
        .doTest();
    refactoring
        .addInputLines(
            "Copied.java",
            "class Copied {",
            "  static final int Imapi_E_WrongFormat = 0x80040220;",
            "}")
        .addOutputLines(
            "Copied.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Copied {",
            "  static final int Imapi_E_WrongFormat = ImapiError.IMAPI_E_WRONGFORMAT;",
            "}")
        .doTest(TEXT_MATCH);
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

  @Test
  void imapi2AndImapi2FsConstants() {
    helper
        .addSourceLines(
            "Interop2.java",
            "class Interop2 {",
            "  // BUG: Diagnostic contains: E_IMAPI_REQUEST_CANCELLED is 0xC0AA0002 in"
                + " imapi2error.h, not 0x80AA0002",
            "  static final int E_IMAPI_REQUEST_CANCELLED = 0x80AA0002;",
            "  // A ulong pasted as a long.",
            "  // BUG: Diagnostic contains: 0xC0AA0202L is the unsigned form of"
                + " E_IMAPI_RECORDER_MEDIA_NO_MEDIA (0xC0AA0202)",
            "  static final long E_IMAPI_RECORDER_MEDIA_NO_MEDIA = 0xC0AA0202L;",
            "  // The page's value: 0xC0AA0211 is E_IMAPI_RECORDER_CLIENT_NAME_IS_NOT_VALID.",
            "  // BUG: Diagnostic contains: E_IMAPI_DF2DATA_CLIENT_NAME_IS_NOT_VALID is 0xC0AA0408 in"
                + " imapi2error.h, not 0xC0AA0211, which is E_IMAPI_RECORDER_CLIENT_NAME_IS_NOT_VALID",
            "  static final int E_IMAPI_DF2DATA_CLIENT_NAME_IS_NOT_VALID = 0xC0AA0211;",
            "  // BUG: Diagnostic contains: ImapiEImageSizeLimit (spelled IMAPI_E_IMAGE_SIZE_LIMIT in"
                + " the header) is 0xC0AAB120 in imapi2fserror.h, not 0x8004B120",
            "  static final int ImapiEImageSizeLimit = 0x8004B120;",
            "  static final int E_IMAPI_RECORDER_LOCKED = 0xC0AA0210;",
            "  static final int IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED = 0x00AAB15F;",
            "  static final int E_IMAPI_ERASE_MEDIA_IS_NOT_ERASABLE = 0x80AA0904;",
            "}")
        .doTest();
  }
}
