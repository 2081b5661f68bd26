package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

final class ImapiSuccessInfoAsFailureTest {
  private final CompilationTestHelper helper =
      ImapiBindingSources.addTo(
          CompilationTestHelper.newInstance(ImapiSuccessInfoAsFailure.class, getClass()));
  private final BugCheckerRefactoringTestHelper refactoring =
      ImapiBindingSources.addTo(
          BugCheckerRefactoringTestHelper.newInstance(ImapiSuccessInfoAsFailure.class, getClass()));

  @Test
  void rightSuccessTestsAreFine() {
    helper
        .addSourceLines(
            "Fine.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Fine {",
            "  interface File { int open(); }",
            "  boolean run(IDiscMaster master, IJolietDiscMaster joliet, File file, int n) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr < 0 || 0 > hr) return false;",
            "    if (hr >= 0 && 0 <= hr) return true;",
            "    if (ImapiError.failed(hr) || !ImapiError.succeeded(hr)) return false;",
            "    HRESULT jna = joliet.AddData(null, 0);",
            "    if (COMUtils.FAILED(jna) || !W32Errors.SUCCEEDED(jna)) return false;",
            "    if (W32Errors.FAILED(jna.intValue())) return false;",
            "    // Not IMAPI results.",
            "    if (file.open() == S_OK || n != 0 || n > 0) return false;",
            "    // Identity comparison of HRESULT objects, and comparisons with other codes.",
            "    if (jna == W32Errors.S_OK || hr == 0x8004020D || hr > 5) return false;",
            "    return hr == ImapiError.IMAPI_E_USERABORT;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void equalityWithSOk() {
    helper
        .addSourceLines(
            "Equality.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import java.util.Objects;",
            "import imapi.*;",
            "class Equality {",
            "  boolean equal(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: hr == S_OK takes successes for failures: S_FALSE"
                + " (0x00000001), IMAPI_S_PROPERTIESIGNORED (0x00040200) and"
                + " IMAPI_S_BUFFER_TO_SMALL (0x00040201) are successes too; decide with"
                + " ImapiError.succeeded(hr) or ImapiError.failed(hr)",
            "    if (hr == S_OK) return true;",
            "    return false;",
            "  }",
            "  boolean notEqual(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: hr != 0 takes successes for failures",
            "    if (hr != 0) return false;",
            "    return true;",
            "  }",
            "  boolean mirrored(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: S_OK == hr",
            "    return S_OK == hr;",
            "  }",
            "  boolean objectsEquals(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: Objects.equals(hr, S_OK)",
            "    return Objects.equals(hr, S_OK);",
            "  }",
            "  boolean known(IDiscRecorder recorder) {",
            "    int set = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: set != S_OK takes a success for a failure:"
                + " IDiscRecorder.SetRecorderProperties can return IMAPI_S_PROPERTIESIGNORED (0x00040200),"
                + " which is a success",
            "    return set != S_OK;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaHResults() {
    helper
        .addSourceLines(
            "Jna.java",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinError;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "class Jna {",
            "  boolean equalsSOk(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    // BUG: Diagnostic contains: IJolietDiscMaster.SetJolietProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED (0x00040200), which is a success; decide with"
                + " COMUtils.SUCCEEDED(hr) or COMUtils.FAILED(hr)",
            "    if (hr.equals(W32Errors.S_OK)) return true;",
            "    return false;",
            "  }",
            "  boolean sOkEquals(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    // BUG: Diagnostic contains: W32Errors.S_OK.equals(hr)",
            "    if (!W32Errors.S_OK.equals(hr)) return false;",
            "    return true;",
            "  }",
            "  boolean winError(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: joliet.SetJolietProperties(null).equals(WinError.S_OK) takes",
            "    return joliet.SetJolietProperties(null).equals(WinError.S_OK);",
            "  }",
            "  boolean newHResult(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    // BUG: Diagnostic contains: hr.equals(new HRESULT(0))",
            "    return hr.equals(new HRESULT(0));",
            "  }",
            "  boolean intValue(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    // BUG: Diagnostic contains: hr.intValue() == 0",
            "    return hr.intValue() == 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void orderingsWithZeroOnTheWrongSide() {
    helper
        .addSourceLines(
            "Orderings.java",
            "import imapi.*;",
            "class Orderings {",
            "  boolean greater(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: hr > 0 takes a success for a failure: S_OK"
                + " (0x00000000) is a success too; decide with ImapiError.succeeded(hr)",
            "    if (hr > 0) return true;",
            "    return false;",
            "  }",
            "  boolean lessOrEqual(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: hr <= 0",
            "    if (hr <= 0) return false;",
            "    return true;",
            "  }",
            "  boolean mirrored(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: 0 < master.Open()",
            "    return 0 < master.Open();",
            "  }",
            "  boolean mirroredFailure(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: 0 >= hr",
            "    return 0 >= hr;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void chainsThatTellSuccessInfoApartAreFine() {
    helper
        .addSourceLines(
            "Chains.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Chains {",
            "  String ifElse(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == S_OK) {",
            "      return \"set\";",
            "    } else if (hr == IMAPI_S_PROPERTIESIGNORED) {",
            "      return \"partly set\";",
            "    } else {",
            "      return \"failed\";",
            "    }",
            "  }",
            "  boolean sameCondition(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    return hr == S_OK || hr == IMAPI_S_PROPERTIESIGNORED || hr == S_FALSE;",
            "  }",
            "  boolean helper(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) return true;",
            "    else if (hr != S_OK) return false;",
            "    return true;",
            "  }",
            "  String conditional(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    return hr == S_OK ? \"set\" : hr == 0x00040200 ? \"partly\" : \"failed\";",
            "  }",
            "  boolean jna(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (hr.equals(W32Errors.S_OK)) return true;",
            "    else if (hr.equals(new HRESULT(IMAPI_S_PROPERTIESIGNORED))) return true;",
            "    return false;",
            "  }",
            "  String otherChain(IDiscRecorder recorder, IDiscMaster master) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    int other = master.Open();",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    if (hr == S_OK) return \"set\";",
            "    else if (other == IMAPI_S_PROPERTIESIGNORED) return \"?\";",
            "    return \"failed\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void guardClausesThatTellSuccessInfoApartAreFine() {
    helper
        .addSourceLines(
            "Guards.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Guards {",
            "  void warnIgnored() {}",
            "  void partly() {}",
            "  void ok() {}",
            "  void fail() {}",
            "  boolean earlyReturns(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == S_OK) return true;",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); return true; }",
            "    return false;",
            "  }",
            "  boolean helperFirst(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) { warnIgnored(); return true; }",
            "    return hr == S_OK;",
            "  }",
            "  boolean jnaIntValue(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (hr.intValue() == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); return true; }",
            "    return hr.intValue() == S_OK;",
            "  }",
            "  boolean jnaEquals(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (hr.equals(new HRESULT(IMAPI_S_PROPERTIESIGNORED))) return true;",
            "    return hr.equals(W32Errors.S_OK);",
            "  }",
            "  void positiveFirst(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr > 0) { partly(); } else if (hr == S_OK) { ok(); } else { fail(); }",
            "  }",
            "  void positiveThenHelper(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr > 0) { partly(); } else if (ImapiError.succeeded(hr)) { ok(); }",
            "  }",
            "  String onlySuccessesReach(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) throw new IllegalStateException();",
            "    return hr == S_OK ? \"done\" : \"done, with information\";",
            "  }",
            "  boolean successButNotOk(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return ImapiError.succeeded(hr) && hr != S_OK;",
            "  }",
            "  boolean jnaFailuresFirst(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (COMUtils.FAILED(hr)) return false;",
            "    if (!hr.equals(W32Errors.S_OK)) warnIgnored();",
            "    return true;",
            "  }",
            "  boolean w32ErrorsSucceededThenPositive(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (!W32Errors.SUCCEEDED(hr.intValue())) return false;",
            "    if (hr.intValue() > 0) warnIgnored();",
            "    return true;",
            "  }",
            "  boolean signTestFirst(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr < 0) return false;",
            "    if (hr > 0) warnIgnored();",
            "    return true;",
            "  }",
            "  boolean insideTheFailureBranch(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr != S_OK) {",
            "      if (hr == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); return true; }",
            "      return false;",
            "    }",
            "    return true;",
            "  }",
            "  boolean laterIfElseDecides(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == S_OK) return true;",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); return true; } else return false;",
            "  }",
            "  boolean severalGuardsAfter(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == S_OK) return true;",
            "    if (hr == IMAPI_E_NOTOPENED) throw new IllegalStateException();",
            "    if (ImapiError.isSuccessWithInfo(hr)) return true;",
            "    return false;",
            "  }",
            "  boolean okExcludedFirst(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == S_OK) return true;",
            "    return hr > 0;",
            "  }",
            "  boolean inALoop(IDiscMaster master) {",
            "    for (int i = 0; i < 3; i++) {",
            "      int hr = master.RecordDisc(false, true);",
            "      if (ImapiError.isSuccessWithInfo(hr)) { warnIgnored(); continue; }",
            "      if (hr == S_OK) return true;",
            "    }",
            "    return false;",
            "  }",
            "  java.util.function.IntPredicate inALambda() {",
            "    return hr -> {",
            "      if (hr == IMAPI_S_PROPERTIESIGNORED) return true;",
            "      return hr == S_OK;",
            "    };",
            "  }",
            "  boolean switchAfterGuard(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) return true;",
            "    switch (hr) {",
            "      case S_OK: return true;",
            "      default: throw new IllegalStateException();",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaGuardClausesAreFine() {
    helper
        .addSourceLines(
            "JnaGuards.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class JnaGuards {",
            "  void warnIgnored() {}",
            "  void partly() {}",
            "  void ok() {}",
            "  void fail() {}",
            "  boolean earlyReturns(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (hr.equals(W32Errors.S_OK)) return true;",
            "    if (hr.intValue() == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); return true; }",
            "    return false;",
            "  }",
            "  boolean helperFirst(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr.intValue())) { warnIgnored(); return true; }",
            "    return W32Errors.S_OK.equals(hr);",
            "  }",
            "  void positiveFirst(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (hr.intValue() > 0) { partly(); }",
            "    else if (hr.equals(W32Errors.S_OK)) { ok(); }",
            "    else { fail(); }",
            "  }",
            "  boolean w32ErrorsFailuresFirst(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (W32Errors.FAILED(hr)) return false;",
            "    return hr.intValue() == 0;",
            "  }",
            "  boolean comUtilsSucceededAndNotOk(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    return COMUtils.SUCCEEDED(hr) && !hr.equals(W32Errors.S_OK);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void guardsThatDoNotLeaveOnEveryPathDoNotMakeItRight() {
    helper
        .addSourceLines(
            "Leaky.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Leaky {",
            "  void warnIgnored() {}",
            "  boolean logsAndFallsThrough(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); }",
            "    // BUG: Diagnostic contains: hr == S_OK takes a success for a failure",
            "    return hr == S_OK;",
            "  }",
            "  boolean leavesOnSomePaths(IDiscRecorder recorder, boolean strict) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) { if (strict) return false; }",
            "    // BUG: Diagnostic contains: hr != S_OK",
            "    if (hr != S_OK) return false;",
            "    return true;",
            "  }",
            "  boolean reassignedAfterTheGuard(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) return true;",
            "    hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    return hr == S_OK;",
            "  }",
            "  boolean guardOnAnotherResult(IDiscRecorder recorder, IDiscMaster master) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    int other = master.Open();",
            "    if (ImapiError.isSuccessWithInfo(other)) return true;",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    return hr == S_OK;",
            "  }",
            "  boolean okLoggedNotLeft(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    switch (hr) { case S_OK: warnIgnored(); break; default: break; }",
            "    // BUG: Diagnostic contains: hr > 0 takes a success for a failure",
            "    return hr > 0;",
            "  }",
            "  boolean laterGuardFallsThrough(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    if (hr == S_OK) return true;",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); }",
            "    return false;",
            "  }",
            "  boolean laterIfElseFallsThrough(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    if (hr == S_OK) return true;",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) { warnIgnored(); } else { warnIgnored(); }",
            "    return false;",
            "  }",
            "  boolean laterGuardAfterAnotherStatement(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    if (hr == S_OK) return true;",
            "    warnIgnored();",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) return true;",
            "    return false;",
            "  }",
            "  boolean onlyFailuresExcluded(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    if (hr == IMAPI_E_ALREADYOPEN) return false;",
            "    // BUG: Diagnostic contains: hr == S_OK",
            "    return hr == S_OK;",
            "  }",
            "  boolean switchAfterLeakyGuard(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (ImapiError.isSuccessWithInfo(hr)) warnIgnored();",
            "    switch (hr) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success",
            "      case S_OK: return true;",
            "      default: throw new IllegalStateException();",
            "    }",
            "  }",
            "  boolean identityIsNoValueTest(imapi.IJolietDiscMaster joliet) {",
            "    com.sun.jna.platform.win32.WinNT.HRESULT hr = joliet.SetJolietProperties(null);",
            "    if (hr == com.sun.jna.platform.win32.W32Errors.S_OK) return true;",
            "    // BUG: Diagnostic contains: hr.intValue() == S_OK",
            "    return hr.intValue() == S_OK;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void switchesWhoseDefaultFails() {
    helper
        .addSourceLines(
            "Switches.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import imapi.*;",
            "class Switches {",
            "  boolean statement(IDiscRecorder recorder) {",
            "    switch (recorder.SetRecorderProperties(null)) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success:"
                + " IMAPI_S_PROPERTIESIGNORED (0x00040200) fall to its failing default",
            "      case S_OK:",
            "        return true;",
            "      default:",
            "        throw new IllegalStateException();",
            "    }",
            "  }",
            "  boolean expression(IDiscMaster master) {",
            "    return switch (master.RecordDisc(false, true)) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success",
            "      case 0 -> true;",
            "      case IMAPI_E_USERABORT -> true;",
            "      default -> false;",
            "    };",
            "  }",
            "  int negative(IDiscMaster master) {",
            "    switch (master.Open()) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success",
            "      case S_OK: { return 1; }",
            "      default: { return -1; }",
            "    }",
            "  }",
            "  boolean handled(IDiscRecorder recorder) {",
            "    switch (recorder.SetRecorderProperties(null)) {",
            "      case S_OK:",
            "      case IMAPI_S_PROPERTIESIGNORED:",
            "        return true;",
            "      default:",
            "        return false;",
            "    }",
            "  }",
            "  String noFailingDefault(IDiscMaster master, int n) {",
            "    switch (master.Open()) {",
            "      case S_OK: return \"ok\";",
            "      default: return \"other\";",
            "    }",
            "  }",
            "  boolean bothFail(IDiscMaster master) {",
            "    return switch (master.Open()) { case S_OK -> false; default -> false; };",
            "  }",
            "  boolean noDefault(IDiscMaster master) {",
            "    switch (master.Open()) { case S_OK: return true; case IMAPI_E_ALREADYOPEN: break; }",
            "    return false;",
            "  }",
            "  boolean notAResult(int n) {",
            "    switch (n) { case S_OK: return true; default: throw new IllegalStateException(); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void switchBodiesOfEveryShape() {
    helper
        .addSourceLines(
            "Bodies.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import imapi.*;",
            "class Bodies {",
            "  boolean blocks(IDiscMaster master) {",
            "    return switch (master.Open()) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success",
            "      case S_OK -> { yield true; }",
            "      default -> { yield false; }",
            "    };",
            "  }",
            "  void throwing(IDiscMaster master) {",
            "    switch (master.Open()) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success",
            "      case S_OK -> { return; }",
            "      default -> throw new IllegalStateException();",
            "    }",
            "  }",
            "  long longs(IDiscMaster master) {",
            "    switch (master.Open()) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success",
            "      case S_OK: return 0L;",
            "      default: return -1L;",
            "    }",
            "  }",
            "  String labels(IDiscMaster master, String s) {",
            "    switch (s) { case \"a\": return \"a\"; default: throw new IllegalStateException(); }",
            "  }",
            "  boolean caseRuleThrows(IDiscMaster master) {",
            "    return switch (master.Open()) {",
            "      case S_OK -> throw new IllegalStateException();",
            "      default -> false;",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void moreDecisionShapes() {
    helper
        .addSourceLines(
            "Shapes.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import java.util.Objects;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "class Shapes {",
            "  static final int ZERO = 0;",
            "  void log(boolean b) {}",
            "  boolean run(IDiscRecorder recorder, IJolietDiscMaster joliet, int n) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: hr == 0L",
            "    if (hr == 0L) return true;",
            "    // BUG: Diagnostic contains: hr != ZERO",
            "    log(hr != ZERO);",
            "    if (hr == S_OK) return true;",
            "    else if (Objects.equals(hr, IMAPI_S_PROPERTIESIGNORED)) return true;",
            "    HRESULT jna = joliet.AddData(null, 0);",
            "    if (jna.equals(new HRESULT(5)) || jna.equals(null) || hr == n) return false;",
            "    if (Objects.equals(jna, new HRESULT(IMAPI_E_DISCFULL))) return false;",
            "    // BUG: Diagnostic contains: Objects.equals(new HRESULT(0), jna)",
            "    if (Objects.equals(new HRESULT(0), jna)) return true;",
            "    if (hr == IMAPI_E_DISCFULL && Objects.isNull(jna)) return false;",
            "    return false;",
            "  }",
            "  boolean inAnd(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: hr != S_OK",
            "    return hr != S_OK && other(hr);",
            "  }",
            "  boolean other(int hr) { return hr > 0; }",
            "}")
        .doTest();
  }

  @Test
  void reportedBesideImapiMissingResultCode() {
    // The same snippets as ImapiMissingResultCodeTest.reportedBesideImapiSuccessInfoAsFailure:
    // both checks report each, at the test and at the call.
    helper
        .addSourceLines(
            "Misrouted.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import imapi.*;",
            "class Misrouted {",
            "  void ok() {}",
            "  boolean burn(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: hr != S_OK takes successes for failures",
            "    if (hr != S_OK) return false;",
            "    return true;",
            "  }",
            "  void switched(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    switch (hr) {",
            "      // BUG: Diagnostic contains: this switch takes only S_OK for success: S_FALSE"
                + " (0x00000001), IMAPI_S_PROPERTIESIGNORED (0x00040200) and"
                + " IMAPI_S_BUFFER_TO_SMALL (0x00040201) fall to its failing default",
            "      case S_OK: ok(); break;",
            "      default: throw new IllegalStateException(\"burn failed\");",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixOfADecisionThatAlsoMissesRequiredCodes() {
    // The fix decides success rightly and leaves the required codes to ImapiMissingResultCode,
    // which still reports the output (ImapiMissingResultCodeTest
    // .theSuccessInfoAsFailureFixLeavesTheMissingCodes): its advice, a test for IMAPI_E_USERABORT
    // before the catch-all, fits the fixed code.
    refactoring
        .addInputLines(
            "Fixed.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Fixed {",
            "  boolean burn(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) return false;",
            "    return true;",
            "  }",
            "}")
        .addOutputLines(
            "Fixed.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Fixed {",
            "  boolean burn(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) return false;",
            "    return true;",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void fixKeepsTheBranches() {
    refactoring
        .addInputLines(
            "Fix.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "import java.util.Objects;",
            "class Fix {",
            "  boolean notEqual(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) {",
            "      return false;",
            "    }",
            "    return true;",
            "  }",
            "  boolean negated(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (!Objects.equals(hr, S_OK)) return false;",
            "    return true;",
            "  }",
            "  boolean orderings(IDiscMaster master) {",
            "    return master.Open() <= 0 || 0 < master.Close();",
            "  }",
            "  boolean jna(IJolietDiscMaster joliet) {",
            "    HRESULT jna = joliet.SetJolietProperties(null);",
            "    if (!W32Errors.S_OK.equals(jna)) return false;",
            "    return true;",
            "  }",
            "  boolean both(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    int hr = master.RecordDisc(false, true);",
            "    HRESULT jna = joliet.SetJolietProperties(null);",
            "    return hr == 0 && jna.equals(W32Errors.S_OK);",
            "  }",
            "}")
        .addOutputLines(
            "Fix.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Fix {",
            "  boolean notEqual(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) {",
            "      return false;",
            "    }",
            "    return true;",
            "  }",
            "  boolean negated(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) return false;",
            "    return true;",
            "  }",
            "  boolean orderings(IDiscMaster master) {",
            "    return ImapiError.failed(master.Open()) || ImapiError.succeeded(master.Close());",
            "  }",
            "  boolean jna(IJolietDiscMaster joliet) {",
            "    HRESULT jna = joliet.SetJolietProperties(null);",
            "    if (COMUtils.FAILED(jna)) return false;",
            "    return true;",
            "  }",
            "  boolean both(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    int hr = master.RecordDisc(false, true);",
            "    HRESULT jna = joliet.SetJolietProperties(null);",
            "    return ImapiError.succeeded(hr) && COMUtils.SUCCEEDED(jna);",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void fixRemovesTheImportsItLeavesUnused() {
    refactoring
        .addInputLines(
            "Unused.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "class Unused {",
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return hr == S_OK;",
            "  }",
            "  boolean jna(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    return !W32Errors.S_OK.equals(hr);",
            "  }",
            "}")
        .addOutputLines(
            "Unused.java",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Unused {",
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  boolean jna(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    return COMUtils.FAILED(hr);",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void importsStillUsedElsewhereStay() {
    refactoring
        .addInputLines(
            "Used.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import imapi.*;",
            "class Used {",
            "  static final int OK = S_OK;",
            "  boolean run(IDiscMaster master) {",
            "    return master.Open() == S_OK;",
            "  }",
            "}")
        .addOutputLines(
            "Used.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Used {",
            "  static final int OK = S_OK;",
            "  boolean run(IDiscMaster master) {",
            "    return ImapiError.succeeded(master.Open());",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void noFixWhereTheCodeToldTheMisroutedCodesApart() {
    refactoring
        .addInputLines(
            "ToldApart.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import imapi.*;",
            "class ToldApart {",
            "  void warn() {}",
            "  boolean loggedNotLeft(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    if (hr == IMAPI_S_PROPERTIESIGNORED) { warn(); }",
            "    return hr == S_OK;",
            "  }",
            "  boolean okLogged(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    switch (hr) { case S_OK: warn(); break; default: break; }",
            "    return hr > 0;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(TEXT_MATCH);
  }

  @Test
  void noFixForLongResults() {
    refactoring
        .addInputLines(
            "Long.java",
            "import imapi.*;",
            "class Long {",
            "  boolean run(IDiscRecorder recorder) { return recorder.queryMediaType() == 0; }",
            "}")
        .expectUnchanged()
        .doTest(TEXT_MATCH);
  }

  @Test
  void imapi2SuccessCodesOfTheCall() {
    ImapiBindingSources.addV2To(helper)
        .addSourceLines(
            "V2.java",
            "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
            "import imapi2.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class V2 {",
            "  void run(IDiscFormat2Data data, IFileSystemImage image, IDiscRecorder2Ex device) {",
            "    int hr = data.SetWriteSpeed(2352, false);",
            "    // BUG: Diagnostic contains: IDiscFormat2Data.SetWriteSpeed can return"
                + " S_IMAPI_ROTATIONADJUSTED (0x00AA0005), S_IMAPI_SPEEDADJUSTED (0x00AA0004) and"
                + " S_IMAPI_BOTHADJUSTED (0x00AA0006), which are successes",
            "    if (hr != S_OK) throw new IllegalStateException();",
            "    int written = data.Write(null);",
            "    // BUG: Diagnostic contains: S_IMAPI_ROTATIONADJUSTED",
            "    if (written != S_OK) throw new IllegalStateException();",
            "    int created = image.put_FileSystemsToCreate(7);",
            "    // BUG: Diagnostic contains: IFileSystemImage.put_FileSystemsToCreate can return"
                + " IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED (0x00AAB15F), which is a success",
            "    if (created != S_OK) throw new IllegalStateException();",
            "    // A call that documents no success code: every success its API has, but sense data.",
            "    // BUG: Diagnostic matches: WITHOUT_SENSE_DATA",
            "    if (data.CancelWrite() != S_OK) throw new IllegalStateException();",
            "    // After a command sent to the device, only S_OK is success: sense data is a failure.",
            "    int sent = device.SendCommandNoData(null, 6, null, 10);",
            "    if (sent != S_OK) throw new IllegalStateException();",
            "    switch (device.SendCommandNoData(null, 6, null, 10)) {",
            "      case S_OK: break;",
            "      default: throw new IllegalStateException();",
            "    }",
            "  }",
            "}")
        .expectErrorMessage(
            "WITHOUT_SENSE_DATA",
            message ->
                message.contains("takes successes for failures: S_FALSE (0x00000001)")
                    && message.contains("S_IMAPI_SPEEDADJUSTED")
                    && !message.contains("S_IMAPI_COMMAND_HAS_SENSE_DATA"))
        .doTest();
  }

  @Test
  void caughtExceptionsAreNotSuccessTests() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Caught.java",
            "import com4j.ComException;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Caught {",
            "  boolean burn(com4j.imapi2.IDiscFormat2Data data) {",
            "    try {",
            "      data.write(null);",
            "      return true;",
            "    } catch (ComException e) {",
            "      // ImapiUnknownResultCode's: a caught failure is never S_OK.",
            "      return e.getHRESULT() == ImapiError.S_OK;",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
