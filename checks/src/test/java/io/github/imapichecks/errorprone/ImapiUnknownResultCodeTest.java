package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

final class ImapiUnknownResultCodeTest {
  private final CompilationTestHelper helper =
      ImapiBindingSources.addTo(
          CompilationTestHelper.newInstance(ImapiUnknownResultCode.class, getClass()));
  private final BugCheckerRefactoringTestHelper refactoring =
      ImapiBindingSources.addTo(
          BugCheckerRefactoringTestHelper.newInstance(ImapiUnknownResultCode.class, getClass()));

  @Test
  void knownGenericAndPassThroughCodesAreFine() {
    helper
        .addSourceLines(
            "Fine.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Fine {",
            "  interface Device { int Eject(); }",
            "  boolean run(IDiscMaster master, Device device, int n) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == 0x8004021C || hr == ImapiError.IMAPI_E_USERABORT) return false;",
            "    if (hr == 0 || hr == 1 || hr == 0x80004005 || hr == 0x8000FFFF) return false;",
            "    // FACILITY_WIN32, RPC, storage, and COM's own FACILITY_ITF range pass through.",
            "    if (hr == 0x80070015 || hr == 0x800706BA || hr == 0x80030070) return false;",
            "    if (hr == 0x800401FD || hr == 0x80000001 || hr == 0x00030200) return false;",
            "    // Not IMAPI results: any number goes.",
            "    if (device.Eject() == 0x8004020A || n == -1 || n == 0xC0AA0002) return false;",
            "    if (hr == 0x8004021CL - 0x100000000L) return false;",
            "    return hr >= 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void undefinedImapiAndItfValues() {
    helper
        .addSourceLines(
            "Undefined.java",
            "import imapi.*;",
            "class Undefined {",
            "  static final int NOT_A_CODE = 0x80040230;",
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: 0x8004020A is not a code of Imapierror.h",
            "    if (hr == 0x8004020A) return false;",
            "    // BUG: Diagnostic contains: 0x8004022F is not a code of Imapierror.h",
            "    if (hr != 0x8004022F) return false;",
            "    // BUG: Diagnostic contains: NOT_A_CODE (0x80040230) is not a code of Imapierror.h",
            "    if (hr == NOT_A_CODE) return false;",
            "    // BUG: Diagnostic contains: 0x80041234 is not a code of Imapierror.h",
            "    if (hr == 0x80041234) return false;",
            "    // BUG: Diagnostic contains: 0x00040202 is not a code of Imapierror.h",
            "    if (hr == 0x00040202) return false;",
            "    // BUG: Diagnostic contains: -1 (0xFFFFFFFF) is not an HRESULT",
            "    if (hr == -1) return false;",
            "    // BUG: Diagnostic contains: 2 (0x00000002) is not an HRESULT",
            "    if (hr == 2) return false;",
            "    return true;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void successCodesWithTheSeverityBitSet() {
    helper
        .addSourceLines(
            "Interop.java",
            "import imapi.*;",
            "class Interop {",
            "  static final int IGNORED = 0x80040200;",
            "  boolean run(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: 0x80040200 is IMAPI_S_PROPERTIESIGNORED with the"
                + " severity bit set, as a widely copied interop table defines it; IMAPI returns"
                + " 0x00040200, a success",
            "    if (hr == 0x80040200) return true;",
            "    // BUG: Diagnostic matches: BUFFER",
            "    if (hr == 0x80040201) return true;",
            "    // BUG: Diagnostic matches: IGNORED",
            "    return hr == IGNORED;",
            "  }",
            "}")
        .expectErrorMessage(
            "BUFFER", FixLine.once("if (hr == ImapiError.IMAPI_S_BUFFER_TO_SMALL) return true;"))
        .expectErrorMessage(
            "IGNORED", FixLine.once("return hr == ImapiError.IMAPI_S_PROPERTIESIGNORED;"))
        .doTest();
  }

  @Test
  void imapi2Codes() {
    helper
        .addSourceLines(
            "Version2.java",
            "import imapi.*;",
            "class Version2 {",
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: 0xC0AA0002 is E_IMAPI_REQUEST_CANCELLED, an IMAPI v2"
                + " code: IMAPI v1 calls never return it; IDiscMaster.RecordDisc's own codes"
                + " include IMAPI_E_USERABORT (0x8004020D) and IMAPI_E_MEDIUM_NOTPRESENT"
                + " (0x8004020F)",
            "    if (hr == 0xC0AA0002) return false;",
            "    // BUG: Diagnostic contains: is S_IMAPI_SPEEDADJUSTED, an IMAPI v2 code",
            "    if (hr == 0x00AA0004) return false;",
            "    // BUG: Diagnostic contains: 0xC0AAB101 is IMAPI_E_INVALID_PARAM, an IMAPI2FS code",
            "    if (hr == 0xC0AAB101) return false;",
            "    // BUG: Diagnostic contains: 0xC0AAFFFF is not an IMAPI code: no IMAPI v1 call returns it",
            "    return hr == 0xC0AAFFFF;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void wideningMakesTheComparisonNeverTrue() {
    helper
        .addSourceLines(
            "Widening.java",
            "import java.util.Objects;",
            "import imapi.*;",
            "class Widening {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: 0x8004021CL is a long beyond int's range: an IMAPI"
                + " result never equals it; its low 32 bits are IMAPI_E_DISCFULL (0x8004021C)",
            "    if (hr == 0x8004021CL) return false;",
            "    // BUG: Diagnostic matches: LOW_BITS",
            "    if (hr == 0x8004021CL) return true;",
            "    // BUG: Diagnostic contains: is a long beyond int's range",
            "    if (recorder.openExclusive() == 0x180040213L) return false;",
            "    // BUG: Diagnostic contains: is a long beyond int's range",
            "    if (recorder.queryMediaType() == 0x180040213L) return false;",
            "    // BUG: Diagnostic contains: is a long beyond int's range",
            "    if (recorder.queryMediaType() == -0x180040213L) return false;",
            "    // A long result may hold the unsigned form: that is ImapiResultComparedToLiteral's.",
            "    return recorder.queryMediaType() == 0x80040213L;",
            "  }",
            "}")
        .expectErrorMessage(
            "LOW_BITS", FixLine.once("if (hr == ImapiError.IMAPI_E_DISCFULL) return true;"))
        .doTest();
  }

  @Test
  void decision_aLongResultIsJudgedInBothForms() {
    helper
        .addSourceLines(
            "Unsigned.java",
            "import imapi.*;",
            "class Unsigned {",
            "  boolean run(IDiscRecorder recorder) {",
            "    long type = recorder.queryMediaType();",
            "    // A long binding may return the unsigned form: it is read as that HRESULT.",
            "    // BUG: Diagnostic contains: 0x8004020AL (0x8004020A) is not a code of Imapierror.h",
            "    if (type == 0x8004020AL) return false;",
            "    // BUG: Diagnostic contains: -2147220982L (0x8004020A) is not a code of Imapierror.h",
            "    if (type == -2147220982L) return false;",
            "    // A known code in either form is ImapiResultComparedToLiteral's.",
            "    return type == 0x80040213L || type == -2147220973L;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLongHoldingAWidenedIntComparedInRangeIsFine() {
    helper
        .addSourceLines(
            "InRange.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import imapi.*;",
            "class InRange {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder, @ImapiHResult long given) {",
            "    long hr = master.RecordDisc(false, true);",
            "    // The int code, the int form and a long literal within int's range all can match.",
            "    if (hr == ImapiError.IMAPI_E_DISCFULL || (int) hr == 0x8004021C) return false;",
            "    if (hr == -2147220964L || hr == 0xFFFFFFFF8004021CL) return false;",
            "    // A binding that returns long itself may hold the unsigned form.",
            "    long media = recorder.queryMediaType();",
            "    if (media == 0x80040213L) return false;",
            "    // So may a local that some store fills with such a long, or a parameter.",
            "    long mixed = master.Open();",
            "    if (mixed < 0) mixed = recorder.queryMediaType();",
            "    if (mixed == 0x80040213L) return false;",
            "    return given == 0x8004021CL;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLongHoldingAWidenedIntNeverEqualsTheUnsignedForm() {
    helper
        .addSourceLines(
            "SignExtended.java",
            "import java.util.Objects;",
            "import imapi.*;",
            "class SignExtended {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder, boolean simulate) {",
            "    long hr = master.RecordDisc(simulate, true);",
            "    // BUG: Diagnostic contains: 0x8004021CL never equals hr, a long holding a widened"
                + " int IMAPI result: widening sign-extends IMAPI_E_DISCFULL (0x8004021C) to"
                + " 0xFFFFFFFF8004021CL (-2147220964L); compare with the int code"
                + " ImapiError.IMAPI_E_DISCFULL, or compare (int) hr",
            "    if (hr == 0x8004021CL) return false;",
            "    // BUG: Diagnostic contains: widening sign-extends IMAPI_E_USERABORT (0x8004020D)",
            "    if (0x8004020DL != hr) return true;",
            "    // BUG: Diagnostic contains: widening sign-extends 0x8004020A to 0xFFFFFFFF8004020AL"
                + " (-2147220982L); compare (int) hr with an int constant",
            "    if (hr == 0x8004020AL) return false;",
            "    // BUG: Diagnostic contains: widening sign-extends 0x80070015",
            "    if (hr == 0x80070015L) return false;",
            "    long copy = hr;",
            "    long later;",
            "    later = simulate ? master.Open() : (long) master.Close();",
            "    // BUG: Diagnostic contains: never equals copy",
            "    if (copy == 0x8004021CL) return false;",
            "    // BUG: Diagnostic contains: never equals later",
            "    if (later == 0x80040222L) return false;",
            "    // Copies back and forth add no value that is not a widened int.",
            "    long back = later;",
            "    later = back;",
            "    // BUG: Diagnostic contains: never equals back",
            "    if (back == 0x80040222L) return false;",
            "    // BUG: Diagnostic contains: or compare (int) ((long) master.Open())",
            "    if ((long) master.Open() == 0x8004020BL) return false;",
            "    // BUG: Diagnostic contains: or compare (int) (simulate ? hr : later)",
            "    if ((simulate ? hr : later) == 0x8004020BL) return false;",
            "    Long boxed = Long.valueOf(recorder.openExclusive());",
            "    // BUG: Diagnostic contains: ; compare boxed.intValue() with the int code"
                + " ImapiError.IMAPI_E_DEVICE_NOTACCESSIBLE",
            "    if (boxed.equals(0x80040212L)) return false;",
            "    // BUG: Diagnostic contains: never equals boxed",
            "    if (Objects.equals(boxed, 0x80040212L)) return false;",
            "    // Beyond 2^32 no sign matters: the message of any long beyond int's range.",
            "    // BUG: Diagnostic contains: 0x18004021CL is a long beyond int's range",
            "    return hr == 0x18004021CL;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixesASignExtendedComparisonWithTheIntCode() {
    refactoring
        .addInputLines(
            "Fix.java",
            "import java.util.Objects;",
            "import imapi.*;",
            "class Fix {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    long hr = master.RecordDisc(false, true);",
            "    if (hr == 0x8004021CL) return false;",
            "    if (hr == 0x8004020AL) return false;",
            "    Long boxed = (long) master.Open();",
            "    if (Objects.equals(recorder.queryMediaType(), 0x18004021CL)) return false;",
            "    return Objects.equals(boxed, 0x8004020BL);",
            "  }",
            "}")
        .addOutputLines(
            "Fix.java",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.Objects;",
            "class Fix {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    long hr = master.RecordDisc(false, true);",
            "    if (hr == ImapiError.IMAPI_E_DISCFULL) return false;",
            "    if (hr == 0x8004020AL) return false;",
            "    Long boxed = (long) master.Open();",
            "    if (Objects.equals(recorder.queryMediaType(), 0x18004021CL)) return false;",
            "    return Objects.equals(boxed, 0x8004020BL);",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void caseLabelsAndEqualsForms() {
    helper
        .addSourceLines(
            "Labels.java",
            "import java.util.Objects;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "class Labels {",
            "  String run(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: 0x80040201 is IMAPI_S_BUFFER_TO_SMALL with the",
            "    if (joliet.AddData(null, 0).equals(new HRESULT(0x80040201))) return \"x\";",
            "    // BUG: Diagnostic contains: -1 (0xFFFFFFFF) is not an HRESULT",
            "    if (Objects.equals(master.Open(), -1)) return \"y\";",
            "    return switch (master.RecordDisc(false, true)) {",
            "      // BUG: Diagnostic contains: 0x8004020A is not a code of Imapierror.h",
            "      case 0x8004020A -> \"odd\";",
            "      case 0x8004020D -> \"cancelled\";",
            "      default -> \"other\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixesTheEvidentCode() {
    refactoring
        .addInputLines(
            "Fix.java",
            "import imapi.*;",
            "class Fix {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == 0x80040200) return true;",
            "    if (master.RecordDisc(false, true) == 0x8004021CL) return false;",
            "    return hr == -1;",
            "  }",
            "}")
        .addOutputLines(
            "Fix.java",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Fix {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == ImapiError.IMAPI_S_PROPERTIESIGNORED) return true;",
            "    if (master.RecordDisc(false, true) == ImapiError.IMAPI_E_DISCFULL) return false;",
            "    return hr == -1;",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void imapi2ResultsComparedWithCodesTheyNeverAre() {
    ImapiBindingSources.addV2To(helper)
        .addSourceLines(
            "V2.java",
            "import imapi2.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class V2 {",
            "  void run(IDiscFormat2Data data, IDiscFormat2Erase erase, IFileSystemImage image) {",
            "    int hr = data.Write(null);",
            "    // BUG: Diagnostic contains: 0x80AA0002 is not an IMAPI code, but 0xC0AA0002 is"
                + " E_IMAPI_REQUEST_CANCELLED: most IMAPI v2 and IMAPI2FS errors start 0xC0AA, not"
                + " 0x80AA as v1's prefix",
            "    if (hr == 0x80AA0002) return;",
            "    // BUG: Diagnostic contains: 0xC0AA0904 is not an IMAPI code, but 0x80AA0904 is"
                + " E_IMAPI_ERASE_MEDIA_IS_NOT_ERASABLE: the erase codes start 0x80AA09",
            "    if (erase.EraseMedia() == 0xC0AA0904) return;",
            "    // BUG: Diagnostic contains: 0x80AAB120 is not an IMAPI code, but 0xC0AAB120 is"
                + " IMAPI_E_IMAGE_SIZE_LIMIT",
            "    if (image.put_FileSystemsToCreate(1) == 0x80AAB120) return;",
            "    // BUG: Diagnostic contains: 0x8004020A is not an IMAPI code: no IMAPI v2 call"
                + " returns it",
            "    if (hr == 0x8004020A) return;",
            "    // BUG: Diagnostic contains: ImapiError.IMAPI_E_MEDIUM_NOTPRESENT (0x8004020F) is"
                + " IMAPI_E_MEDIUM_NOTPRESENT, an IMAPI v1 code: IMAPI v2 calls never return it;"
                + " IDiscFormat2Data.Write's own codes include E_IMAPI_REQUEST_CANCELLED"
                + " (0xC0AA0002) and E_IMAPI_RECORDER_MEDIA_NO_MEDIA (0xC0AA0202)",
            "    if (hr == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) return;",
            "    // BUG: Diagnostic contains: is IMAPI_E_IMAGE_SIZE_LIMIT, an IMAPI2FS code: IMAPI v2"
                + " calls never return it",
            "    if (hr == 0xC0AAB120) return;",
            "    // BUG: Diagnostic contains: 0xC0AA0FFF is not a code of imapi2error.h: no IMAPI v2"
                + " call returns it",
            "    if (hr == 0xC0AA0FFF) return;",
            "    // BUG: Diagnostic contains: is a long beyond int's range",
            "    if (hr == 0x1C0AA0002L) return;",
            "    // Codes the result can be: its API's, the generic ones, the erase codes (0x80AA09..).",
            "    if (hr == 0xC0AA0002 || hr == ImapiError.E_FAIL || hr == 0x80070057) return;",
            "    if (erase.EraseMedia() == 0x80AA0904) return;",
            "    // IMAPI2FS calls also return IMAPI v2 codes.",
            "    if (image.put_FileSystemsToCreate(1) == 0xC0AA0202) return;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixWritesTheImapi2CodeTheWrongHighBitsMeant() {
    ImapiBindingSources.addV2To(refactoring)
        .addInputLines(
            "Bits.java",
            "import imapi2.*;",
            "class Bits {",
            "  boolean cancelled(IDiscFormat2Data data) {",
            "    return data.Write(null) == 0x80AA0002;",
            "  }",
            "}")
        .addOutputLines(
            "Bits.java",
            "import imapi2.*;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "class Bits {",
            "  boolean cancelled(IDiscFormat2Data data) {",
            "    return data.Write(null) == Imapi2Error.E_IMAPI_REQUEST_CANCELLED;",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void caughtExceptionsCarryOnlyFailures() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Caught.java",
            "import com4j.ComException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Caught {",
            "  void burn(com4j.imapi2.IDiscFormat2Data data, com4j.imapi2fs.IFileSystemImage image) {",
            "    try {",
            "      data.setWriteSpeed(2352, false);",
            "    } catch (ComException e) {",
            "      // SetWriteSpeed's success codes never reach a handler: the binding drops them.",
            "      // BUG: Diagnostic contains: Imapi2Error.S_IMAPI_SPEEDADJUSTED is"
                + " S_IMAPI_SPEEDADJUSTED, a success",
            "      if (e.getHRESULT() == Imapi2Error.S_IMAPI_SPEEDADJUSTED) return;",
            "    }",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      // BUG: Diagnostic contains: Imapi2Error.S_IMAPI_SPEEDADJUSTED is"
                + " S_IMAPI_SPEEDADJUSTED, a success: the binding throws only failures",
            "      if (e.getHRESULT() == Imapi2Error.S_IMAPI_SPEEDADJUSTED) return;",
            "      // BUG: Diagnostic contains: ImapiError.S_OK is S_OK, a success: the binding throws"
                + " only failures, so the exception caught here never carries it and this test"
                + " always holds (JACOB's exception holds 0 only when it was made without an"
                + " HRESULT)",
            "      if (e.getHRESULT() != ImapiError.S_OK) return;",
            "      // BUG: Diagnostic contains: 42 is no failure HRESULT",
            "      if (e.getHRESULT() == 42) return;",
            "      // BUG: Diagnostic contains: -1 is no IMAPI code: com4j and JACOB put -1 in their"
                + " exception when the failure carries no HRESULT",
            "      if (e.getHRESULT() == -1) return;",
            "      // BUG: Diagnostic contains: 0x80AA0002 is not an IMAPI code, but 0xC0AA0002 is"
                + " E_IMAPI_REQUEST_CANCELLED",
            "      if (e.getHRESULT() == 0x80AA0002) return;",
            "      // BUG: Diagnostic contains: is IMAPI_E_MEDIUM_NOTPRESENT, an IMAPI v1 code",
            "      if (e.getHRESULT() == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) return;",
            "      // BUG: Diagnostic contains: is a long beyond int's range",
            "      if (e.getHRESULT() == 0xC0AA0202L) return;",
            "      if (e.getHRESULT() == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "      if (e.getHRESULT() < 0) throw e;",
            "    }",
            "    try {",
            "      image.setFileSystemsToCreate(7);",
            "    } catch (ComException e) {",
            "      // An IMAPI2FS call's failure may carry IMAPI v2 codes.",
            "      if (e.getHRESULT() == Imapi2Error.E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE) return;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void scodesOfJnaLateBoundCallsCarryOnlyFailures() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Scode.java",
            "import com.sun.jna.platform.win32.COM.COMInvokeException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import jna.late.DiscFormat2Data;",
            "class Scode {",
            "  void burn(DiscFormat2Data format) {",
            "    try {",
            "      format.write(null);",
            "    } catch (COMInvokeException e) {",
            "      // BUG: Diagnostic contains: Imapi2Error.S_IMAPI_SPEEDADJUSTED is"
                + " S_IMAPI_SPEEDADJUSTED, a success: the binding throws only failures",
            "      if (e.getScode() == Imapi2Error.S_IMAPI_SPEEDADJUSTED) return;",
            "      // BUG: Diagnostic contains: 0x80AA0002 is not an IMAPI code, but 0xC0AA0002 is"
                + " E_IMAPI_REQUEST_CANCELLED",
            "      if (e.getScode() == 0x80AA0002) return;",
            "      if (e.getScode() == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "      // 0: the failure came without exception information; its code is in getHresult().",
            "      if (e.getScode() == 0) return;",
            "      if (e.getScode().intValue() != 0) return;",
            "      Integer scode = e.getScode();",
            "      int code = scode == null || scode == 0 ? e.getHresult().intValue() : scode;",
            "      // BUG: Diagnostic contains: 0 is S_OK, a success: the binding throws only failures",
            "      if (e.getHresult().intValue() == 0) return;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void dispatchExceptionsOfJnaDispatchCallsAreNoUnknownCode() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Dispatched.java",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com.sun.jna.platform.win32.COM.COMInvokeException;",
            "import com.sun.jna.platform.win32.WinError;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import jna.late.DiscFormat2Data;",
            "class Dispatched {",
            "  boolean cancelled(DiscFormat2Data format, jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      format.write(null);",
            "      erase.EraseMedia();",
            "      return false;",
            "    } catch (COMInvokeException e) {",
            "      // IDispatch reports the member's failure as DISP_E_EXCEPTION, its code in scode.",
            "      int code = e.matchesErrorCode(WinError.DISP_E_EXCEPTION) && e.getScode() != null",
            "          ? e.getScode() : e.getHresult().intValue();",
            "      if (e.getHresult().intValue() == WinError.DISP_E_EXCEPTION) return false;",
            "      if (e.getHresult().intValue() == 0x80020009) return false;",
            "      return code == Imapi2Error.E_IMAPI_REQUEST_CANCELLED;",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
