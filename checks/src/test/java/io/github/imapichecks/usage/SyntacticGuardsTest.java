package io.github.imapichecks.usage;

import com.google.errorprone.CompilationTestHelper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What the success guards decide from a body's syntax ({@link LocalTests}, {@link
 * SyntacticGuards}), what they leave to the analysis, and that every answer is the analysis's own:
 * {@link SuccessGuardsOracle} compares both at every read of the same sources.
 */
final class SyntacticGuardsTest {
  private static final String[] BINDINGS = {
    "package imapi;",
    "public interface IDiscMaster {",
    "  int Open();",
    "  int RecordDisc(boolean simulate, boolean eject);",
    "  Integer Close();",
    "  com.sun.jna.platform.win32.WinNT.HRESULT Eject();",
    "}"
  };

  private static final String[] AT = {
    "package probe;",
    "public final class At {",
    "  public static int at(Object value) { return 0; }",
    "}"
  };

  /** Shapes the syntax decides. */
  private static final String[] DECIDED = {
    "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;",
    "import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;",
    "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
    "import static probe.At.at;",
    "import com.sun.jna.platform.win32.COM.COMUtils;",
    "import com.sun.jna.platform.win32.W32Errors;",
    "import com.sun.jna.platform.win32.WinNT.HRESULT;",
    "import imapi.IDiscMaster;",
    "import io.github.imapichecks.annotations.ImapiError;",
    "import java.util.function.IntSupplier;",
    "class Decided {",
    "  IDiscMaster master;",
    "  int guardClauses() {",
    "    int hr = master.Open();",
    "    // BUG: Diagnostic contains: guards: ok info failure;",
    "    at(hr);",
    "    if (hr == IMAPI_E_USERABORT) {",
    "      return 1;",
    "    }",
    "    // BUG: Diagnostic contains: guards: ok info failure;",
    "    at(hr);",
    "    if (hr == S_OK) {",
    "      return 0;",
    "    }",
    "    // BUG: Diagnostic contains: guards: info failure;",
    "    at(hr);",
    "    if (ImapiError.failed(hr)) {",
    "      throw new IllegalStateException(\"failed: \" + hr);",
    "    }",
    "    // BUG: Diagnostic contains: guards: info;",
    "    return at(hr);",
    "  }",
    "  void branches(boolean flag) {",
    "    int hr = master.RecordDisc(flag, true);",
    "    if (!ImapiError.succeeded(hr)) {",
    "      // BUG: Diagnostic contains: guards: failure;",
    "      at(hr);",
    "    } else if (hr > 0) {",
    "      // BUG: Diagnostic contains: guards: info;",
    "      at(hr);",
    "    } else {",
    "      // BUG: Diagnostic contains: guards: ok;",
    "      at(hr);",
    "    }",
    "    // BUG: Diagnostic contains: guards: ok info failure;",
    "    at(hr);",
    "  }",
    "  void combined(boolean flag) {",
    "    int hr = master.Open();",
    "    if (hr != S_OK && hr >= 0) {",
    "      // BUG: Diagnostic contains: guards: info;",
    "      at(hr);",
    "    }",
    "    if (hr < 0 || flag) {",
    "      // BUG: Diagnostic contains: guards: ok info failure;",
    "      at(hr);",
    "      return;",
    "    }",
    "    // BUG: Diagnostic contains: guards: ok info;",
    "    at(hr);",
    "    // BUG: Diagnostic contains: guards: info;",
    "    int sign = hr == S_OK ? 0 : at(hr);",
    "    // BUG: Diagnostic contains: guards: ok info;",
    "    at(hr);",
    "  }",
    "  void toldApart() {",
    "    int hr = master.Open();",
    "    if (hr == IMAPI_S_PROPERTIESIGNORED) {",
    "      return;",
    "    }",
    "    // BUG: Diagnostic contains: guards: ok info failure told apart;",
    "    at(hr);",
    "  }",
    "  void jna() {",
    "    HRESULT hr = master.Eject();",
    "    if (COMUtils.FAILED(hr)) {",
    "      return;",
    "    }",
    "    // BUG: Diagnostic contains: guards: ok info;",
    "    at(hr);",
    "    if (W32Errors.S_OK.equals(hr)) {",
    "      return;",
    "    }",
    "    // BUG: Diagnostic contains: guards: info;",
    "    at(hr);",
    "    if (hr.intValue() > 0) {",
    "      // BUG: Diagnostic contains: guards: info;",
    "      at(hr);",
    "    }",
    "  }",
    "  int reassigned(int tries) {",
    "    int hr = master.Open();",
    "    for (int i = 0; i < tries && hr != S_OK; i++) {",
    "      hr = master.Open();",
    "    }",
    "    hr = master.Open();",
    "    // BUG: Diagnostic contains: guards: ok info failure;",
    "    return at(hr);",
    "  }",
    "  IntSupplier lambda() {",
    "    int hr = master.Open();",
    "    return () -> {",
    "      if (ImapiError.failed(hr)) {",
    "        return -1;",
    "      }",
    "      // BUG: Diagnostic contains: guards: ok info;",
    "      return at(hr);",
    "    };",
    "  }",
    "  String selector() {",
    "    int hr = master.Open();",
    "    if (hr == S_OK) {",
    "      return \"ok\";",
    "    }",
    "    // BUG: Diagnostic contains: guards: info failure;",
    "    switch (at(hr)) {",
    "      case 0:",
    "        return ImapiError.failed(hr) ? \"failed\" : \"info\";",
    "      default:",
    "        return \"other\";",
    "    }",
    "  }",
    "  int declaredInside(int tries) {",
    "    for (int i = 0; i < tries; i++) {",
    "      int hr = master.Open();",
    "      if (hr == S_OK) {",
    "        return i;",
    "      }",
    "      // BUG: Diagnostic contains: guards: info failure;",
    "      at(hr);",
    "    }",
    "    try {",
    "      master.Open();",
    "    } catch (IllegalStateException e) {",
    "      int hr = master.Open();",
    "      if (ImapiError.failed(hr)) {",
    "        throw e;",
    "      }",
    "      // BUG: Diagnostic contains: guards: ok info;",
    "      return at(hr);",
    "    }",
    "    return 0;",
    "  }",
    "  void onlyInALoop(int[] codes) {",
    "    int hr = master.Open();",
    "    for (int code : codes) {",
    "      // Tested nowhere else: no test of it reaches the read.",
    "      // BUG: Diagnostic contains: guards: ok info failure;",
    "      if (at(hr) == code) {",
    "        return;",
    "      }",
    "    }",
    "  }",
    "}"
  };

  /** Shapes where only the analysis can tell. */
  private static final String[] LEFT = {
    "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
    "import static probe.At.at;",
    "import imapi.IDiscMaster;",
    "import io.github.imapichecks.annotations.ImapiError;",
    "class Left {",
    "  IDiscMaster master;",
    "  int retried(int tries) {",
    "    int hr = master.Open();",
    "    for (int i = 0; i < tries; i++) {",
    "      if (hr == S_OK) {",
    "        break;",
    "      }",
    "      // BUG: Diagnostic contains: guards: left to the analysis",
    "      at(hr);",
    "      hr = master.Open();",
    "    }",
    "    // BUG: Diagnostic contains: guards: left to the analysis",
    "    return at(hr);",
    "  }",
    "  int caught() {",
    "    int hr = master.Open();",
    "    try {",
    "      if (ImapiError.failed(hr)) {",
    "        throw new IllegalStateException();",
    "      }",
    "      // BUG: Diagnostic contains: guards: left to the analysis",
    "      return at(hr);",
    "    } catch (IllegalStateException e) {",
    "      // BUG: Diagnostic contains: guards: left to the analysis",
    "      return at(hr);",
    "    }",
    "  }",
    "  int boxed() {",
    "    Integer hr = master.Close();",
    "    if (hr == S_OK) {",
    "      return 0;",
    "    }",
    "    // BUG: Diagnostic contains: guards: left to the analysis",
    "    return at(hr);",
    "  }",
    "  int updated() {",
    "    int hr = master.Open();",
    "    if (hr == S_OK) {",
    "      hr += 1;",
    "    }",
    "    // BUG: Diagnostic contains: guards: left to the analysis",
    "    return at(hr);",
    "  }",
    "  int nested(boolean flag) {",
    "    int hr = master.Open();",
    "    if ((hr == S_OK) == flag) {",
    "      return 0;",
    "    }",
    "    // BUG: Diagnostic contains: guards: left to the analysis",
    "    return at(hr);",
    "  }",
    "}"
  };

  /** Shapes the oracle checks without a probe: more tests, conditions and statements. */
  private static final String[] TRICKY = {
    "import static io.github.imapichecks.annotations.ImapiError.S_FALSE;",
    "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
    "import imapi.IDiscMaster;",
    "import io.github.imapichecks.annotations.ImapiError;",
    "import java.util.Objects;",
    "class Tricky {",
    "  IDiscMaster master;",
    "  int[] codes = new int[4];",
    "  int shapes(boolean flag, long wide) {",
    "    int hr = master.Open();",
    "    long widened = hr;",
    "    if (widened == 0x80040201L || (long) hr < 0L) {",
    "      return hr;",
    "    }",
    "    if (0 > hr || S_FALSE == hr || Objects.equals(hr, S_OK)) {",
    "      return hr;",
    "    }",
    "    boolean ok = hr == S_OK && flag;",
    "    codes[hr] = hr;",
    "    codes[0] = ok ? hr : -hr;",
    "    if (ImapiError.isSuccessWithInfo(hr) ? flag : !flag) {",
    "      return hr;",
    "    }",
    "    switch (hr) {",
    "      case S_OK -> flag = hr == 0;",
    "      default -> { if (hr < 0) { return hr; } }",
    "    }",
    "    synchronized (this) {",
    "      if (hr == S_OK) { return 0; }",
    "    }",
    "    label: {",
    "      if (hr > 0) { break label; }",
    "      hr = master.Open();",
    "    }",
    "    int other = switch (hr) { case 0 -> 1; default -> hr; };",
    "    assert hr >= 0 : hr;",
    "    if (hr == other || wide == hr) {",
    "      return hr;",
    "    }",
    "    Runnable later = () -> { if (codes.length == 0) { return; } };",
    "    class Local { int twice(int x) { return x == 0 ? x : 2 * x; } }",
    "    return new Local().twice(hr) + (((Object) hr) instanceof Integer ? 1 : 0);",
    "  }",
    "  int unreachableAfterThrow(boolean flag) {",
    "    int hr = master.Open();",
    "    if (flag) {",
    "      throw new IllegalStateException();",
    "    } else {",
    "      return hr == S_OK ? 0 : hr;",
    "    }",
    "  }",
    "  int fieldsAndParameters(int hr) {",
    "    if (hr == S_OK) { return codes[0]; }",
    "    return hr + codes.length;",
    "  }",
    "  { int hr = master.Open(); if (hr != S_OK) { codes[1] = hr; } }",
    "  int initialized = master.Open() == S_OK ? 1 : 0;",
    "}"
  };

  @Test
  void guardClausesConditionsAndBranchesAreDecidedFromSyntax() {
    helper(SuccessGuardsProbe.class).addSourceLines("Decided.java", DECIDED).doTest();
  }

  @Test
  void loopsTriesBoxingAndUpdatesAreLeftToTheAnalysis() {
    helper(SuccessGuardsProbe.class).addSourceLines("Left.java", LEFT).doTest();
  }

  @Test
  void syntaxAgreesWithTheAnalysis() {
    helper(SuccessGuardsOracle.class)
        .addSourceLines("Decided.java", strip(DECIDED))
        .addSourceLines("Left.java", strip(LEFT))
        .addSourceLines("Tricky.java", TRICKY)
        .expectNoDiagnostics()
        .doTest();
  }

  private CompilationTestHelper helper(
      Class<? extends com.google.errorprone.bugpatterns.BugChecker> checker) {
    return CompilationTestHelper.newInstance(checker, getClass())
        .addSourceLines("imapi/IDiscMaster.java", BINDINGS)
        .addSourceLines("probe/At.java", AT);
  }

  private static String[] strip(String[] lines) {
    return Arrays.stream(lines)
        .filter(line -> !line.contains("BUG: Diagnostic"))
        .toArray(String[]::new);
  }
}
