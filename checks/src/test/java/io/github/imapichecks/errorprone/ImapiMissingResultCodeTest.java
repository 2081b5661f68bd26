package io.github.imapichecks.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import org.junit.jupiter.api.Test;

final class ImapiMissingResultCodeTest {
  private final CompilationTestHelper helper =
      ImapiBindingSources.addTo(
          CompilationTestHelper.newInstance(ImapiMissingResultCode.class, getClass()));

  @Test
  void carefulHandlingIsFine() {
    helper
        .addSourceLines(
            "Careful.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Careful {",
            "  enum Outcome { BURNED, CANCELLED, NO_DISC, FAILED }",
            "  Outcome burn(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return Outcome.CANCELLED;",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return Outcome.NO_DISC;",
            "    return ImapiError.succeeded(hr) ? Outcome.BURNED : Outcome.FAILED;",
            "  }",
            "  Outcome burnSwitch(IDiscMaster master) {",
            "    return switch (master.RecordDisc(false, true)) {",
            "      case IMAPI_E_USERABORT -> Outcome.CANCELLED;",
            "      case IMAPI_E_MEDIUM_NOTPRESENT -> Outcome.NO_DISC;",
            "      default -> Outcome.BURNED;",
            "    };",
            "  }",
            "  boolean open(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    if (hr == IMAPI_E_ALREADYOPEN) { return true; } else { return hr >= 0; }",
            "  }",
            "  boolean stage(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    if (hr.intValue() == IMAPI_E_DISCFULL || hr.equals(new HRESULT(IMAPI_E_FILEEXISTS))) {",
            "      return false;",
            "    }",
            "    return COMUtils.SUCCEEDED(hr);",
            "  }",
            "  boolean stageMirrored(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    if (new HRESULT(IMAPI_E_DISCFULL).equals(hr)"
                + " || new HRESULT(IMAPI_E_FILEEXISTS).equals(hr)) {",
            "      return false;",
            "    }",
            "    return COMUtils.SUCCEEDED(hr);",
            "  }",
            "  void properties(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) System.out.println(\"some ignored\");",
            "    else if (ImapiError.failed(hr)) throw new IllegalStateException();",
            "  }",
            "  void audio(IRedbookDiscMaster redbook, byte[] data) {",
            "    int hr;",
            "    do {",
            "      hr = redbook.AddAudioTrackBlocks(data, data.length);",
            "    } while (hr != IMAPI_E_DISCFULL && ImapiError.succeeded(hr));",
            "  }",
            "  // Methods without required codes are not judged here.",
            "  boolean eject(IDiscRecorder recorder) { return recorder.Eject() == 0x8004020F; }",
            "}")
        .doTest();
  }

  @Test
  void onlyJnaHResultObjectsWrapCodes() {
    helper
        .addSourceLines(
            "Wrapped.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.Objects;",
            "import imapi.*;",
            "class Wrapped {",
            "  record Code(int value) {}",
            "  boolean notACode(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // No int equals a Code: this compares with no code, and USERABORT is not told apart.",
            "    // The comparison with an object the check cannot read leaves the result unjudged.",
            "    if (Objects.equals(hr, new Code(IMAPI_E_USERABORT))) return false;",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  boolean boxedCode(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: can return IMAPI_E_MEDIUM_NOTPRESENT (ask for a disc),"
                + " which",
            "    int hr = master.RecordDisc(false, true);",
            "    if (Objects.equals(hr, Integer.valueOf(IMAPI_E_USERABORT))) return false;",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void resultsThatEscapeAreNotJudged() {
    helper
        .addSourceLines(
            "Escapes.java",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.function.IntSupplier;",
            "import java.util.logging.Logger;",
            "import imapi.*;",
            "class Escapes {",
            "  int last;",
            "  static final class BurnException extends RuntimeException {",
            "    BurnException(int hr) {}",
            "  }",
            "  void handle(int hr) {}",
            "  int returned(IDiscMaster master) { return master.RecordDisc(false, true); }",
            "  void thrown(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "  }",
            "  void handled(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) handle(hr);",
            "  }",
            "  void checked(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    if (COMUtils.FAILED(hr)) COMUtils.checkRC(hr);",
            "  }",
            "  void stored(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) last = hr;",
            "  }",
            "  IntSupplier captured(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) return () -> hr;",
            "    return () -> 0;",
            "  }",
            "  void onlyLogged(IDiscMaster master, Logger log) {",
            "    int hr = master.RecordDisc(false, true);",
            "    log.info(\"burn: \" + ImapiError.nameOf(hr));",
            "  }",
            "  boolean comparedWithVariable(IDiscMaster master, int expected) {",
            "    return master.RecordDisc(false, true) == expected;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void decision_successHelpersAndIsSuccessWithInfoCountAsInspecting() {
    helper
        .addSourceLines(
            "Helpers.java",
            "import static io.github.imapichecks.annotations.ImapiError.failed;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Helpers {",
            "  /** A helper of the application's own: its name is what counts. */",
            "  static final class Hr {",
            "    static boolean failed(int hr) { return hr < 0; }",
            "  }",
            "  boolean comUtils(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: IJolietDiscMaster.AddData can return IMAPI_E_DISCFULL",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    return !COMUtils.FAILED(hr);",
            "  }",
            "  boolean w32Errors(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: IJolietDiscMaster.AddData can return IMAPI_E_DISCFULL",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    return !W32Errors.FAILED(hr);",
            "  }",
            "  boolean staticImport(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT",
            "    int hr = master.RecordDisc(false, true);",
            "    return !failed(hr);",
            "  }",
            "  boolean ownHelper(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT",
            "    int hr = master.RecordDisc(false, true);",
            "    return !Hr.failed(hr);",
            "  }",
            "  boolean successInfoToldApart(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) return false;",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  boolean isSuccessWithInfoIsNoCatchAll(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: tests specific codes of IDiscRecorder.SetRecorderProperties"
                + " with no catch-all",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == 0x80040211) return false;",
            "    return !ImapiError.isSuccessWithInfo(hr);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void decision_catchAllsThatCount() {
    helper
        .addSourceLines(
            "CatchAlls.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class CatchAlls {",
            "  String negative(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return \"no disc\";",
            "    if (hr < 0) return \"failed\";",
            "    return \"burned\";",
            "  }",
            "  String belowSOk(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return \"no disc\";",
            "    if (hr < S_OK) return \"failed\";",
            "    return \"burned\";",
            "  }",
            "  String mirrored(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return \"no disc\";",
            "    return 0 <= hr ? \"burned\" : \"failed\";",
            "  }",
            "  String notSucceeded(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return \"no disc\";",
            "    if (!ImapiError.succeeded(hr)) return \"failed\";",
            "    return \"burned\";",
            "  }",
            "  String comUtils(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    if (hr.intValue() == IMAPI_E_DISCFULL) return \"full\";",
            "    if (hr.intValue() == IMAPI_E_FILEEXISTS) return \"exists\";",
            "    if (COMUtils.FAILED(hr)) return \"failed\";",
            "    return \"staged\";",
            "  }",
            "  String w32Errors(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    if (hr.intValue() == IMAPI_E_DISCFULL) return \"full\";",
            "    if (hr.intValue() == IMAPI_E_FILEEXISTS) return \"exists\";",
            "    return W32Errors.FAILED(hr) ? \"failed\" : \"staged\";",
            "  }",
            "  String finalElse(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) {",
            "      return \"cancelled\";",
            "    } else if (hr == IMAPI_E_MEDIUM_NOTPRESENT) {",
            "      return \"no disc\";",
            "    } else {",
            "      return ImapiError.describe(hr);",
            "    }",
            "  }",
            "  String lastBranchOfAConditionalChain(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return hr == IMAPI_E_USERABORT ? \"cancelled\""
                + " : hr == IMAPI_E_MEDIUM_NOTPRESENT ? \"no disc\" : ImapiError.describe(hr);",
            "  }",
            "  String switchDefault(IDiscMaster master) {",
            "    switch (master.RecordDisc(false, true)) {",
            "      case IMAPI_E_USERABORT: return \"cancelled\";",
            "      case IMAPI_E_MEDIUM_NOTPRESENT: return \"no disc\";",
            "      default: return \"burned or failed\";",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void requiredCodesNotToldApart() {
    helper
        .addSourceLines(
            "Careless.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.logging.Logger;",
            "import imapi.*;",
            "class Careless {",
            "  Logger log;",
            "  boolean burn(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT (a"
                + " cancelled burn is not a failure) and IMAPI_E_MEDIUM_NOTPRESENT (ask for a"
                + " disc), which this code does not tell apart: test for them before the"
                + " catch-all, as in if (hr == ImapiError.IMAPI_E_USERABORT) ...",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) {",
            "      log.warning(\"burn failed: \" + hr);",
            "      return false;",
            "    }",
            "    return true;",
            "  }",
            "  boolean oneOfTwo(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return"
                + " IMAPI_E_MEDIUM_NOTPRESENT (ask for a disc), which this code does not tell"
                + " apart: test for it before the catch-all, as in if (result =="
                + " ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) ...",
            "    int result = master.RecordDisc(false, true);",
            "    if (result == IMAPI_E_USERABORT) return false;",
            "    return result >= 0;",
            "  }",
            "  boolean open(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.Open can return IMAPI_E_ALREADYOPEN (the"
                + " master is already open and usable), which this code does not tell apart: test"
                + " for it before the catch-all, as in int hr = ...; if (hr =="
                + " ImapiError.IMAPI_E_ALREADYOPEN) ...",
            "    return ImapiError.succeeded(master.Open());",
            "  }",
            "  boolean stage(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: IJolietDiscMaster.AddData can return IMAPI_E_DISCFULL"
                + " (nothing was staged: the selection does not fit) and IMAPI_E_FILEEXISTS",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    return COMUtils.SUCCEEDED(hr);",
            "  }",
            "  boolean properties(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: IDiscRecorder.SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "    return recorder.SetRecorderProperties(null) >= 0;",
            "  }",
            "  String switchedWithACatchAll(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return"
                + " IMAPI_E_MEDIUM_NOTPRESENT (ask for a disc), which this code does not tell"
                + " apart: add a case for it, as in case ImapiError.IMAPI_E_MEDIUM_NOTPRESENT: ...",
            "    int hr = master.RecordDisc(false, true);",
            "    switch (hr) {",
            "      case IMAPI_E_USERABORT: return \"cancelled\";",
            "      default: return ImapiError.failed(hr) ? \"failed\" : \"burned\";",
            "    }",
            "  }",
            "  boolean numbersCount(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == 0x8004020D || hr == -2147220977) return false;",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void specificCodesWithoutACatchAll() {
    helper
        .addSourceLines(
            "NoCatchAll.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import imapi.*;",
            "class NoCatchAll {",
            "  String burn(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: this code tests specific codes of"
                + " IDiscMaster.RecordDisc with no catch-all for other failures (no default, no"
                + " final else, no ImapiError.failed(hr)), so they pass as success",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return \"no disc\";",
            "    return \"burned\";",
            "  }",
            "  String switched(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: tests specific codes of IDiscMaster.RecordDisc with no"
                + " catch-all",
            "    switch (master.RecordDisc(false, true)) {",
            "      case IMAPI_E_USERABORT: return \"cancelled\";",
            "      case IMAPI_E_MEDIUM_NOTPRESENT: return \"no disc\";",
            "    }",
            "    return \"burned\";",
            "  }",
            "  String both(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_MEDIUM_NOTPRESENT (ask"
                + " for a disc), which this code does not tell apart: test for it before the"
                + " catch-all, as in if (hr == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) ...; it also"
                + " tests specific codes of IDiscMaster.RecordDisc with no catch-all",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    return \"burned\";",
            "  }",
            "  String finalElse(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    else if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return \"no disc\";",
            "    else return \"burned or failed\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flowThroughBranchesLoopsAndTryFinally() {
    helper
        .addSourceLines(
            "Flow.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Flow {",
            "  boolean branches(IDiscMaster master, boolean simulate) {",
            "    int hr;",
            "    if (simulate) {",
            "      hr = master.RecordDisc(true, false);",
            "    } else {",
            "      hr = master.RecordDisc(false, true);",
            "    }",
            "    if (hr == IMAPI_E_USERABORT || hr == IMAPI_E_MEDIUM_NOTPRESENT) return false;",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  boolean reassigned(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    if (hr == IMAPI_E_ALREADYOPEN || ImapiError.succeeded(hr)) {",
            "      // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_USERABORT",
            "      hr = master.RecordDisc(false, true);",
            "      return ImapiError.succeeded(hr);",
            "    }",
            "    return false;",
            "  }",
            "  boolean loop(IDiscMaster master) {",
            "    for (int i = 0; i < 3; i++) {",
            "      int hr = master.RecordDisc(false, true);",
            "      if (hr == IMAPI_E_MEDIUM_NOTPRESENT) continue;",
            "      if (hr == IMAPI_E_USERABORT) return false;",
            "      if (ImapiError.succeeded(hr)) return true;",
            "    }",
            "    return false;",
            "  }",
            "  boolean tryFinally(IDiscMaster master) {",
            "    int hr = E_FAIL;",
            "    try {",
            "      // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_USERABORT",
            "      hr = master.RecordDisc(false, true);",
            "    } finally {",
            "      master.Close();",
            "    }",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  String ternary(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return hr == IMAPI_E_USERABORT ? \"cancelled\""
                + " : hr == IMAPI_E_MEDIUM_NOTPRESENT ? \"no disc\" : ImapiError.describe(hr);",
            "  }",
            "  Runnable lambdaBody(IDiscMaster master) {",
            "    return () -> {",
            "      // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_USERABORT",
            "      int hr = master.RecordDisc(false, true);",
            "      if (ImapiError.failed(hr)) System.out.println(\"burn failed\");",
            "    };",
            "  }",
            "  String copies(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_MEDIUM_NOTPRESENT",
            "    int hr = master.RecordDisc(false, true);",
            "    int copy = hr;",
            "    if (copy == IMAPI_E_USERABORT) return \"cancelled\";",
            "    return ImapiError.failed(copy) ? \"failed\" : \"burned\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void callsThatReachTheSameTestsAreReportedOnceAtTheFirst() {
    helper
        .addSourceLines(
            "Plan.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Plan {",
            "  int burn(IDiscMaster master, int[] plan) {",
            "    int hr = 0;",
            "    for (int step : plan) {",
            "      if (step == 0) {",
            "        // BUG: Diagnostic contains: IMAPI_E_MEDIUM_NOTPRESENT (ask for a disc), which this"
                + " code does not tell apart: test for it before the catch-all, as in if (hr =="
                + " ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) ...; 2 other calls of"
                + " IDiscMaster.RecordDisc reach the same tests of hr, reported here only",
            "        hr = master.RecordDisc(false, true);",
            "      }",
            "      if (step == 1) {",
            "        hr = master.RecordDisc(true, true);",
            "      }",
            "      if (step == 2) {",
            "        hr = master.RecordDisc(false, false);",
            "      }",
            "    }",
            "    return hr == IMAPI_E_USERABORT || ImapiError.failed(hr) ? -1 : 0;",
            "  }",
            "  int either(IDiscMaster master, boolean simulate) {",
            "    int hr;",
            "    if (simulate) {",
            "      // BUG: Diagnostic contains: 1 other call of IDiscMaster.RecordDisc reaches the"
                + " same tests of hr, reported here only",
            "      hr = master.RecordDisc(true, true);",
            "    } else {",
            "      hr = master.RecordDisc(false, true);",
            "    }",
            "    return ImapiError.failed(hr) ? -1 : 0;",
            "  }",
            "  int eachTestedAlone(IDiscMaster master) {",
            "    int k = 0;",
            "    // BUG: Diagnostic matches: single",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) k++;",
            "    // BUG: Diagnostic matches: single",
            "    hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) k++;",
            "    return k;",
            "  }",
            "  int otherLocals(IDiscMaster master, boolean simulate) {",
            "    int first;",
            "    int second;",
            "    // BUG: Diagnostic matches: single",
            "    first = master.RecordDisc(true, true);",
            "    // BUG: Diagnostic matches: single",
            "    second = master.RecordDisc(false, true);",
            "    int hr = simulate ? first : second;",
            "    return ImapiError.failed(hr) ? -1 : 0;",
            "  }",
            "}")
        .expectErrorMessage(
            "single",
            message ->
                message.contains("IMAPI_E_USERABORT") && !message.contains("reported here only"))
        .doTest();
  }

  @Test
  void everyKindOfUse() {
    helper
        .addSourceLines(
            "Uses.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import java.util.Objects;",
            "import imapi.*;",
            "class Uses {",
            "  int last;",
            "  int[] all = new int[1];",
            "  static int sink(int hr) { return hr; }",
            "  int chosen(IDiscMaster master, boolean b) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return b ? hr : E_FAIL;",
            "  }",
            "  void field(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) this.last = hr;",
            "  }",
            "  void array(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) all[0] = hr;",
            "  }",
            "  boolean codePart(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return (hr & 0xFFFF) == 0x20D || ImapiError.failed(hr);",
            "  }",
            "  boolean equalsVariable(IJolietDiscMaster joliet, HRESULT expected) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    return hr.equals(expected);",
            "  }",
            "  boolean greaterThanZeroTellsSuccessInfoApart(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    return hr > 0;",
            "  }",
            "  String text(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return Integer.toHexString(hr) + String.valueOf(hr) + Integer.valueOf(hr).toString();",
            "  }",
            "  String objectsEquals(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_MEDIUM_NOTPRESENT",
            "    Integer hr = master.RecordDisc(false, true);",
            "    if (Objects.equals(IMAPI_E_USERABORT, hr)) return \"cancelled\";",
            "    return hr < 0 ? \"failed\" : \"burned\";",
            "  }",
            "  @ImapiHResult int declared(IDiscMaster master, boolean b) {",
            "    @ImapiHResult int hr = E_FAIL;",
            "    if (b) hr = master.RecordDisc(false, true);",
            "    return hr;",
            "  }",
            "  int viaAnotherLocal(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    int copy = hr;",
            "    return sink(copy);",
            "  }",
            "  Runnable anonymous(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return new Runnable() { public void run() { sink(hr); } };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportedBesideImapiSuccessInfoAsFailure() {
    // ImapiSuccessInfoAsFailure reports each decision below too; fixing it does not tell the
    // required codes apart (see theSuccessInfoAsFailureFixLeavesTheMissingCodes).
    helper
        .addSourceLines(
            "Misrouted.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Misrouted {",
            "  void ok() {}",
            "  boolean properties(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: IDiscRecorder.SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED (a success, but some recorder properties were not"
                + " applied), which this code does not tell apart: test for it before the"
                + " catch-all, as in int hr = ...; if (hr == ImapiError.IMAPI_S_PROPERTIESIGNORED)",
            "    return recorder.SetRecorderProperties(null) == S_OK;",
            "  }",
            "  boolean burn(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT (a"
                + " cancelled burn is not a failure) and IMAPI_E_MEDIUM_NOTPRESENT (ask for a"
                + " disc), which this code does not tell apart: test for them before the"
                + " catch-all, as in if (hr == ImapiError.IMAPI_E_USERABORT) ...",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) return false;",
            "    return true;",
            "  }",
            "  void switched(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT (a"
                + " cancelled burn is not a failure) and IMAPI_E_MEDIUM_NOTPRESENT (ask for a"
                + " disc), which this code does not tell apart: add a case for them, as in case"
                + " ImapiError.IMAPI_E_USERABORT: ...",
            "    int hr = master.RecordDisc(false, true);",
            "    switch (hr) {",
            "      case S_OK: ok(); break;",
            "      default: throw new IllegalStateException(\"burn failed\");",
            "    }",
            "  }",
            "  boolean switchedInPlace(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: add a case for them, as in case"
                + " ImapiError.IMAPI_E_USERABORT -> ...",
            "    return switch (master.RecordDisc(false, true)) {",
            "      case S_OK -> true;",
            "      default -> false;",
            "    };",
            "  }",
            "  boolean jna(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: IJolietDiscMaster.SetJolietProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED (a success, but some volume properties were not"
                + " applied), which this code does not tell apart: test for it before the"
                + " catch-all, as in if (hr.intValue() == ImapiError.IMAPI_S_PROPERTIESIGNORED)",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    return hr.equals(W32Errors.S_OK);",
            "  }",
            "  boolean jnaMirrored(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: IJolietDiscMaster.SetJolietProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    return !W32Errors.S_OK.equals(hr) ? false : true;",
            "  }",
            "  static final class BurnException extends RuntimeException {",
            "    BurnException(int hr) {}",
            "  }",
            "  void thrownOnEveryOtherCode(IDiscMaster master) {",
            "    // Everything but S_OK is handed on: the caller may tell the codes apart.",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) throw new BurnException(hr);",
            "  }",
            "  void onlyDescribed(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_USERABORT",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) throw new IllegalStateException(ImapiError.describe(hr));",
            "  }",
            "  void handedOn(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) handle(hr);",
            "  }",
            "  void handle(int hr) {}",
            "}")
        .doTest();
  }

  @Test
  void theSuccessInfoAsFailureFixLeavesTheMissingCodes() {
    // ImapiSuccessInfoAsFailureTest.fixOfADecisionThatAlsoMissesRequiredCodes writes this.
    helper
        .addSourceLines(
            "Fixed.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Fixed {",
            "  boolean burn(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT (a"
                + " cancelled burn is not a failure) and IMAPI_E_MEDIUM_NOTPRESENT (ask for a"
                + " disc), which this code does not tell apart: test for them before the"
                + " catch-all, as in if (hr == ImapiError.IMAPI_E_USERABORT) ...",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) return false;",
            "    return true;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void passingOnExcusesOnlyTheCodesThatGetThere() {
    helper
        .addSourceLines(
            "Paths.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.logging.Logger;",
            "import imapi.*;",
            "class Paths {",
            "  static final class BurnException extends RuntimeException {",
            "    BurnException(int hr) {}",
            "  }",
            "  Logger log;",
            "  int last;",
            "  void handle(int hr) {}",
            "  void properties(IDiscRecorder recorder, Object p) {",
            "    // BUG: Diagnostic contains: IDiscRecorder.SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED (a success, but some recorder properties were not"
                + " applied), which this code does not tell apart: test for it before the"
                + " catch-all, as in if (hr == ImapiError.IMAPI_S_PROPERTIESIGNORED) ... (hr is"
                + " passed on only where no success-with-information code arrives)",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "  }",
            "  void guardClause(IDiscRecorder recorder, Object p) {",
            "    // BUG: Diagnostic contains: (hr is passed on only where no success-with-information"
                + " code arrives)",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (hr >= 0) {",
            "      return;",
            "    }",
            "    handle(hr);",
            "  }",
            "  void storedOnFailure(IDiscRecorder recorder, Object p) {",
            "    // BUG: Diagnostic contains: SetRecorderProperties can return IMAPI_S_PROPERTIESIGNORED",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (hr < 0) { last = hr; }",
            "  }",
            "  void jna(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: as in if (hr.intValue() =="
                + " ImapiError.IMAPI_S_PROPERTIESIGNORED) ... (hr is passed on only where no"
                + " success-with-information code arrives)",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (COMUtils.FAILED(hr)) throw new BurnException(hr.intValue());",
            "  }",
            "  int successesOnly(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IDiscMaster.RecordDisc can return IMAPI_E_USERABORT (a"
                + " cancelled burn is not a failure) and IMAPI_E_MEDIUM_NOTPRESENT (ask for a"
                + " disc), which this code does not tell apart: test for them before the"
                + " catch-all, as in if (hr == ImapiError.IMAPI_E_USERABORT) ... (hr is passed on"
                + " only where no failure arrives)",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.succeeded(hr)) return hr;",
            "    log.warning(\"burn failed: \" + ImapiError.describe(hr));",
            "    return E_FAIL;",
            "  }",
            "  int successesOnlyInAnElse(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: (hr is passed on only where no failure arrives)",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr < 0) {",
            "      return E_FAIL;",
            "    } else {",
            "      return hr;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codesPassedOnWhereTheyArriveAreExcused() {
    helper
        .addSourceLines(
            "Excused.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Excused {",
            "  static final class BurnException extends RuntimeException {",
            "    BurnException(int hr) {}",
            "  }",
            "  void warn() {}",
            "  void thenToldApart(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) warn();",
            "  }",
            "  void thenAskedAboutSuccessInfo(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    if (ImapiError.isSuccessWithInfo(hr)) warn();",
            "  }",
            "  void thenSOkWhereNoFailureArrives(IDiscRecorder recorder, Object p) {",
            "    // Only successes get past the throw: != S_OK is true for the informative ones.",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    if (hr != S_OK) warn();",
            "  }",
            "  int thenReturned(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    return hr;",
            "  }",
            "  int unconditional(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) warn();",
            "    return hr;",
            "  }",
            "  void orderings(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (hr > 0) warn();",
            "    else if (hr < 0) throw new BurnException(hr);",
            "  }",
            "  void earlyReturn(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.isSuccessWithInfo(hr)) {",
            "      warn();",
            "      return;",
            "    }",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "  }",
            "  void infoGuardThenSOk(IDiscRecorder recorder, Object p) {",
            "    // No success-with-information code reaches != S_OK: it is a catch-all, not a code.",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.isSuccessWithInfo(hr)) return;",
            "    if (hr != S_OK) throw new IllegalStateException();",
            "  }",
            "  // RecordDisc's required codes are failures: passing them on where they fail is enough.",
            "  void failuresThrown(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "  }",
            "  int bothPaths(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.succeeded(hr)) return hr;",
            "    throw new BurnException(hr);",
            "  }",
            "  void switchHandsOnTheRest(IDiscRecorder recorder, Object p) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    switch (hr) {",
            "      case IMAPI_S_PROPERTIESIGNORED: warn(); break;",
            "      default: if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aCodeIsToldApartOnlyWhereItCanArrive() {
    helper
        .addSourceLines(
            "Dead.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Dead {",
            "  void warn() {}",
            "  void successInfoAmongFailures(IDiscRecorder recorder, Object p) {",
            "    // BUG: Diagnostic contains: SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    if (ImapiError.failed(hr)) {",
            "      if (hr == IMAPI_S_PROPERTIESIGNORED) warn();",
            "      throw new IllegalStateException();",
            "    }",
            "  }",
            "  String failureAmongSuccesses(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: RecordDisc can return IMAPI_E_USERABORT (a cancelled burn"
                + " is not a failure) and IMAPI_E_MEDIUM_NOTPRESENT",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.succeeded(hr)) {",
            "      if (hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "      return \"burned\";",
            "    }",
            "    return \"failed\";",
            "  }",
            "  String switchOnSuccesses(IDiscMaster master) {",
            "    // A case would not help there: the advice is a test before the catch-all.",
            "    // BUG: Diagnostic contains: which this code does not tell apart: test for them"
                + " before the catch-all, as in if (hr == ImapiError.IMAPI_E_USERABORT) ...",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) return \"failed\";",
            "    return switch (hr) {",
            "      case S_OK -> \"burned\";",
            "      default -> \"burned: \" + nameOf(hr) + hr;",
            "    };",
            "  }",
            "  void failureCaseAmongFailures(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) {",
            "      switch (hr) {",
            "        case IMAPI_E_USERABORT, IMAPI_E_MEDIUM_NOTPRESENT: return;",
            "        default: throw new IllegalStateException();",
            "      }",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void pathsThroughLambdasLoopsAndSwitches() {
    helper
        .addSourceLines(
            "Shapes.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.function.IntSupplier;",
            "import imapi.*;",
            "class Shapes {",
            "  static final class BurnException extends RuntimeException {",
            "    BurnException(int hr) {}",
            "  }",
            "  void warn() {}",
            "  Runnable lambda(IDiscRecorder recorder, Object p) {",
            "    return () -> {",
            "      // BUG: Diagnostic contains: SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "      int hr = recorder.SetRecorderProperties(p);",
            "      if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    };",
            "  }",
            "  Runnable lambdaToldApart(IDiscRecorder recorder, Object p) {",
            "    return () -> {",
            "      int hr = recorder.SetRecorderProperties(p);",
            "      if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "      if (hr == IMAPI_S_PROPERTIESIGNORED) warn();",
            "    };",
            "  }",
            "  void retried(IDiscRecorder recorder, Object p) {",
            "    for (int attempt = 0; attempt < 3; attempt++) {",
            "      // BUG: Diagnostic contains: SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "      int hr = recorder.SetRecorderProperties(p);",
            "      if (ImapiError.succeeded(hr)) return;",
            "      if (attempt == 2) throw new BurnException(hr);",
            "    }",
            "  }",
            "  void retriedToldApart(IDiscRecorder recorder, Object p) {",
            "    int hr;",
            "    do {",
            "      hr = recorder.SetRecorderProperties(p);",
            "      if (hr == IMAPI_S_PROPERTIESIGNORED) {",
            "        warn();",
            "        continue;",
            "      }",
            "      if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    } while (ImapiError.failed(hr));",
            "  }",
            "  String switchExpression(IDiscRecorder recorder, Object p, int mode) {",
            "    // BUG: Diagnostic contains: SetRecorderProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    return switch (mode) {",
            "      case 0 -> {",
            "        if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "        yield \"set\";",
            "      }",
            "      default -> \"skipped\";",
            "    };",
            "  }",
            "  String switchExpressionToldApart(IDiscRecorder recorder, Object p, int mode) {",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    return switch (mode) {",
            "      case 0 -> {",
            "        if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "        yield hr == IMAPI_S_PROPERTIESIGNORED ? \"partly set\" : \"set\";",
            "      }",
            "      default -> \"skipped\";",
            "    };",
            "  }",
            "  String caseLabelsAreNotFollowed(IDiscRecorder recorder, Object p) {",
            "    // Limitation: which kinds reach a case is not known, so the throw excuses them all.",
            "    int hr = recorder.SetRecorderProperties(p);",
            "    return switch (hr < 0 ? 0 : 1) {",
            "      case 0 -> throw new BurnException(hr);",
            "      default -> \"set\";",
            "    };",
            "  }",
            "  int earlyReturns(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT) return 1;",
            "    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) return 2;",
            "    if (ImapiError.failed(hr)) throw new BurnException(hr);",
            "    return 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void theExampleFitsTheBinding() {
    helper
        .addSourceLines(
            "longs/IDiscMaster.java",
            "package longs;",
            "public interface IDiscMaster { long RecordDisc(boolean simulate, boolean eject); }")
        .addSourceLines(
            "Bindings.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Bindings {",
            "  String stored(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: test for it before the catch-all, as in if"
                + " (hr.intValue() == ImapiError.IMAPI_E_FILEEXISTS) ...; it also tests specific"
                + " codes of IJolietDiscMaster.AddData with no catch-all for other failures (no"
                + " default, no final else, no COMUtils.FAILED(hr))",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    if (hr.intValue() == IMAPI_E_DISCFULL) return \"full\";",
            "    return \"staged\";",
            "  }",
            "  boolean inPlace(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: as in HRESULT hr = ...; if (hr.intValue() =="
                + " ImapiError.IMAPI_E_DISCFULL) ...",
            "    return COMUtils.SUCCEEDED(joliet.AddData(null, 0));",
            "  }",
            "  boolean asInt(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: as in if (code == ImapiError.IMAPI_E_DISCFULL) ...",
            "    int code = joliet.AddData(null, 0).intValue();",
            "    return ImapiError.succeeded(code);",
            "  }",
            "  String asLong(longs.IDiscMaster master) {",
            "    // BUG: Diagnostic contains: as in if ((int) hr == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT)"
                + " ...; it also tests specific codes of IDiscMaster.RecordDisc with no catch-all"
                + " for other failures (no default, no final else, no ImapiError.failed((int) hr))",
            "    long hr = master.RecordDisc(false, true);",
            "    if ((int) hr == IMAPI_E_USERABORT) return \"cancelled\";",
            "    return \"burned\";",
            "  }",
            "  boolean longInPlace(longs.IDiscMaster master) {",
            "    // BUG: Diagnostic contains: as in long hr = ...; if ((int) hr =="
                + " ImapiError.IMAPI_E_USERABORT) ...",
            "    return master.RecordDisc(false, true) >= 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aBindingTypeIsNamedAsTheCodeNamesIt() {
    ImapiBindingSources.addTo(
            CompilationTestHelper.newInstance(ImapiMissingResultCode.class, getClass()))
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.VendorDrive")
        .addSourceLines(
            "com/acme/VendorDrive.java",
            "package com.acme;",
            "public interface VendorDrive { int recordDisc(boolean simulate, boolean eject); }")
        .addSourceLines(
            "Vendor.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Vendor {",
            "  boolean burn(com.acme.VendorDrive drive) {",
            "    // BUG: Diagnostic contains: VendorDrive.recordDisc can return IMAPI_E_USERABORT",
            "    return ImapiError.succeeded(drive.recordDisc(false, true));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void requiredCodesFromTheFlag() {
    ImapiBindingSources.addTo(
            CompilationTestHelper.newInstance(ImapiMissingResultCode.class, getClass()))
        .setArgs(
            "-XepOpt:ImapiMissingResultCode:Required=IDiscMaster.RecordDisc+=IMAPI_E_WRONGDISC,"
                + " IDiscMaster.Open=, IDiscRecorder.Eject=IMAPI_E_MEDIUM_NOTPRESENT")
        .addSourceLines(
            "Flagged.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Flagged {",
            "  boolean burn(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: IMAPI_E_WRONGDISC (required by your"
                + " -XepOpt:ImapiMissingResultCode:Required)",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_USERABORT || hr == IMAPI_E_MEDIUM_NOTPRESENT) return false;",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  boolean open(IDiscMaster master) { return ImapiError.succeeded(master.Open()); }",
            "  boolean eject(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: IDiscRecorder.Eject can return IMAPI_E_MEDIUM_NOTPRESENT"
                + " (required by your",
            "    return ImapiError.succeeded(recorder.Eject());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aMalformedRequiredFlagFailsTheBuild() {
    ImapiBindingSources.addTo(
            CompilationTestHelper.newInstance(ImapiMissingResultCode.class, getClass()))
        .setArgs("-XepOpt:ImapiMissingResultCode:Required=IDiscMaster.Burn=IMAPI_E_DISCFULL")
        .addSourceLines("A.java", "class A {}")
        .expectResult(Result.ERROR)
        .doTest();
  }

  @Test
  void imapi2RequiredCodes() {
    ImapiBindingSources.addV2To(helper)
        .addSourceLines(
            "V2.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import imapi2.*;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import io.github.imapichecks.annotations.Imapi2FsError;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class V2 {",
            "  void burn(IDiscFormat2Data data) {",
            "    // BUG: Diagnostic contains: IDiscFormat2Data.Write can return"
                + " E_IMAPI_REQUEST_CANCELLED (a cancelled burn (CancelWrite) is not a failure) and"
                + " E_IMAPI_RECORDER_MEDIA_NO_MEDIA (no disc: ask the user to insert one), which this"
                + " code does not tell apart: test for them before the catch-all, as in if (hr =="
                + " Imapi2Error.E_IMAPI_REQUEST_CANCELLED) ...",
            "    int hr = data.Write(null);",
            "    if (ImapiError.failed(hr)) throw new IllegalStateException();",
            "  }",
            "",
            "  void command(IDiscRecorder2Ex device) {",
            "    // BUG: Diagnostic contains: IDiscRecorder2Ex.SendCommandNoData can return"
                + " S_IMAPI_COMMAND_HAS_SENSE_DATA (a success HRESULT that means the device failed the"
                + " command",
            "    int hr = device.SendCommandNoData(null, 6, null, 10);",
            "    if (ImapiError.succeeded(hr)) return;",
            "    throw new IllegalStateException();",
            "  }",
            "",
            "  void lock(IDiscRecorder2 recorder) {",
            "    // BUG: Diagnostic contains: E_IMAPI_RECORDER_LOCKED",
            "    int hr = recorder.AcquireExclusiveAccess(false, \"burner\");",
            "    if (hr < 0) throw new IllegalStateException();",
            "  }",
            "",
            "  void tree(IFsiDirectoryItem root) {",
            "    // BUG: Diagnostic contains: IFsiDirectoryItem.addTree can return"
                + " IMAPI_E_IMAGE_SIZE_LIMIT (the tree does not fit the image: say so, rather than"
                + " reporting a read failure), which this code does not tell apart: test for it"
                + " before the catch-all, as in if (hr == Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT)",
            "    int hr = root.addTree(\"C:/files\", false);",
            "    if (ImapiError.failed(hr)) throw new IllegalStateException();",
            "  }",
            "",
            "  void handled(IDiscFormat2Data data, IDiscRecorder2Ex device, IFsiDirectoryItem root) {",
            "    int hr = data.Write(null);",
            "    if (hr == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "    if (hr == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA) return;",
            "    if (ImapiError.failed(hr)) throw new IllegalStateException();",
            "    int sent = device.SendCommandNoData(null, 6, null, 10);",
            "    if (sent != S_OK) throw new IllegalStateException();",
            "    int other = device.SendCommandNoData(null, 6, null, 10);",
            "    if (other == Imapi2Error.S_IMAPI_COMMAND_HAS_SENSE_DATA) return;",
            "    if (ImapiError.failed(other)) throw new IllegalStateException();",
            "    int added = root.addTree(\"C:/files\", false);",
            "    if (added == Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT || ImapiError.failed(added)) {",
            "      throw new IllegalStateException();",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void handlersOfExceptionStyleBindings() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Handlers.java",
            "import com4j.ComException;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import java.util.logging.Logger;",
            "class Handlers {",
            "  Logger log;",
            "  void notPossible(com4j.imapi2.IDiscFormat2Data formatter) {",
            "    try {",
            "      formatter.write(null);",
            "    // BUG: Diagnostic contains: this catch takes every failure of IDiscFormat2Data.write"
                + " alike, but it can fail with E_IMAPI_REQUEST_CANCELLED (a cancelled burn"
                + " (CancelWrite) is not a failure) and E_IMAPI_RECORDER_MEDIA_NO_MEDIA (no disc: ask"
                + " the user to insert one): catch ComException and tell them apart, as in if"
                + " (e.getHRESULT() == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) ..., or let the"
                + " exception go",
            "    } catch (Exception e) {",
            "      System.out.println(\"Write is not possible to this disc\");",
            "    }",
            "  }",
            "",
            "  void onlyOne(com4j.imapi2.IDiscFormat2Data formatter) {",
            "    try {",
            "      formatter.write(null);",
            "    // BUG: Diagnostic contains: E_IMAPI_RECORDER_MEDIA_NO_MEDIA (no disc",
            "    } catch (ComException e) {",
            "      int hr = e.getHRESULT();",
            "      if (hr == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "      log.warning(\"burn failed: \" + e);",
            "    }",
            "  }",
            "",
            "  void jna(jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      erase.EraseMedia();",
            "    // BUG: Diagnostic contains: as in if"
                + " (e.matchesErrorCode(Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED))",
            "    } catch (COMException e) {",
            "      if (e.matchesErrorCode(Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA)) return;",
            "      log.severe(e.getMessage());",
            "    }",
            "  }",
            "",
            "  void handled(com4j.imapi2.IDiscFormat2Data formatter, jna.imapi2.IDiscFormat2Erase"
                + " erase) {",
            "    try {",
            "      formatter.write(null);",
            "    } catch (ComException e) {",
            "      switch (e.getHRESULT()) {",
            "        case Imapi2Error.E_IMAPI_REQUEST_CANCELLED: return;",
            "        case Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA: return;",
            "        default: log.severe(\"failed\");",
            "      }",
            "    }",
            "    try {",
            "      formatter.write(null);",
            "    } catch (ComException e) {",
            "      throw new IllegalStateException(\"burn failed\", e);",
            "    }",
            "    try {",
            "      formatter.write(null);",
            "    } catch (RuntimeException e) {",
            "      throw e;",
            "    }",
            "    try {",
            "      formatter.setWriteSpeed(1, false);",
            "      formatter.getCurrentWriteSpeed();",
            "      formatter.cancelWrite();",
            "    } catch (ComException e) {",
            "      // SetWriteSpeed's required codes are successes, which no exception carries.",
            "      log.warning(\"no speed\");",
            "    }",
            "    try {",
            "      erase.EraseMedia();",
            "    } catch (IllegalArgumentException e) {",
            "      // Catches no COMException.",
            "    }",
            "    try {",
            "      erase.EraseMedia();",
            "    } catch (COMException e) {",
            "      report(e);",
            "    }",
            "  }",
            "",
            "  void report(Exception e) {}",
            "",
            "  void secondCatch(com4j.imapi2.IDiscFormat2Data formatter) {",
            "    try {",
            "      formatter.write(null);",
            "    } catch (ComException e) {",
            "      throw e;",
            "    } catch (Exception e) {",
            "      // No ComException reaches this clause: the one before takes them all.",
            "      log.warning(\"other\");",
            "    }",
            "    try {",
            "      formatter.write(null);",
            "    } catch (ComException e) {",
            "      // Empty: ImapiResultIgnored's.",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void successCodesDroppedByExceptionStyleBindings() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Speeds.java",
            "import com.jacob.activeX.ActiveXComponent;",
            "import com.jacob.com.Dispatch;",
            "import com.jacob.com.Variant;",
            "class Speeds {",
            "  void promised(com4j.imapi2.IDiscFormat2Data data) {",
            "    // BUG: Diagnostic contains: IDiscFormat2Data.setWriteSpeed never reports"
                + " S_IMAPI_SPEEDADJUSTED, S_IMAPI_ROTATIONADJUSTED and S_IMAPI_BOTHADJUSTED"
                + " through this binding, which drops every success: read back CurrentWriteSpeed"
                + " (get_CurrentWriteSpeed, getCurrentWriteSpeed()) to learn the speed the drive"
                + " chose",
            "    data.setWriteSpeed(2352, false);",
            "  }",
            "",
            "  void fileSystems(com4j.imapi2fs.IFileSystemImage image) {",
            "    // BUG: Diagnostic contains: never reports IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED",
            "    image.setFileSystemsToCreate(7);",
            "  }",
            "",
            "  int readBack(com4j.imapi2.IDiscFormat2Data data) {",
            "    data.setWriteSpeed(2352, false);",
            "    return data.getCurrentWriteSpeed();",
            "  }",
            "",
            "  Variant jacob(Variant speed) {",
            "    ActiveXComponent format = new ActiveXComponent(\"IMAPI2.MsftDiscFormat2Data\");",
            "    Dispatch.call(format, \"SetWriteSpeed\", speed, new Variant(false));",
            "    return Dispatch.get(format, \"CurrentWriteSpeed\");",
            "  }",
            "",
            "  void jacobPromised(Variant speed) {",
            "    ActiveXComponent format = new ActiveXComponent(\"IMAPI2.MsftDiscFormat2Data\");",
            "    // BUG: Diagnostic contains: IDiscFormat2Data.SetWriteSpeed never reports",
            "    Dispatch.call(format, \"SetWriteSpeed\", speed, new Variant(false));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void senseDataDroppedByExceptionStyleBindings() {
    helper
        .addSourceLines(
            "com4j/imapi2/IDiscRecorder2Ex.java",
            "package com4j.imapi2;",
            "public interface IDiscRecorder2Ex extends com4j.Com4jObject {",
            "  @com4j.VTID(3) void sendCommandNoData(byte[] cdb, int cdbSize, byte[] sense, int"
                + " timeout);",
            "  @com4j.VTID(4) void sendCommandSendDataToDevice(byte[] cdb, int cdbSize, byte[]"
                + " sense, int timeout, byte[] buffer, int bufferSize);",
            "  @com4j.VTID(5) void sendCommandGetDataFromDevice(byte[] cdb, int cdbSize, byte[]"
                + " sense);",
            "}")
        .addSourceLines(
            "Sense.java",
            "import com4j.imapi2.IDiscRecorder2Ex;",
            "class Sense {",
            "  byte[] kept;",
            "  void lost(IDiscRecorder2Ex drive, byte[] cdb) {",
            "    // BUG: Diagnostic contains: IDiscRecorder2Ex.sendCommandNoData never reports"
                + " S_IMAPI_COMMAND_HAS_SENSE_DATA through this binding, which returns normally"
                + " when the device fails the command and leaves the sense data in the buffer:"
                + " keep the sense buffer in a variable and read its sense key after the call",
            "    drive.sendCommandNoData(cdb, 6, new byte[18], 10);",
            "  }",
            "",
            "  void unread(IDiscRecorder2Ex drive, byte[] cdb, byte[] data) {",
            "    byte[] sense = new byte[18];",
            "    // BUG: Diagnostic contains: read sense after the call: its sense key says whether"
                + " the device failed the command",
            "    drive.sendCommandSendDataToDevice(cdb, 10, sense, 10, data, data.length);",
            "  }",
            "",
            "  boolean read(IDiscRecorder2Ex drive, byte[] cdb) {",
            "    byte[] sense = new byte[18];",
            "    drive.sendCommandNoData(cdb, 6, sense, 10);",
            "    return (sense[2] & 0x0F) == 0;",
            "  }",
            "",
            "  void inALoop(IDiscRecorder2Ex drive, byte[] cdb) {",
            "    byte[] sense = new byte[18];",
            "    for (int i = 0; i < 3; i++) {",
            "      if (i > 0 && sense[2] == 0) return;",
            "      drive.sendCommandNoData(cdb, 6, sense, 10);",
            "    }",
            "  }",
            "",
            "  void elsewhere(IDiscRecorder2Ex drive, byte[] cdb, byte[] sense) {",
            "    // A field, or a shape the binding's parameters do not match: not judged.",
            "    drive.sendCommandNoData(cdb, 6, kept, 10);",
            "    drive.sendCommandGetDataFromDevice(cdb, 6, new byte[18]);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaLateBindingWrappersAndTheirCallers() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Late.java",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com.sun.jna.platform.win32.COM.COMInvokeException;",
            "import com.sun.jna.platform.win32.COM.COMLateBindingObject;",
            "import com.sun.jna.platform.win32.Variant.VARIANT;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import jna.late.DiscFormat2Data;",
            "class Late {",
            "  void notPossible(DiscFormat2Data format) {",
            "    try {",
            "      format.write(null);",
            "    // BUG: Diagnostic contains: this catch takes every failure of DiscFormat2Data.write"
                + " alike, but it can fail with E_IMAPI_REQUEST_CANCELLED",
            "    } catch (COMException e) {",
            "      System.out.println(\"Write is not possible to this disc\");",
            "    }",
            "  }",
            "",
            "  void toldApart(DiscFormat2Data format) {",
            "    try {",
            "      format.write(null);",
            "    } catch (COMInvokeException e) {",
            "      Integer code = e.getScode();",
            "      if (code != null && code == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "      if (code != null && code == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA) return;",
            "      System.out.println(\"failed\");",
            "    }",
            "  }",
            "",
            "  void guarded(DiscFormat2Data format) {",
            "    try {",
            "      format.write(null);",
            "    } catch (COMInvokeException e) {",
            "      Integer code = e.getScode();",
            "      if (code == null) throw e;",
            "      if (code == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "      if (code != Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA) throw e;",
            "      System.out.println(\"insert a disc\");",
            "    }",
            "  }",
            "",
            "  void speed(DiscFormat2Data format) {",
            "    // BUG: Diagnostic contains: DiscFormat2Data.setWriteSpeed never reports"
                + " S_IMAPI_SPEEDADJUSTED",
            "    format.setWriteSpeed(2352, false);",
            "  }",
            "",
            "  int speedReadBack(DiscFormat2Data format) {",
            "    format.setWriteSpeed(2352, false);",
            "    return format.getCurrentWriteSpeed();",
            "  }",
            "}",
            "class Eraser extends COMLateBindingObject {",
            "  Eraser() { super(\"IMAPI2.MsftDiscFormat2Erase\", false); }",
            "  void erase() {",
            "    try {",
            "      invokeNoReply(\"EraseMedia\");",
            "    // BUG: Diagnostic contains: this catch takes every failure of IDiscFormat2Erase.EraseMedia",
            "    } catch (COMException e) {",
            "      System.out.println(\"cannot erase\");",
            "    }",
            "  }",
            "}",
            "class Writer extends COMLateBindingObject {",
            "  Writer() { super(\"IMAPI2.MsftDiscFormat2Data\", false); }",
            "  void fast() {",
            "    // Not a wrapper of SetWriteSpeed: its own caller of it.",
            "    // BUG: Diagnostic contains: IDiscFormat2Data.SetWriteSpeed never reports",
            "    invokeNoReply(\"SetWriteSpeed\", new VARIANT(2352), new VARIANT(false));",
            "  }",
            "  int fastReadBack() {",
            "    invokeNoReply(\"SetWriteSpeed\", new VARIANT(2352), new VARIANT(false));",
            "    return getIntProperty(\"CurrentWriteSpeed\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void handlersThatLetTheExceptionGoInOtherWays() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Going.java",
            "import com4j.ComException;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import java.util.function.Supplier;",
            "class Going {",
            "  Supplier<String> later;",
            "  void run(com4j.imapi2.IDiscFormat2Data data, jna.imapi2.IDiscFormat2Erase erase,"
                + " int code) {",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      later = () -> e.getMessage();",
            "    }",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      Object kept = new Object() { Object f() { return e; } };",
            "    }",
            "    try {",
            "      erase.EraseMedia();",
            "    } catch (COMException e) {",
            "      if (e.matchesErrorCode(code)) return;",
            "    }",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException | IllegalStateException e) {",
            "      Object same = (Object) e;",
            "    }",
            "    try {",
            "      data.write(null);",
            "    // BUG: Diagnostic contains: this catch takes every failure of IDiscFormat2Data.write",
            "    } catch (IllegalStateException | ComException e) {",
            "      System.out.println(\"failed: \" + e + e.getMessage());",
            "      e.printStackTrace();",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
