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
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: hr == S_OK takes successes for failures: S_FALSE"
                + " (0x00000001), IMAPI_S_PROPERTIESIGNORED (0x00040200) and"
                + " IMAPI_S_BUFFER_TO_SMALL (0x00040201) are successes too; decide with"
                + " ImapiError.succeeded(hr) or ImapiError.failed(hr)",
            "    if (hr == S_OK) return true;",
            "    // BUG: Diagnostic contains: hr != 0 takes successes for failures",
            "    if (hr != 0) return false;",
            "    // BUG: Diagnostic contains: S_OK == hr",
            "    if (S_OK == hr) return true;",
            "    // BUG: Diagnostic contains: Objects.equals(hr, S_OK)",
            "    if (Objects.equals(hr, S_OK)) return true;",
            "    int set = recorder.SetRecorderProperties(null);",
            "    // BUG: Diagnostic contains: set != S_OK takes a success for a failure:"
                + " SetRecorderProperties can return IMAPI_S_PROPERTIESIGNORED (0x00040200),"
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
            "  boolean run(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    // BUG: Diagnostic contains: SetJolietProperties can return"
                + " IMAPI_S_PROPERTIESIGNORED (0x00040200), which is a success; decide with"
                + " COMUtils.SUCCEEDED(hr) or COMUtils.FAILED(hr)",
            "    if (hr.equals(W32Errors.S_OK)) return true;",
            "    // BUG: Diagnostic contains: W32Errors.S_OK.equals(hr)",
            "    if (!W32Errors.S_OK.equals(hr)) return false;",
            "    // BUG: Diagnostic contains: hr.equals(WinError.S_OK)",
            "    if (hr.equals(WinError.S_OK)) return true;",
            "    // BUG: Diagnostic contains: hr.equals(new HRESULT(0))",
            "    if (hr.equals(new HRESULT(0))) return true;",
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
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: hr > 0 takes successes for failures",
            "    if (hr > 0) return true;",
            "    // BUG: Diagnostic contains: hr <= 0",
            "    if (hr <= 0) return false;",
            "    // BUG: Diagnostic contains: 0 < hr",
            "    if (0 < hr) return true;",
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
            "    // BUG: Diagnostic contains: hr != S_OK",
            "    return hr != S_OK && other(hr);",
            "  }",
            "  boolean other(int hr) { return hr > 0; }",
            "}")
        .doTest();
  }

  @Test
  void suppressedOrOff() {
    helper
        .addSourceLines(
            "Suppressed.java",
            "import imapi.*;",
            "class Suppressed {",
            "  @SuppressWarnings(\"ImapiSuccessInfoAsFailure\")",
            "  boolean byName(IDiscMaster master) { return master.Open() == 0; }",
            "  @SuppressWarnings(\"imapihresult\")",
            "  boolean byFamily(IDiscMaster master) { return master.Open() == 0; }",
            "}")
        .doTest();
    ImapiBindingSources.addTo(
            CompilationTestHelper.newInstance(ImapiSuccessInfoAsFailure.class, getClass()))
        .setArgs("-Xep:ImapiSuccessInfoAsFailure:OFF")
        .addSourceLines(
            "Off.java",
            "class Off {",
            "  boolean run(imapi.IDiscMaster master) { return master.Open() == 0; }",
            "}")
        .doTest();
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
            "  boolean run(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr != S_OK) {",
            "      return false;",
            "    }",
            "    if (!Objects.equals(hr, S_OK) || hr <= 0) return false;",
            "    HRESULT jna = joliet.SetJolietProperties(null);",
            "    if (!W32Errors.S_OK.equals(jna)) return false;",
            "    return hr == 0 && jna.equals(W32Errors.S_OK) && 0 < hr;",
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
            "import java.util.Objects;",
            "class Fix {",
            "  boolean run(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) {",
            "      return false;",
            "    }",
            "    if (!ImapiError.succeeded(hr) || ImapiError.failed(hr)) return false;",
            "    HRESULT jna = joliet.SetJolietProperties(null);",
            "    if (!COMUtils.SUCCEEDED(jna)) return false;",
            "    return ImapiError.succeeded(hr) && COMUtils.SUCCEEDED(jna) && ImapiError.succeeded(hr);",
            "  }",
            "}")
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
}
