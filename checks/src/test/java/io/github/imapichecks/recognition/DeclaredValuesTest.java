package io.github.imapichecks.recognition;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Which expressions {@link DeclaredValues} answers without the dataflow analysis, and that its
 * answers are the analysis's own: {@link RecognitionOracle} compares both recognizers on every
 * expression of the same sources.
 */
final class DeclaredValuesTest {
  private static final String[] BINDINGS = {
    "package imapi;",
    "public interface IDiscMaster {",
    "  int Open();",
    "  int RecordDisc(boolean simulate, boolean eject);",
    "  Integer Close();",
    "}"
  };

  private static final String[] RECORDER = {
    "package imapi;", "public interface IDiscRecorder {", "  long QueryMediaType();", "}"
  };

  private static final String[] PROBE = {
    "package probe;",
    "public final class Probe {",
    "  public static void probe(Object value) {}",
    "}"
  };

  /** Shapes that declarations decide. */
  private static final String[] DECIDED = {
    "import static probe.Probe.probe;",
    "import imapi.IDiscMaster;",
    "import io.github.imapichecks.annotations.ImapiError;",
    "import io.github.imapichecks.annotations.ImapiHResult;",
    "class Decided {",
    "  IDiscMaster master;",
    "  imapi.IDiscRecorder recorder;",
    "  int plainField;",
    "  void run(int param, @ImapiHResult int annotatedParam, boolean flag) {",
    "    int hr = master.Open();",
    "    final int copy = hr;",
    "    // BUG: Diagnostic contains: declarations: IDiscMaster.Open",
    "    probe(copy);",
    "    // BUG: Diagnostic contains: declarations: IDiscMaster.RecordDisc",
    "    probe(master.RecordDisc(flag, true));",
    "    Integer boxed = master.Open();",
    "    // BUG: Diagnostic contains: declarations: IDiscMaster.Open",
    "    probe(boxed.intValue());",
    "    long widened = master.Open();",
    "    // BUG: Diagnostic contains: declarations: IDiscMaster.Open",
    "    probe(widened);",
    "    int unboxed = master.Close();",
    "    // BUG: Diagnostic contains: declarations: IDiscMaster.Close",
    "    probe(Integer.valueOf(unboxed));",
    "    // A long is boxed by Long.valueOf, whose Long holds the same HRESULT.",
    "    long media = recorder.QueryMediaType();",
    "    // BUG: Diagnostic contains: declarations: IDiscRecorder.QueryMediaType",
    "    probe(media);",
    "    Object longBoxed = recorder.QueryMediaType();",
    "    // BUG: Diagnostic contains: declarations: IDiscRecorder.QueryMediaType",
    "    probe(longBoxed);",
    "    // BUG: Diagnostic contains: declarations: nothing",
    "    probe(param);",
    "    // BUG: Diagnostic contains: declarations: unknown",
    "    probe(annotatedParam);",
    "    // BUG: Diagnostic contains: declarations: unknown",
    "    probe(ImapiError.S_OK);",
    "    // BUG: Diagnostic contains: declarations: nothing",
    "    probe(plainField);",
    "    int counter = 0;",
    "    counter++;",
    "    counter += 2;",
    "    counter = param * 2;",
    "    // BUG: Diagnostic contains: declarations: nothing",
    "    probe(counter);",
    "    @ImapiHResult int declared = 0;",
    "    declared = param;",
    "    // BUG: Diagnostic contains: declarations: unknown",
    "    probe(declared);",
    "    int either = flag ? master.Open() : 0;",
    "    // BUG: Diagnostic contains: declarations: on some paths",
    "    probe(either);",
    "    // BUG: Diagnostic contains: declarations: unknown",
    "    probe(flag ? master.Open() : master.RecordDisc(flag, flag));",
    "    // BUG: Diagnostic contains: declarations: IDiscMaster.Open",
    "    probe(flag ? hr : master.Open());",
    "    // BUG: Diagnostic contains: declarations: nothing",
    "    probe(flag ? 1 : param);",
    "    Runnable later = () -> {",
    "      // BUG: Diagnostic contains: declarations: nothing",
    "      probe(hr);",
    "    };",
    "    try {",
    "      master.Open();",
    "    } catch (IllegalStateException e) {",
    "      // A catch parameter nothing writes holds what its declaration says.",
    "      // BUG: Diagnostic contains: declarations: nothing",
    "      probe(e);",
    "    }",
    "  }",
    "}"
  };

  /** Shapes left to the analysis: which value reaches a read depends on the path. */
  private static final String[] LEFT = {
    "import static probe.Probe.probe;",
    "import imapi.IDiscMaster;",
    "class Left {",
    "  IDiscMaster master;",
    "  int open() { return master.Open(); }",
    "  void run(int param, boolean flag, int[] values, Object any) {",
    "    int hr = master.Open();",
    "    hr = master.RecordDisc(flag, true);",
    "    // BUG: Diagnostic contains: left to the analysis",
    "    probe(hr);",
    "    // BUG: Diagnostic contains: left to the analysis",
    "    probe((long) master.Open());",
    "    int own = open();",
    "    // BUG: Diagnostic contains: left to the analysis",
    "    probe(own);",
    "    param = master.Open();",
    "    // BUG: Diagnostic contains: left to the analysis",
    "    probe(param);",
    "    for (int value : values) {",
    "      // BUG: Diagnostic contains: left to the analysis",
    "      probe(value);",
    "    }",
    "    if (any instanceof Integer code) {",
    "      // BUG: Diagnostic contains: left to the analysis",
    "      probe(code);",
    "    }",
    "    int chosen = switch (param) { case 1 -> master.Open(); default -> 0; };",
    "    // BUG: Diagnostic contains: left to the analysis",
    "    probe(chosen);",
    "    try {",
    "      master.Open();",
    "    } catch (RuntimeException e) {",
    "      e = new IllegalStateException(e);",
    "      // BUG: Diagnostic contains: left to the analysis",
    "      probe(e);",
    "    }",
    "  }",
    "}"
  };

  /**
   * Shapes where a shortcut could go wrong: every expression is asked both ways, and any difference
   * is an error.
   */
  private static final String[] TRICKY = {
    "import imapi.IDiscMaster;",
    "import imapi.IDiscRecorder;",
    "import io.github.imapichecks.annotations.ImapiHResult;",
    "import java.util.function.IntSupplier;",
    "class Tricky {",
    "  IDiscMaster master;",
    "  IDiscRecorder recorder;",
    "  @ImapiHResult int last;",
    "  int sink(Object value) { return value.hashCode(); }",
    "  int conversions(boolean flag) {",
    "    int hr = master.Open();",
    "    int copy = hr;",
    "    long wide = copy;",
    "    Object boxed = copy;",
    "    Object longBoxed = wide;",
    "    Integer viaValueOf = Integer.valueOf(hr);",
    "    int again = viaValueOf.intValue();",
    "    long media = recorder.QueryMediaType();",
    "    Long boxedMedia = media;",
    "    Object objectMedia = media;",
    "    long unboxedMedia = boxedMedia;",
    "    short small = 5;",
    "    Object boxedShort = small;",
    "    final int constant = 7;",
    "    byte narrowed = constant;",
    "    return sink(again + wide + boxed.hashCode() + longBoxed.hashCode() + objectMedia.hashCode()",
    "        + unboxedMedia + boxedShort.hashCode() + narrowed);",
    "  }",
    "  int conditionals(boolean flag, int param) {",
    "    int hr = master.Open();",
    "    long mixed = flag ? master.Open() : recorder.QueryMediaType();",
    "    Object anyBox = flag ? master.Open() : \"none\";",
    "    Object longBox = flag ? recorder.QueryMediaType() : \"none\";",
    "    Integer maybe = flag ? master.Close() : null;",
    "    int unboxedBranch = flag ? master.Close() : hr;",
    "    int nested = flag ? (param > 0 ? hr : master.Open()) : 0;",
    "    return sink(mixed + anyBox.hashCode() + longBox.hashCode() + maybe + unboxedBranch",
    "        + nested);",
    "  }",
    "  int annotated(boolean flag, int param, @ImapiHResult int given) {",
    "    @ImapiHResult int declared = flag ? master.Open() : param;",
    "    @ImapiHResult int reset = 0;",
    "    reset = param;",
    "    int fromField = last;",
    "    int counter = given;",
    "    counter++;",
    "    return sink(declared + reset + fromField + counter + given);",
    "  }",
    "  int captures(boolean flag) {",
    "    int hr = master.Open();",
    "    int copy = hr;",
    "    IntSupplier captured = () -> hr + copy;",
    "    IntSupplier own = () -> { int inner = master.Close(); return inner; };",
    "    Runnable local = new Runnable() {",
    "      int field = hr;",
    "      public void run() { sink(field + hr); }",
    "    };",
    "    return captured.getAsInt() + own.getAsInt() + (flag ? hr : copy);",
    "  }",
    "  String statements(boolean flag, int param) {",
    "    var hr = master.Open();",
    "    Integer boxed = hr;",
    "    outer:",
    "    do {",
    "      final int inner = flag ? hr : param;",
    "      switch (inner) {",
    "        case 0x80040218: break outer;",
    "        default: if (hr < 0) { continue outer; }",
    "      }",
    "    } while (param-- > 0);",
    "    String text = \"hr=\" + hr;",
    "    synchronized (this) { text += boxed; }",
    "    return switch (hr) {",
    "      case 0 -> text;",
    "      default -> { int local = hr; yield text + local; }",
    "    };",
    "  }",
    "  record Outcome(int code, boolean simulated) {",
    "    Outcome {",
    "      if (simulated) { code = new Tricky().master.Open(); }",
    "      if (code == 0x80040218) { simulated = false; }",
    "    }",
    "    Outcome(IDiscMaster master) {",
    "      this(master.Open(), false);",
    "    }",
    "    int recheck(IDiscMaster master) {",
    "      int again = master.RecordDisc(simulated, true);",
    "      return again == code ? again : (int) recorderCode(again);",
    "    }",
    "    static long recorderCode(int value) { return value; }",
    "  }",
    "  int leftToTheAnalysis(boolean flag, int[] values) {",
    "    int hr = master.Open();",
    "    int retry = 0;",
    "    for (int attempt = 0; attempt < 3 && retry != 5; attempt++) {",
    "      retry = master.RecordDisc(flag, true);",
    "      if (retry == 0x8004021C) { break; }",
    "    }",
    "    int fromLong = (int) recorder.QueryMediaType();",
    "    for (int value : values) { sink(value + hr); }",
    "    try (java.io.StringReader reader = new java.io.StringReader(\"\")) {",
    "      sink(reader);",
    "    } catch (RuntimeException e) {",
    "      sink(e);",
    "    }",
    "    switch (hr) {",
    "      case 0: return fromLong;",
    "      default: return retry;",
    "    }",
    "  }",
    "}"
  };

  @Test
  void declarationsDecideCallsFieldsParametersAndLocalsWrittenOnce() {
    CompilationTestHelper.newInstance(DeclaredValuesProbe.class, getClass())
        .addSourceLines("imapi/IDiscMaster.java", BINDINGS)
        .addSourceLines("imapi/IDiscRecorder.java", RECORDER)
        .addSourceLines("probe/Probe.java", PROBE)
        .addSourceLines("Decided.java", DECIDED)
        .doTest();
  }

  @Test
  void pathDependentValuesAreLeftToTheAnalysis() {
    CompilationTestHelper.newInstance(DeclaredValuesProbe.class, getClass())
        .addSourceLines("imapi/IDiscMaster.java", BINDINGS)
        .addSourceLines("imapi/IDiscRecorder.java", RECORDER)
        .addSourceLines("probe/Probe.java", PROBE)
        .addSourceLines("Left.java", LEFT)
        .doTest();
  }

  @Test
  void declarationsAgreeWithTheAnalysis() {
    CompilationTestHelper.newInstance(RecognitionOracle.class, getClass())
        .addSourceLines("imapi/IDiscMaster.java", BINDINGS)
        .addSourceLines("imapi/IDiscRecorder.java", RECORDER)
        .addSourceLines("probe/Probe.java", PROBE)
        .addSourceLines("Decided.java", strip(DECIDED))
        .addSourceLines("Left.java", strip(LEFT))
        .addSourceLines("Tricky.java", TRICKY)
        .expectNoDiagnostics()
        .doTest();
  }

  private static String[] strip(String[] lines) {
    return java.util.Arrays.stream(lines)
        .filter(line -> !line.contains("BUG: Diagnostic"))
        .toArray(String[]::new);
  }
}
