package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

final class ImapiResultComparedToLiteralTest {
  private final CompilationTestHelper helper =
      ImapiBindingSources.addTo(
          CompilationTestHelper.newInstance(ImapiResultComparedToLiteral.class, getClass()));
  private final BugCheckerRefactoringTestHelper refactoring =
      ImapiBindingSources.addTo(
          BugCheckerRefactoringTestHelper.newInstance(
              ImapiResultComparedToLiteral.class, getClass()));

  @Test
  void namedConstantsAndOtherIntsAreFine() {
    helper
        .addSourceLines(
            "Fine.java",
            "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Fine {",
            "  static final int OUR_DISC_FULL = 0x8004021C;",
            "  interface File { int open(); }",
            "  boolean run(IDiscMaster master, IJolietDiscMaster joliet, File file, int n) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == IMAPI_E_DISCFULL || hr == ImapiError.IMAPI_E_USERABORT) return false;",
            "    if (hr == OUR_DISC_FULL) return false;",
            "    if (file.open() == 0x8004021C || n == 0x8004021C) return false;",
            "    // Success tests are ImapiSuccessInfoAsFailure's business; unknown numbers",
            "    // ImapiUnknownResultCode's.",
            "    if (hr == 0 || hr < 0 || hr == 0x8004020A || hr == 0x8004021CL) return false;",
            "    if (hr == (OUR_DISC_FULL | 0x21C) || hr == n || 0 == 0) return false;",
            "    if (java.util.Arrays.equals(new int[] {hr}, new int[] {0x8004021C})) return false;",
            "    if (Long.valueOf(0x8004021C).equals(hr) || String.valueOf(0x8004021C).equals(hr)) return false;",
            "    if (COMUtils.SUCCEEDED(joliet.AddData(null, 0))) return true;",
            "    switch (String.valueOf(hr)) {",
            "      case \"x\": return false;",
            "      default: break;",
            "    }",
            "    switch (n) {",
            "      case 0x8004021C: return false;",
            "      default: return ImapiError.succeeded(hr);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void everyWayOfWritingTheNumber() {
    helper
        .addSourceLines(
            "Numbers.java",
            "import imapi.*;",
            "class Numbers {",
            "  int run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: 0x8004021C is IMAPI_E_DISCFULL: the disc has no room",
            "    if (hr == 0x8004021C) return 1;",
            "    // BUG: Diagnostic contains: -2147220964 (0x8004021C) is IMAPI_E_DISCFULL",
            "    if (hr == -2147220964) return 2;",
            "    // BUG: Diagnostic contains: is IMAPI_E_DISCFULL",
            "    if (hr == 020001001034) return 3;",
            "    // BUG: Diagnostic contains: is IMAPI_E_DISCFULL",
            "    if (hr == (int) 0x8004021CL) return 4;",
            "    // BUG: Diagnostic contains: is IMAPI_E_DISCFULL",
            "    if (hr == (0x8004021C)) return 5;",
            "    // BUG: Diagnostic contains: is IMAPI_E_DISCFULL",
            "    if (hr == (0x80040000 | 0x21C)) return 6;",
            "    // BUG: Diagnostic contains: is IMAPI_E_USERABORT",
            "    if (0x8004020D == hr) return 7;",
            "    // BUG: Diagnostic matches: NOTPRESENT",
            "    if (hr != 0x8004020F) return 8;",
            "    // BUG: Diagnostic contains: -0x7FFBFDE4 (0x8004021C) is IMAPI_E_DISCFULL",
            "    if (hr == -0x7FFBFDE4) return 10;",
            "    // BUG: Diagnostic contains: 1 (0x00000001) is S_FALSE",
            "    if (hr == 1) return 9;",
            "    return 0;",
            "  }",
            "}")
        .expectErrorMessage(
            "NOTPRESENT", FixLine.once("if (hr != ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) return 8;"))
        .doTest();
  }

  @Test
  void everyKindOfResult() {
    helper
        .addSourceLines(
            "Kinds.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import imapi.*;",
            "class Kinds {",
            "  @ImapiHResult int wrapper() { return 0; }",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder, IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: IMAPI_E_ALREADYOPEN",
            "    if (master.Open() == 0x80040222) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_GENERIC",
            "    if (wrapper() == 0x8004020E) return false;",
            "    Integer boxed = recorder.openExclusive();",
            "    // BUG: Diagnostic contains: IMAPI_E_DEVICE_NOTACCESSIBLE",
            "    if (boxed == 0x80040212) return false;",
            "    HRESULT added = joliet.AddData(null, 0);",
            "    // BUG: Diagnostic contains: IMAPI_E_FILEEXISTS",
            "    if (added.intValue() == 0x80040224) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_BADJOLIETNAME",
            "    if (added.equals(new HRESULT(0x8004021D))) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_DEVICE_NOTPRESENT",
            "    if (recorder.queryMediaType() == -2147220973L) return false;",
            "    // A long may hold the unsigned form: no fix, so the message names the constant.",
            "    // BUG: Diagnostic contains: ; compare (int) recorder.queryMediaType() with"
                + " ImapiError.IMAPI_E_DEVICE_NOTPRESENT, which matches both forms",
            "    if (recorder.queryMediaType() == 0x80040213L) return false;",
            "    return true;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void equalsForms() {
    helper
        .addSourceLines(
            "Equals.java",
            "import java.util.Objects;",
            "import imapi.*;",
            "class Equals {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: IMAPI_E_USERABORT",
            "    if (Objects.equals(hr, 0x8004020D)) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_USERABORT",
            "    if (Objects.equals(0x8004020D, hr)) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_USERABORT",
            "    if (Integer.valueOf(hr).equals(0x8004020D)) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_USERABORT",
            "    if (Integer.valueOf(0x8004020D).equals(hr)) return false;",
            "    // BUG: Diagnostic contains: IMAPI_E_DEVICE_NOTPRESENT",
            "    if (recorder.openExclusive().equals(0x80040213)) return false;",
            "    return true;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void caseLabelsOfSwitchStatementsAndExpressions() {
    helper
        .addSourceLines(
            "Switches.java",
            "import imapi.*;",
            "class Switches {",
            "  String run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    switch (hr) {",
            "      // BUG: Diagnostic contains: 0 (0x00000000) is S_OK",
            "      case 0:",
            "        return \"burned\";",
            "      // BUG: Diagnostic contains: is IMAPI_E_USERABORT",
            "      case 0x8004020D:",
            "        return \"cancelled\";",
            "      default:",
            "        break;",
            "    }",
            "    return switch (master.Open()) {",
            "      // BUG: Diagnostic contains: is IMAPI_E_ALREADYOPEN",
            "      case 0x80040222 -> \"open\";",
            "      // BUG: Diagnostic contains: is IMAPI_E_NOTOPENED",
            "      case 0x8004020B, -1 -> \"odd\";",
            "      default -> \"other\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void decision_enumConstantWithMessageIsADefinition() {
    helper
        .addSourceLines(
            "Outcome.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "enum Outcome {",
            "  // The numbers define the constants: no result is compared with them here.",
            "  CANCELLED(0x8004020D, \"cancelled\"),",
            "  NO_DISC(0x8004020F, \"no disc\"),",
            "  BURNED(0, \"burned\");",
            "  final int hr;",
            "  final String text;",
            "  Outcome(int hr, String text) {",
            "    this.hr = hr;",
            "    this.text = text;",
            "  }",
            "  static Outcome of(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // Comparing with an enum constant's field compares with a name, not a number.",
            "    for (Outcome outcome : values()) {",
            "      if (hr == outcome.hr) return outcome;",
            "    }",
            "    if (hr == CANCELLED.hr || Integer.valueOf(hr).equals(NO_DISC.hr)) return CANCELLED;",
            "    return ImapiError.succeeded(hr) ? BURNED : null;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void decision_genericCodesAreThoseImapiErrorNames() {
    helper
        .addSourceLines(
            "Generic.java",
            "import imapi.*;",
            "class Generic {",
            "  int run(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: 1 (0x00000001) is S_FALSE",
            "    if (hr == 1) return 1;",
            "    // BUG: Diagnostic contains: 0x80004001 is E_NOTIMPL",
            "    if (hr == 0x80004001) return 2;",
            "    // BUG: Diagnostic contains: 0x80004002 is E_NOINTERFACE",
            "    if (hr == 0x80004002) return 3;",
            "    // BUG: Diagnostic contains: 0x80004003 is E_POINTER",
            "    if (hr == 0x80004003) return 4;",
            "    // BUG: Diagnostic contains: 0x80004004 is E_ABORT",
            "    if (hr == 0x80004004) return 5;",
            "    // BUG: Diagnostic contains: 0x80004005 is E_FAIL",
            "    if (hr == 0x80004005) return 6;",
            "    // BUG: Diagnostic contains: 0x8000FFFF is E_UNEXPECTED",
            "    if (hr == 0x8000FFFF) return 7;",
            "    // BUG: Diagnostic contains: 0x80070005 is E_ACCESSDENIED",
            "    if (hr == 0x80070005) return 8;",
            "    // BUG: Diagnostic contains: 0x80070006 is E_HANDLE",
            "    if (hr == 0x80070006) return 9;",
            "    // BUG: Diagnostic contains: 0x8007000E is E_OUTOFMEMORY",
            "    if (hr == 0x8007000E) return 10;",
            "    // BUG: Diagnostic contains: 0x80070057 is E_INVALIDARG",
            "    if (hr == 0x80070057) return 11;",
            "    // Other Win32 errors as HRESULTs have no ImapiError name to compare with:",
            "    // ERROR_FILE_NOT_FOUND, ERROR_DEV_NOT_EXIST, RPC_X_NULL_REF_POINTER.",
            "    if (hr == 0x80070002 || hr == 0x80070037 || hr == 0x800706F4) return 12;",
            "    return 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void bindingTypesNamedByFlag() {
    helper
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.Burner")
        .addSourceLines(
            "com/acme/Burner.java",
            "package com.acme;",
            "public interface Burner { int recordDisc(boolean simulate, boolean eject); }")
        .addSourceLines(
            "Flagged.java",
            "class Flagged {",
            "  boolean run(com.acme.Burner burner) {",
            "    // BUG: Diagnostic contains: is IMAPI_E_USERABORT",
            "    return burner.recordDisc(false, true) == 0x8004020D;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void offWhenDisabled() {
    helper
        .setArgs("-Xep:ImapiResultComparedToLiteral:OFF")
        .addSourceLines(
            "Off.java",
            "class Off {",
            "  boolean run(imapi.IDiscMaster master) { return master.Open() == 0x80040222; }",
            "}")
        .doTest();
  }

  @Test
  void resultsCarriedByTasksFuturesOptionalsAndArrays() {
    helper
        .addSourceLines(
            "Carried.java",
            "import imapi.*;",
            "import java.util.Optional;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "class Carried {",
            "  void run(IDiscMaster master, ExecutorService executor) throws Exception {",
            "    CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true))",
            "        .thenAccept(",
            "            hr -> {",
            "              // BUG: Diagnostic contains: IMAPI_E_DISCFULL",
            "              if (hr == 0x8004021C) warn();",
            "            });",
            "    IntSupplier open = master::Open;",
            "    // BUG: Diagnostic contains: IMAPI_E_NOTOPENED",
            "    if (open.getAsInt() == 0x8004020B) warn();",
            "    Callable<Integer> burn = () -> master.RecordDisc(false, true);",
            "    int hr = executor.submit(burn).get();",
            "    // BUG: Diagnostic contains: IMAPI_E_USERABORT",
            "    if (hr == 0x8004020D) warn();",
            "    Optional.of(master.Close())",
            "        // BUG: Diagnostic contains: IMAPI_E_NOTOPENED",
            "        .filter(code -> code == 0x8004020B)",
            "        .ifPresent(code -> warn());",
            "    int[] box = new int[1];",
            "    executor.execute(() -> box[0] = master.RecordDisc(false, true));",
            "    // BUG: Diagnostic contains: IMAPI_E_USERABORT",
            "    if (box[0] == 0x8004020D) warn();",
            "    int code = switch (CompletableFuture.supplyAsync(master::Close).join()) {",
            "      // BUG: Diagnostic contains: IMAPI_E_DISCFULL",
            "      case 0x8004021C -> 1;",
            "      default -> 0;",
            "    };",
            "  }",
            "",
            "  void notResults(IDiscMaster master, Supplier<Integer> given) {",
            "    if (given.get() == 0x8004021C) warn();",
            "    CompletableFuture.supplyAsync(() -> 0x8004021C).thenAccept(n -> { if (n == 0x8004020D) warn(); });",
            "    Optional.of(master.Close()).map(hr -> hr >>> 16).ifPresent(f -> { if (f == 0x8004) warn(); });",
            "    int[] mixed = {master.Open(), 0};",
            "    if (mixed[1] == 0x8004020B) warn();",
            "  }",
            "",
            "  void warn() {}",
            "}")
        .doTest();
  }

  @Test
  void fixInsideAFuturesLambda() {
    refactoring
        .addInputLines(
            "Async.java",
            "import imapi.*;",
            "import java.util.concurrent.CompletableFuture;",
            "class Async {",
            "  void run(IDiscMaster master) {",
            "    CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true))",
            "        .thenAccept(hr -> { if (hr == 0x8004020D) System.out.println(\"cancelled\"); });",
            "  }",
            "}")
        .addOutputLines(
            "Async.java",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.concurrent.CompletableFuture;",
            "class Async {",
            "  void run(IDiscMaster master) {",
            "    CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true))",
            "        .thenAccept(hr -> { if (hr == ImapiError.IMAPI_E_USERABORT) System.out.println(\"cancelled\"); });",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void fixNamesTheConstantAndImportsImapiError() {
    refactoring
        .addInputLines(
            "Fix.java",
            "import imapi.*;",
            "import java.util.Objects;",
            "class Fix {",
            "  int run(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == -2147220964) return 1;",
            "    if (Objects.equals(0x8004020D, hr)) return 2;",
            "    if (joliet.AddData(null, 0).equals(new com.sun.jna.platform.win32.WinNT.HRESULT(0x80040224))) return 3;",
            "    switch (hr) {",
            "      case 0: return 4;",
            "      default: return 5;",
            "    }",
            "  }",
            "}")
        .addOutputLines(
            "Fix.java",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.Objects;",
            "class Fix {",
            "  int run(IDiscMaster master, IJolietDiscMaster joliet) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (hr == ImapiError.IMAPI_E_DISCFULL) return 1;",
            "    if (Objects.equals(ImapiError.IMAPI_E_USERABORT, hr)) return 2;",
            "    if (joliet.AddData(null, 0).equals(new com.sun.jna.platform.win32.WinNT.HRESULT(ImapiError.IMAPI_E_FILEEXISTS))) return 3;",
            "    switch (hr) {",
            "      case ImapiError.S_OK: return 4;",
            "      default: return 5;",
            "    }",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void fixUsesAStaticImportWhereTheFileHasOne() {
    refactoring
        .addInputLines(
            "Static.java",
            "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;",
            "",
            "import imapi.*;",
            "class Static {",
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return hr == IMAPI_E_USERABORT || hr == 0x8004020F || hr == 0x8004020D;",
            "  }",
            "}")
        .addOutputLines(
            "Static.java",
            "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;",
            "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;",
            "",
            "import imapi.*;",
            "class Static {",
            "  boolean run(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return hr == IMAPI_E_USERABORT || hr == IMAPI_E_MEDIUM_NOTPRESENT || hr == IMAPI_E_USERABORT;",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void fixQualifiesANameTheFileShadows() {
    refactoring
        .addInputLines(
            "Shadow.java",
            "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;",
            "",
            "import imapi.*;",
            "class Shadow {",
            "  static final int IMAPI_E_DISCFULL = 0x8004021C;",
            "  boolean run(IDiscMaster master) {",
            "    return master.RecordDisc(false, true) == -2147220964;",
            "  }",
            "}")
        .addOutputLines(
            "Shadow.java",
            "import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;",
            "",
            "import imapi.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "class Shadow {",
            "  static final int IMAPI_E_DISCFULL = 0x8004021C;",
            "  boolean run(IDiscMaster master) {",
            "    return master.RecordDisc(false, true) == ImapiError.IMAPI_E_DISCFULL;",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void aWidenedIntComparedWithTheUnsignedFormIsNotALiteralToRename() {
    helper
        .addSourceLines(
            "Widened.java",
            "import imapi.*;",
            "class Widened {",
            "  boolean run(IDiscMaster master, IDiscRecorder recorder) {",
            "    long hr = master.RecordDisc(false, true);",
            "    // Never equal: ImapiUnknownResultCode's, one finding per comparison.",
            "    Long boxed = hr;",
            "    if (hr == 0x8004021CL || boxed.equals(0x8004021CL)) return false;",
            "    // Within int's range the long literal is the code, and a literal to rename.",
            "    // BUG: Diagnostic matches: IN_RANGE",
            "    if (hr == -2147220964L) return false;",
            "    // A binding's own long may hold the unsigned form: still a literal to rename.",
            "    long media = recorder.queryMediaType();",
            "    // BUG: Diagnostic contains: 0x80040213L (0x80040213) is IMAPI_E_DEVICE_NOTPRESENT",
            "    return media == 0x80040213L;",
            "  }",
            "}")
        .expectErrorMessage(
            "IN_RANGE", FixLine.once("if (hr == ImapiError.IMAPI_E_DISCFULL) return false;"))
        .doTest();
  }

  @Test
  void noFixForALongResultComparedWithAnUnsignedForm() {
    refactoring
        .addInputLines(
            "Unsigned.java",
            "import imapi.*;",
            "class Unsigned {",
            "  boolean run(IDiscRecorder recorder) {",
            "    return recorder.queryMediaType() == 0x80040213L;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(TEXT_MATCH);
    helper
        .addSourceLines(
            "Unsigned.java",
            "import imapi.*;",
            "class Unsigned {",
            "  boolean run(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: 0x80040213L (0x80040213) is IMAPI_E_DEVICE_NOTPRESENT",
            "    return recorder.queryMediaType() == 0x80040213L;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void imapi2AndImapi2FsResults() {
    ImapiBindingSources.addV2To(helper)
        .addSourceLines(
            "V2.java",
            "import imapi2.*;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "class V2 {",
            "  void run(IDiscFormat2Data data, IDiscFormat2Erase erase, IFileSystemImage image) {",
            "    int hr = data.Write(null);",
            "    // BUG: Diagnostic contains: 0xC0AA0002 is E_IMAPI_REQUEST_CANCELLED",
            "    if (hr == 0xC0AA0002) return;",
            "    // BUG: Diagnostic contains: -1062600190 (0xC0AA0202) is"
                + " E_IMAPI_RECORDER_MEDIA_NO_MEDIA",
            "    if (hr == -1062600190) return;",
            "    if (hr == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return;",
            "    int erased = erase.EraseMedia();",
            "    // BUG: Diagnostic contains: 0x80AA0904 is E_IMAPI_ERASE_MEDIA_IS_NOT_ERASABLE",
            "    if (erased == 0x80AA0904) return;",
            "    int created = image.put_FileSystemsToCreate(7);",
            "    // BUG: Diagnostic contains: 0x00AAB15F is IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED",
            "    if (created == 0x00AAB15F) return;",
            "    // An IMAPI2FS call may return IMAPI v2 codes too.",
            "    // BUG: Diagnostic contains: 0xC0AA0202 is E_IMAPI_RECORDER_MEDIA_NO_MEDIA",
            "    if (created == 0xC0AA0202) return;",
            "    // A code of another API never matches: ImapiUnknownResultCode's, not a name to use.",
            "    if (hr == 0x8004020F || hr == 0xC0AAB120) return;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixNamesImapi2Codes() {
    ImapiBindingSources.addV2To(refactoring)
        .addInputLines(
            "Fix2.java",
            "import imapi2.*;",
            "class Fix2 {",
            "  boolean run(IDiscFormat2Data data, IFileSystemImage image) {",
            "    int hr = data.Write(null);",
            "    if (hr == 0xC0AA0002) return false;",
            "    return image.put_FileSystemsToCreate(3) == 0x00AAB15F;",
            "  }",
            "}")
        .addOutputLines(
            "Fix2.java",
            "import imapi2.*;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import io.github.imapichecks.annotations.Imapi2FsError;",
            "class Fix2 {",
            "  boolean run(IDiscFormat2Data data, IFileSystemImage image) {",
            "    int hr = data.Write(null);",
            "    if (hr == Imapi2Error.E_IMAPI_REQUEST_CANCELLED) return false;",
            "    return image.put_FileSystemsToCreate(3) =="
                + " Imapi2FsError.IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED;",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void caughtExceptionsOfExceptionStyleBindings() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Caught.java",
            "import com4j.ComException;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "class Caught {",
            "  void burn(com4j.imapi2.IDiscFormat2Data data, jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      // BUG: Diagnostic contains: 0xC0AA0002 is E_IMAPI_REQUEST_CANCELLED",
            "      if (e.getHRESULT() == 0xC0AA0002) return;",
            "      // A success never arrives here: ImapiUnknownResultCode's, not a name to write.",
            "      if (e.getHRESULT() == 0x00AA0004) return;",
            "      switch (e.getHRESULT()) {",
            "        // BUG: Diagnostic contains: -1062600190 (0xC0AA0202) is"
                + " E_IMAPI_RECORDER_MEDIA_NO_MEDIA",
            "        case -1062600190: return;",
            "        default: throw e;",
            "      }",
            "    }",
            "    try {",
            "      erase.EraseMedia();",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: 0xC0AA0202 is E_IMAPI_RECORDER_MEDIA_NO_MEDIA",
            "      if (e.getHresult().intValue() == 0xC0AA0202) return;",
            "      if (e.getHresult().intValue() == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA) return;",
            "    }",
            "  }",
            "",
            "  void notImapi(Runnable other) {",
            "    try {",
            "      other.run();",
            "    } catch (ComException e) {",
            "      if (e.getHRESULT() == 0xC0AA0002) return;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void matchesErrorCodeWithANumberIsFixedToTheNamedCode() {
    ImapiBindingSources.addExceptionStyleTo(refactoring)
        .addInputLines(
            "Matches.java",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "class Matches {",
            "  boolean noDisc(jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      erase.EraseMedia();",
            "      return false;",
            "    } catch (COMException e) {",
            "      return e.matchesErrorCode(0xC0AA0202);",
            "    }",
            "  }",
            "}")
        .addOutputLines(
            "Matches.java",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "class Matches {",
            "  boolean noDisc(jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      erase.EraseMedia();",
            "      return false;",
            "    } catch (COMException e) {",
            "      return e.matchesErrorCode(Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA);",
            "    }",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void scodeComparedWithANumberIsFixedToTheNamedCode() {
    ImapiBindingSources.addExceptionStyleTo(refactoring)
        .addInputLines(
            "Scode.java",
            "import com.sun.jna.platform.win32.COM.COMInvokeException;",
            "import jna.late.DiscFormat2Data;",
            "class Scode {",
            "  boolean cancelled(DiscFormat2Data format) {",
            "    try {",
            "      format.write(null);",
            "      return false;",
            "    } catch (COMInvokeException e) {",
            "      return e.getScode() == 0xC0AA0002;",
            "    }",
            "  }",
            "}")
        .addOutputLines(
            "Scode.java",
            "import com.sun.jna.platform.win32.COM.COMInvokeException;",
            "import io.github.imapichecks.annotations.Imapi2Error;",
            "import jna.late.DiscFormat2Data;",
            "class Scode {",
            "  boolean cancelled(DiscFormat2Data format) {",
            "    try {",
            "      format.write(null);",
            "      return false;",
            "    } catch (COMInvokeException e) {",
            "      return e.getScode() == Imapi2Error.E_IMAPI_REQUEST_CANCELLED;",
            "    }",
            "  }",
            "}")
        .doTest(TEXT_MATCH);
  }

  @Test
  void resultsDeclaredOnlyInClassFilesAreStillFound() {
    // No name in this file marks it as IMAPI code: only the class files' annotations tell.
    helper
        .addSourceLines(
            "FromJar.java",
            "import io.github.imapichecks.recognition.compiled.CompiledBindings;",
            "class FromJar {",
            "  boolean run() {",
            "    // BUG: Diagnostic contains: 0x8004021C is IMAPI_E_DISCFULL",
            "    return CompiledBindings.burn(null) == 0x8004021C;",
            "  }",
            "  boolean field() {",
            "    // BUG: Diagnostic contains: 0x8004021C is IMAPI_E_DISCFULL",
            "    return CompiledBindings.lastResult == 0x8004021C;",
            "  }",
            "  boolean count() {",
            "    return CompiledBindings.lastCount == 0x8004021C;",
            "  }",
            "}")
        .doTest();
  }
}
