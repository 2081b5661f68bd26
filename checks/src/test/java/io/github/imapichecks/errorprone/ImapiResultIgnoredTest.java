package io.github.imapichecks.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

final class ImapiResultIgnoredTest {
  private final CompilationTestHelper helper =
      ImapiBindingSources.addTo(
          CompilationTestHelper.newInstance(ImapiResultIgnored.class, getClass()));

  @Test
  void everyReadCounts() {
    helper
        .addSourceLines(
            "Fine.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.function.IntSupplier;",
            "import imapi.*;",
            "class Fine {",
            "  int last;",
            "  int[] all = new int[2];",
            "  interface File { int open(); }",
            "  void take(int hr) {}",
            "  int returned(IDiscMaster master) { return master.Open(); }",
            "  void passed(IDiscMaster master) { take(master.Open()); }",
            "  void field(IDiscMaster master) { last = master.Open(); }",
            "  void array(IDiscMaster master) { all[0] = master.Open(); }",
            "  boolean tested(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  IntSupplier captured(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    return () -> hr;",
            "  }",
            "  void readOnOnePath(IDiscMaster master, boolean b) {",
            "    int hr = master.Open();",
            "    if (b) take(hr);",
            "  }",
            "  void readAfterMerge(IDiscMaster master, boolean b) {",
            "    int hr = 0;",
            "    if (b) hr = master.Open();",
            "    take(hr);",
            "  }",
            "  void readInLoop(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    while (ImapiError.failed(hr)) { hr = master.Open(); }",
            "  }",
            "  void readInFinally(IDiscMaster master) {",
            "    int hr = 0;",
            "    try { hr = master.RecordDisc(false, true); } finally { take(hr); }",
            "  }",
            "  void copied(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    int copy = hr;",
            "    take(copy);",
            "  }",
            "  void notImapi(File file) {",
            "    file.open();",
            "    int n = file.open();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void decision_testsAndEscapesCountAsChecking() {
    helper
        .addSourceLines(
            "Checked.java",
            "import static io.github.imapichecks.annotations.ImapiError.failed;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.W32Errors;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Checked {",
            "  static final class BurnException extends RuntimeException {",
            "    BurnException(int hr) {}",
            "  }",
            "  int last;",
            "  boolean comUtils(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    return COMUtils.FAILED(hr);",
            "  }",
            "  boolean w32Errors(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    return W32Errors.FAILED(hr);",
            "  }",
            "  boolean staticImport(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    return failed(hr);",
            "  }",
            "  boolean successInfo(IDiscRecorder recorder) {",
            "    int hr = recorder.SetRecorderProperties(null);",
            "    return ImapiError.isSuccessWithInfo(hr);",
            "  }",
            "  // Escapes: whoever receives the result checks it.",
            "  void thrown(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    throw new BurnException(hr);",
            "  }",
            "  void checkRc(IJolietDiscMaster joliet) {",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    COMUtils.checkRC(hr);",
            "  }",
            "  void stored(IDiscMaster master) {",
            "    int hr = master.Close();",
            "    last = hr;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void callsUsedAsStatements() {
    helper
        .addSourceLines(
            "Dropped.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import imapi.*;",
            "class Dropped {",
            "  @ImapiHResult int wrapper() { return 0; }",
            "  void run(IDiscMaster master, IDiscRecorder recorder, IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.RecordDisc is dropped, so a"
                + " failure, or IMAPI_E_USERABORT, goes unnoticed; assign it first (int hr = ...),"
                + " then check it with ImapiError.failed(hr), and tell apart the codes the call"
                + " documents",
            "    master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: the result of IDiscRecorder.Eject is dropped, so a"
                + " failure goes unnoticed",
            "    recorder.Eject();",
            "    // BUG: Diagnostic contains: the result of IJolietDiscMaster.AddData is dropped, so"
                + " a failure, or IMAPI_E_DISCFULL, goes unnoticed; assign it first (HRESULT hr ="
                + " ...), then check it with COMUtils.FAILED(hr), and tell apart",
            "    joliet.AddData(null, 0);",
            "    // BUG: Diagnostic contains: assign it first (HRESULT hr = ...), then check it with"
                + " COMUtils.FAILED(hr)",
            "    joliet.AddData(null, 0).intValue();",
            "    // BUG: Diagnostic contains: assign it first (long hr = ...), then check it with"
                + " ImapiError.failed((int) hr)",
            "    recorder.queryMediaType();",
            "    // BUG: Diagnostic contains: the result of Dropped.wrapper is dropped, so a failure"
                + " goes unnoticed; assign it first (int hr = ...)",
            "    wrapper();",
            "    // BUG: Diagnostic contains: the result of anonymous is dropped",
            "    new Object() { @ImapiHResult int anonymous() { return 0; } }.anonymous();",
            "    Runnable r = () -> {",
            "      // BUG: Diagnostic contains: the result of IDiscMaster.Close is dropped",
            "      master.Close();",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void lambdasMethodReferencesAndFuturesThatDropTheResult() {
    helper
        .addSourceLines(
            "Tasks.java",
            "import imapi.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "class Tasks {",
            "  void run(IDiscMaster master, ExecutorService executor) {",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Close is dropped by the"
                + " method reference, whose Runnable.run returns nothing, so a failure goes"
                + " unnoticed; assign it first (int hr = ...)",
            "    Runnable r = master::Close;",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Close is dropped by the"
                + " lambda, whose Runnable.run returns nothing",
            "    executor.execute(() -> master.Close());",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.RecordDisc is dropped by"
                + " the lambda, whose Consumer.accept returns nothing, so a failure, or"
                + " IMAPI_E_USERABORT, goes unnoticed",
            "    Consumer<Boolean> burn = simulate -> master.RecordDisc(simulate, true);",
            "    // BUG: Diagnostic contains: IDiscMaster.Open is dropped by the method reference",
            "    CompletableFuture.runAsync(master::Open);",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Close is dropped with the"
                + " future submit returns, which nothing reads (the lambda is run as a task)",
            "    executor.submit(() -> master.Close());",
            "    // BUG: Diagnostic contains: dropped with the future supplyAsync returns, which"
                + " nothing reads (the method reference is run as a task)",
            "    CompletableFuture.supplyAsync(master::Open);",
            "    // BUG: Diagnostic contains: dropped by the lambda, whose Consumer.accept",
            "    java.util.List.of(master).forEach(m -> m.Close());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void tasksWhoseResultIsKept() {
    helper
        .addSourceLines(
            "Kept.java",
            "import imapi.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "class Kept {",
            "  interface Step { int run(); }",
            "  void run(IDiscMaster master, ExecutorService executor, Step[] steps) throws Exception {",
            "    IntSupplier open = master::Open;",
            "    Supplier<Integer> close = () -> master.Close();",
            "    Callable<Integer> burn = () -> master.RecordDisc(false, true);",
            "    Future<Integer> burning = executor.submit(burn);",
            "    Future<Integer> closing = executor.submit(master::Close);",
            "    CompletableFuture<Integer> opening = CompletableFuture.supplyAsync(master::Open);",
            "    CompletableFuture.supplyAsync(() -> master.Close()).thenAccept(hr -> take(hr));",
            "    steps[0] = master::Close;",
            "    ToIntFunction<IDiscMaster> unbound = IDiscMaster::Open;",
            "    Runnable unrelated = this::toString;",
            "    Runnable block = () -> { int hr = master.Close(); take(hr); };",
            "    Function<IDiscMaster, Kept> constructor = Kept::new;",
            "  }",
            "",
            "  Kept() {}",
            "  Kept(IDiscMaster master) {}",
            "  void take(int hr) {}",
            "}")
        .doTest();
  }

  @Test
  void resultsOverwrittenOrLeftUnread() {
    helper
        .addSourceLines(
            "Unread.java",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import imapi.*;",
            "class Unread {",
            "  boolean overwritten(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Open, stored in hr, is never"
                + " read: hr is overwritten or goes out of scope first, so a failure, or"
                + " IMAPI_E_ALREADYOPEN, goes unnoticed; check it with ImapiError.failed(hr) before"
                + " that, and tell apart the codes the call documents",
            "    int hr = master.Open();",
            "    hr = master.ClearFormatContent();",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  void neverRead(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.RecordDisc, stored in hr",
            "    int hr = master.RecordDisc(false, true);",
            "  }",
            "  boolean overwrittenOnEveryPath(IDiscMaster master, boolean b) {",
            "    // BUG: Diagnostic contains: stored in hr, is never read",
            "    int hr = master.Open();",
            "    if (b) {",
            "      hr = master.ClearFormatContent();",
            "    } else {",
            "      hr = master.Close();",
            "    }",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  void jna(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: stored in staged, is never read: staged is overwritten"
                + " or goes out of scope first, so a failure, or IMAPI_E_DISCFULL, goes unnoticed;"
                + " check it with COMUtils.FAILED(staged) before that",
            "    com.sun.jna.platform.win32.WinNT.HRESULT staged = joliet.AddData(null, 0);",
            "  }",
            "  void asLong(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: check it with ImapiError.failed((int) type) before that",
            "    long type = recorder.queryMediaType();",
            "  }",
            "  void reassignedLater(IDiscMaster master) {",
            "    int hr;",
            "    // BUG: Diagnostic contains: stored in hr, is never read",
            "    hr = master.Open();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void loggedAndTestedOrPassedOn() {
    helper
        .addSourceLines(
            "Logged.java",
            "import static io.github.imapichecks.annotations.ImapiError.*;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.util.logging.Logger;",
            "import imapi.*;",
            "class Logged {",
            "  Logger log;",
            "  void take(int hr) {}",
            "  interface File { int open(); }",
            "  boolean testedAfter(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    log.info(\"open: \" + hr);",
            "    return ImapiError.succeeded(hr);",
            "  }",
            "  void testedBefore(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    if (ImapiError.failed(hr)) throw new IllegalStateException();",
            "    System.out.println(hr);",
            "  }",
            "  void loggedInABranch(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    if (ImapiError.failed(hr)) log.warning(\"open failed: \" + hr);",
            "  }",
            "  boolean describedAfterATest(IDiscMaster master) {",
            "    int hr = master.RecordDisc(false, true);",
            "    if (ImapiError.failed(hr)) {",
            "      log.warning(\"burn failed: \" + ImapiError.nameOf(hr) + \", \""
                + " + ImapiError.describe(hr));",
            "      return false;",
            "    }",
            "    return true;",
            "  }",
            "  int returned(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    log.info(String.format(\"open: %x\", hr));",
            "    return hr;",
            "  }",
            "  void passedOn(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    log.info(\"open: \" + hr);",
            "    take(hr);",
            "  }",
            "  void testedInTheMessage(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    log.info(hr == S_OK ? \"opened\" : \"not opened\");",
            "  }",
            "  void testedInPlace(IDiscMaster master) {",
            "    log.info(\"opened: \" + ImapiError.succeeded(master.Open()));",
            "  }",
            "  Runnable captured(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    return () -> log.info(\"open: \" + hr);",
            "  }",
            "  void textKeptFirst(IDiscMaster master) {",
            "    // Limitation: text kept in a variable is not followed.",
            "    int hr = master.Open();",
            "    String text = \"open: \" + hr;",
            "    log.info(text);",
            "  }",
            "  void thrown(IDiscMaster master) {",
            "    int hr = master.Open();",
            "    throw new IllegalStateException(\"open: \" + hr);",
            "  }",
            "  void notImapi(File file) {",
            "    int n = file.open();",
            "    System.out.println(\"opened \" + n);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void onlyLoggedNeverTested() {
    helper
        .addSourceLines(
            "OnlyLogged.java",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import io.github.imapichecks.annotations.ImapiError;",
            "import java.io.PrintWriter;",
            "import java.util.logging.Level;",
            "import java.util.logging.Logger;",
            "import imapi.*;",
            "class OnlyLogged {",
            "  Logger log;",
            "  PrintWriter out;",
            "  void concatenated(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Open, stored in hr, is only"
                + " logged, never tested, so a failure, or IMAPI_E_ALREADYOPEN, goes unnoticed;"
                + " check it with ImapiError.failed(hr) as well, and tell apart the codes the call"
                + " documents",
            "    int hr = master.Open();",
            "    log.info(\"Open returned \" + hr);",
            "  }",
            "  void printed(IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: the result of IDiscRecorder.Eject, stored in hr, is only"
                + " logged, never tested, so a failure goes unnoticed",
            "    int hr = recorder.Eject();",
            "    System.out.println(hr);",
            "  }",
            "  void formatted(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: stored in status, is only logged, never tested",
            "    int status = master.RecordDisc(false, true);",
            "    log.warning(String.format(\"burn: %x (%s)\", status, ImapiError.describe(status)));",
            "  }",
            "  void parameters(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: is only logged, never tested",
            "    int hr = master.Close();",
            "    log.log(Level.INFO, \"close: {0}\", hr);",
            "    out.printf(\"close: %x%n\", hr);",
            "  }",
            "  void named(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: is only logged, never tested",
            "    int hr = master.Open();",
            "    System.err.println(\"open: \" + ImapiError.nameOf(hr).toLowerCase());",
            "  }",
            "  void copied(IDiscMaster master) {",
            "    // BUG: Diagnostic contains: stored in hr, is only logged, never tested",
            "    int hr = master.Open();",
            "    int copy = hr;",
            "    log.info(\"open: \" + copy);",
            "  }",
            "  void jna(IJolietDiscMaster joliet) {",
            "    // BUG: Diagnostic contains: the result of IJolietDiscMaster.AddData, stored in hr,"
                + " is only logged, never tested, so a failure, or IMAPI_E_DISCFULL, goes"
                + " unnoticed; check it with COMUtils.FAILED(hr) as well",
            "    HRESULT hr = joliet.AddData(null, 0);",
            "    log.info(\"staged: \" + hr.toString());",
            "  }",
            "  void inPlace(IDiscMaster master, boolean verbose) {",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Open is only logged, never"
                + " tested, so a failure, or IMAPI_E_ALREADYOPEN, goes unnoticed; assign it first"
                + " (int hr = ...), then log it and check it with ImapiError.failed(hr), and tell"
                + " apart the codes the call documents",
            "    log.info(\"Open returned \" + master.Open());",
            "    // BUG: Diagnostic contains: the result of IDiscMaster.Close is only logged",
            "    System.out.println(verbose ? \"close: \" + master.Close() : \"closed\");",
            "  }",
            "  Runnable lambda(IDiscMaster master) {",
            "    return () -> {",
            "      // BUG: Diagnostic contains: stored in hr, is only logged, never tested",
            "      int hr = master.Open();",
            "      System.out.println(\"open: \" + hr);",
            "    };",
            "  }",
            "  void loop(IDiscMaster master) {",
            "    for (int i = 0; i < 3; i++) {",
            "      // BUG: Diagnostic contains: stored in hr, is only logged, never tested",
            "      int hr = master.RecordDisc(false, true);",
            "      log.info(\"attempt \" + i + \": \" + hr);",
            "    }",
            "  }",
            "  String switchExpression(IDiscMaster master, int mode) {",
            "    return switch (mode) {",
            "      case 0 -> {",
            "        // BUG: Diagnostic contains: stored in hr, is only logged, never tested",
            "        int hr = master.Open();",
            "        log.fine(() -> \"mode 0\");",
            "        log.info(\"open: \" + hr);",
            "        yield \"opened\";",
            "      }",
            "      default -> \"skipped\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aBindingTypeIsNamedAsTheCodeNamesIt() {
    ImapiBindingSources.addTo(
            CompilationTestHelper.newInstance(ImapiResultIgnored.class, getClass()))
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.VendorDrive")
        .addSourceLines(
            "com/acme/VendorDrive.java",
            "package com.acme;",
            "public interface VendorDrive { int eject(); int close(); }")
        .addSourceLines(
            "Vendor.java",
            "class Vendor {",
            "  void run(com.acme.VendorDrive drive) {",
            "    // BUG: Diagnostic contains: the result of VendorDrive.eject is dropped",
            "    drive.eject();",
            "    // Close is IDiscMaster's and IDiscRecorder's: which one is not known.",
            "    // BUG: Diagnostic contains: the result of VendorDrive.close is dropped, so a"
                + " failure goes unnoticed",
            "    drive.close();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void imapi2ResultsDropped() {
    ImapiBindingSources.addV2To(helper)
        .addSourceLines(
            "V2.java",
            "import imapi2.*;",
            "class V2 {",
            "  void run(IDiscFormat2Erase erase, IDiscRecorder2 recorder, IDiscFormat2Data data) {",
            "    // BUG: Diagnostic contains: the result of IDiscFormat2Erase.EraseMedia is dropped,"
                + " so a failure, or E_IMAPI_RECORDER_MEDIA_NO_MEDIA, goes unnoticed",
            "    erase.EraseMedia();",
            "    // BUG: Diagnostic contains: the result of IDiscFormat2Erase.setRecorder is dropped",
            "    erase.setRecorder(recorder);",
            "    // BUG: Diagnostic contains: the result of IDiscFormat2Data.get_FreeSectorsOnMedia"
                + " is dropped, so a failure goes unnoticed; assign it first (HRESULT hr = ...)",
            "    data.get_FreeSectorsOnMedia(new int[1]);",
            "    // Declared by the binding's IDiscFormat2, which IDiscFormat2Data extends.",
            "    // BUG: Diagnostic contains: the result of IDiscFormat2.get_MediaHeuristicallyBlank"
                + " is dropped",
            "    data.get_MediaHeuristicallyBlank(new boolean[1]);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void exceptionStyleCallsReturnNoHResult() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Calls.java",
            "class Calls {",
            "  void run(com4j.imapi2.IDiscFormat2Data data, jna.imapi2.IDiscFormat2Erase erase) {",
            "    data.write(null);",
            "    data.getTotalSectorsOnMedia();",
            "    int status = data.getCurrentMediaStatus();",
            "    erase.EraseMedia();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void emptyCatchesAroundExceptionStyleCalls() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Empty.java",
            "import com4j.ComException;",
            "class Empty {",
            "  void run(com4j.imapi2.IDiscFormat2Data data, jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      data.write(null);",
            "    // BUG: Diagnostic contains: this empty catch drops every failure of"
                + " IDiscFormat2Data.write, E_IMAPI_REQUEST_CANCELLED among them; handle the"
                + " ComException (its getHRESULT() tells the codes apart) or let it go",
            "    } catch (ComException e) {",
            "      // ignored",
            "    }",
            "    try {",
            "      erase.EraseMedia();",
            "    // BUG: Diagnostic contains: drops every failure of IDiscFormat2Erase.EraseMedia",
            "    } catch (Exception e) {",
            "    }",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      System.err.println(e);",
            "    }",
            "    try {",
            "      Thread.sleep(1);",
            "    } catch (InterruptedException e) {",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void emptyCatchesAroundJnaLateBoundCalls() {
    ImapiBindingSources.addExceptionStyleTo(helper)
        .addSourceLines(
            "Empty.java",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com.sun.jna.platform.win32.COM.COMLateBindingObject;",
            "class Recorder extends COMLateBindingObject {",
            "  Recorder() { super(\"IMAPI2.MsftDiscRecorder2\", false); }",
            "  void eject(jna.late.DiscFormat2Data format) {",
            "    try {",
            "      invokeNoReply(\"EjectMedia\");",
            "    // BUG: Diagnostic contains: this empty catch drops every failure of"
                + " IDiscRecorder2.EjectMedia",
            "    } catch (COMException e) {",
            "    }",
            "    try {",
            "      format.write(null);",
            "    // BUG: Diagnostic contains: drops every failure of DiscFormat2Data.write",
            "    } catch (RuntimeException e) {",
            "      // ignored",
            "    }",
            "    try {",
            "      invokeNoReply(\"Quit\");",
            "    } catch (COMException e) {",
            "      // Not IMAPI2's member: nothing to say.",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
