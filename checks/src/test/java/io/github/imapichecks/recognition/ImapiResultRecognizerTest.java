package io.github.imapichecks.recognition;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The recognition rules, each with the negatives nearest to it. {@link RecognitionProbe} reports
 * what the recognizer says about the argument of every {@code probe(...)} call.
 */
final class ImapiResultRecognizerTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(RecognitionProbe.class, getClass())
          .addSourceLines(
              "imapi/IDiscMaster.java",
              "package imapi;",
              "public interface IDiscMaster {",
              "  int Open();",
              "  int RecordDisc(boolean simulate, boolean eject);",
              "  int Close();",
              "  String GetName();",
              "}")
          .addSourceLines(
              "imapi/IDiscRecorder.java",
              "package imapi;",
              "public interface IDiscRecorder {",
              "  int Eject();",
              "  Integer openExclusive();",
              "  long queryMediaType();",
              "  int Close();",
              "}")
          .addSourceLines(
              "imapi/IJolietDiscMaster.java",
              "package imapi;",
              "import com.sun.jna.platform.win32.WinNT.HRESULT;",
              "public interface IJolietDiscMaster {",
              "  HRESULT AddData(Object storage, int overwrite);",
              "  HRESULT SetJolietProperties(Object properties);",
              "}")
          .addSourceLines(
              "probe/Probe.java",
              "package probe;",
              "public final class Probe {",
              "  public static void probe(Object value) {}",
              "}");

  @Test
  void tasksBoundToALocalAndInvokedThere() {
    helper
        .addSourceLines(
            "Tasks.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "class Tasks {",
            "  void run(IDiscMaster master, ExecutorService executor) throws Exception {",
            "    IntSupplier open = master::Open;",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(open.getAsInt());",
            "    int opened = open.getAsInt();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(opened);",
            "    Supplier<Integer> burn = () -> master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(burn.get());",
            "    Function<Boolean, Integer> simulated = simulate -> master.RecordDisc(simulate, true);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(simulated.apply(false));",
            "    Callable<Integer> close = () -> { return master.Close(); };",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(close.call());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(executor.submit(close).get());",
            "    Future<Integer> closing = executor.submit(() -> master.Close());",
            "    int closed = closing.get(1, TimeUnit.SECONDS);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(closed);",
            "    ToIntFunction<IDiscMaster> unbound = IDiscMaster::Open;",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(unbound.applyAsInt(master));",
            "    Redeclared again = master::Open;",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(again.getAsInt());",
            "  }",
            "",
            "  interface Redeclared extends IntSupplier { @Override int getAsInt(); }",
            "}")
        .doTest();
  }

  @Test
  void tasksThatMayReturnSomethingElseOrAreRebound() {
    helper
        .addSourceLines(
            "OtherTasks.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "class OtherTasks {",
            "  interface Task { int run(); default int get() { return 0; } }",
            "  IntSupplier field;",
            "  void run(IDiscMaster master, boolean retry, IntSupplier given) throws Exception {",
            "    IntSupplier maybe = () -> { if (retry) { return master.Open(); } return 0; };",
            "    probe(maybe.getAsInt());",
            "    IntSupplier rebound = master::Open;",
            "    rebound = () -> 42;",
            "    probe(rebound.getAsInt());",
            "    probe(given.getAsInt());",
            "    probe(field.getAsInt());",
            "    IntUnaryOperator plusOne = hr -> hr + 1;",
            "    probe(plusOne.applyAsInt(master.Open()));",
            "    Function<Integer, Integer> same = hr -> hr;",
            "    probe(same.apply(master.Open()));",
            "    Task task = master::Open;",
            "    probe(task.get());",
            "    Supplier<String> name = master::GetName;",
            "    probe(name.get().length());",
            "    Runnable eject = () -> { master.Close(); };",
            "    Future<?> done = Executors.newSingleThreadExecutor().submit(eject);",
            "    probe(done.get());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void futuresHoldTheResultOfTheirTask() {
    helper
        .addSourceLines(
            "Futures.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "import java.util.concurrent.*;",
            "class Futures {",
            "  void run(IDiscMaster master, Executor executor) throws Exception {",
            "    CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true), executor)",
            "        // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "        .thenAccept(hr -> { if (hr != 0) probe(hr); });",
            "    CompletableFuture<Integer> burning =",
            "        CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true));",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(burning.join());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(burning.thenApply(hr -> hr).get());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    burning.handleAsync((hr, failure) -> { probe(hr); return hr; });",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    burning.whenComplete((hr, failure) -> probe(hr));",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(burning.thenCompose(hr -> CompletableFuture.supplyAsync(master::Close)).join());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(CompletableFuture.completedFuture(master.Open()).join());",
            "    CompletionStage<Integer> stage = burning;",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    stage.thenAccept(hr -> probe(hr));",
            "  }",
            "",
            "  void notTheResult(IDiscMaster master) throws Exception {",
            "    CompletableFuture<Integer> burning =",
            "        CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true));",
            "    probe(burning.getNow(0));",
            "    probe(burning.exceptionally(failure -> -1).join());",
            "    probe(burning.thenApply(hr -> hr + 1).join());",
            "    burning.thenApply(hr -> 1).thenAccept(one -> probe(one));",
            "    burning.thenRun(() -> probe(0));",
            "    CompletableFuture.supplyAsync(() -> 7).thenAccept(seven -> probe(seven));",
            "    CompletableFuture.runAsync(master::Open).thenAccept(nothing -> probe(nothing));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void optionalsHoldTheResultTheyAreMadeOf() {
    helper
        .addSourceLines(
            "Optionals.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "import java.util.List;",
            "import java.util.Optional;",
            "class Optionals {",
            "  void run(IDiscMaster master, List<Integer> codes) {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    Optional.of(hr).ifPresent(code -> probe(code));",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(Optional.ofNullable(master.Close()).filter(code -> code < 0).get());",
            "    Optional<Integer> opened = Optional.of(hr).map(code -> code);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(opened.orElseThrow());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    opened.filter(code -> { probe(code); return true; });",
            "    probe(opened.orElse(0));",
            "    probe(opened.map(code -> code.hashCode()).get());",
            "    Optional.of(codes.size()).ifPresent(size -> probe(size));",
            "    codes.forEach(code -> probe(code));",
            "    codes.stream().map(code -> code).forEach(code -> probe(code));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void elementsOfALocalArrayFilledOnlyWithResults() {
    helper
        .addSourceLines(
            "Arrays.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Arrays {",
            "  void run(IDiscMaster master, Runnable later) {",
            "    int[] box = new int[1];",
            "    Runnable burn = () -> box[0] = master.RecordDisc(false, true);",
            "    burn.run();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(box[0]);",
            "    Integer[] codes = {master.Open(), master.Close()};",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(codes[1]);",
            "    int[] written = new int[2];",
            "    written[0] = master.Open();",
            "    written[1] = 5;",
            "    probe(written[0]);",
            "    int[] shared = new int[1];",
            "    shared[0] = master.Open();",
            "    fill(shared);",
            "    probe(shared[0]);",
            "    int[] bumped = new int[1];",
            "    bumped[0] = master.Open();",
            "    bumped[0]++;",
            "    probe(bumped[0]);",
            "    int[] never = new int[1];",
            "    probe(never[0]);",
            "  }",
            "",
            "  static void fill(int[] array) {}",
            "}")
        .doTest();
  }

  @Test
  void imapi2AndImapi2FsCallsInEveryBindingsSpelling() {
    helper
        .addSourceLines(
            "imapi2/IDiscFormat2Data.java",
            "package imapi2;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "// A flat binding: the methods IDiscFormat2Data inherits in COM are declared here.",
            "public interface IDiscFormat2Data {",
            "  int Write(Object stream);",
            "  HRESULT get_MediaHeuristicallyBlank(boolean[] blank);",
            "  int getFreeSectorsOnMedia(int[] sectors);",
            "  int setRecorder(Object recorder);",
            "  int putRecorder(Object recorder);",
            "  int put_Recorder(Object recorder);",
            "  int FreeSectorsOnMedia(int[] sectors);",
            "  int get_freeSectorsOnMedia(int[] sectors);",
            "  String get_ClientName();",
            "  // com4j: the getter returns the property, and throws on failure.",
            "  int getTotalSectorsOnMedia();",
            "  int get_NextWritableAddress();",
            "}")
        .addSourceLines(
            "com4j/imapi2/IFileSystemImage.java",
            "package com4j.imapi2;",
            "public interface IFileSystemImage {",
            "  int createResultImage(Object[] result);",
            "  long chooseImageDefaults(Object recorder);",
            "}")
        .addSourceLines(
            "V2.java",
            "import static probe.Probe.probe;",
            "import imapi2.*;",
            "class V2 {",
            "  interface Burner extends IDiscFormat2Data {}",
            "  void run(IDiscFormat2Data data, Burner burner, com4j.imapi2.IFileSystemImage image) {",
            "    // BUG: Diagnostic contains: result of IDiscFormat2Data.Write",
            "    probe(data.Write(null));",
            "    // BUG: Diagnostic contains: result of IDiscFormat2.get_MediaHeuristicallyBlank"
                + " called as IDiscFormat2Data.get_MediaHeuristicallyBlank",
            "    probe(data.get_MediaHeuristicallyBlank(null));",
            "    // BUG: Diagnostic contains: result of IDiscFormat2Data.get_FreeSectorsOnMedia called"
                + " as IDiscFormat2Data.getFreeSectorsOnMedia",
            "    probe(data.getFreeSectorsOnMedia(null));",
            "    // BUG: Diagnostic contains: result of IDiscFormat2Data.put_Recorder called as"
                + " IDiscFormat2Data.setRecorder",
            "    probe(data.setRecorder(null));",
            "    // BUG: Diagnostic contains: result of IDiscFormat2Data.put_Recorder called as"
                + " IDiscFormat2Data.putRecorder",
            "    probe(data.putRecorder(null));",
            "    // BUG: Diagnostic contains: result of IDiscFormat2Data.put_Recorder",
            "    probe(burner.put_Recorder(null));",
            "    // BUG: Diagnostic contains: result of IFileSystemImage.CreateResultImage called as"
                + " IFileSystemImage.createResultImage",
            "    probe(image.createResultImage(null));",
            "    // BUG: Diagnostic contains: result of IFileSystemImage.ChooseImageDefaults",
            "    probe(image.chooseImageDefaults(null));",
            "    probe(data.FreeSectorsOnMedia(null));",
            "    probe(data.get_freeSectorsOnMedia(null));",
            "    probe(data.get_ClientName());",
            "    probe(data.getTotalSectorsOnMedia());",
            "    probe(data.get_NextWritableAddress());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void caughtFailuresOfExceptionStyleBindings() {
    helper
        .addSourceLines(
            "com4j/imapi2/IDiscFormat2Data.java",
            "package com4j.imapi2;",
            "public interface IDiscFormat2Data extends com4j.Com4jObject {",
            "  void write(Object data);",
            "  void setWriteSpeed(int sectors, boolean pureCav);",
            "  int getTotalSectorsOnMedia();",
            "}")
        .addSourceLines(
            "jacob/IDiscFormat2Erase.java",
            "package jacob;",
            "// As jacobgen writes it.",
            "public class IDiscFormat2Erase extends com.jacob.com.Dispatch {",
            "  public void eraseMedia() { com.jacob.com.Dispatch.call(this, \"EraseMedia\"); }",
            "}")
        .addSourceLines(
            "Caught.java",
            "import static probe.Probe.probe;",
            "import com.jacob.activeX.ActiveXComponent;",
            "import com.jacob.com.ComFailException;",
            "import com.jacob.com.Dispatch;",
            "import com4j.ComException;",
            "class Caught {",
            "  void com4j(com4j.imapi2.IDiscFormat2Data data, Runnable other) {",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.Write called as"
                + " IDiscFormat2Data.write",
            "      probe(e.getHRESULT());",
            "    }",
            "    try {",
            "      data.write(null);",
            "      data.setWriteSpeed(1, false);",
            "    } catch (RuntimeException e) {",
            "      // Two methods: a result of neither in particular.",
            "      // BUG: Diagnostic contains: result of an unknown method",
            "      probe(((ComException) e).getHRESULT());",
            "    }",
            "    try {",
            "      other.run();",
            "      Runnable later = () -> data.write(null);",
            "    } catch (ComException e) {",
            "      probe(e.getHRESULT());",
            "    }",
            "    try {",
            "      data.write(null);",
            "    } catch (ComException e) {",
            "      e = new ComException(\"other\", -1, \"\", 0);",
            "      probe(e.getHRESULT());",
            "    }",
            "  }",
            "",
            "  void jacob(jacob.IDiscFormat2Erase typed, com.jacob.com.Variant stream, Dispatch unknown) {",
            "    ActiveXComponent format = new ActiveXComponent(\"IMAPI2.MsftDiscFormat2Data\");",
            "    try {",
            "      Dispatch.call(format, \"Write\", stream);",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.Write",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      Dispatch.get(format, \"FreeSectorsOnMedia\");",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.get_FreeSectorsOnMedia",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      format.invoke(\"Write\", stream);",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.Write",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      typed.eraseMedia();",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.EraseMedia called as"
                + " IDiscFormat2Erase.eraseMedia",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      Dispatch.call(unknown, \"Write\", stream);",
            "      Dispatch.call(format, \"NoSuchMember\");",
            "      new ActiveXComponent(\"Word.Application\").invoke(\"Write\");",
            "    } catch (ComFailException e) {",
            "      probe(e.getHResult());",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void accessorsAsGeneratorsNameThem() {
    helper
        .addSourceLines(
            "com4j/imapi2/IDiscFormat2Data.java",
            "package com4j.imapi2;",
            "// As com4j's tlbimp writes it: both accessors of a property named after it.",
            "public interface IDiscFormat2Data extends com4j.Com4jObject {",
            "  @com4j.VTID(8) int freeSectorsOnMedia();",
            "  @com4j.VTID(9) void clientName(String value);",
            "  @com4j.VTID(10) void clientName(String value, int extra);",
            "  @com4j.VTID(11) void write(Object data);",
            "}")
        .addSourceLines(
            "jna/imapi2/IDiscFormat2Erase.java",
            "package jna.imapi2;",
            "import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;",
            "import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;",
            "import com.sun.jna.platform.win32.COM.util.annotation.ComProperty;",
            "@ComInterface(iid = \"{27354156-8F64-5B0F-8F00-5D77AFBE261E}\")",
            "public interface IDiscFormat2Erase {",
            "  @ComMethod(name = \"EraseMedia\") void EraseMedia();",
            "  @ComProperty(name = \"ClientName\") void setName(String name);",
            "  @ComProperty(name = \"ClientName\") String getName();",
            "  @ComProperty(name = \"ClientName\") void getName(String a, String b);",
            "  @ComProperty void setFullErase(boolean full);",
            "}")
        .addSourceLines(
            "Named.java",
            "import static probe.Probe.probe;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com4j.ComException;",
            "class Named {",
            "  void com4j(com4j.imapi2.IDiscFormat2Data data) {",
            "    try {",
            "      data.freeSectorsOnMedia();",
            "    } catch (ComException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.get_FreeSectorsOnMedia",
            "      probe(e.getHRESULT());",
            "    }",
            "    try {",
            "      data.clientName(\"burner\");",
            "    } catch (ComException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.put_ClientName",
            "      probe(e.getHRESULT());",
            "    }",
            "    try {",
            "      data.clientName(\"burner\", 1);",
            "    } catch (ComException e) {",
            "      probe(e.getHRESULT());",
            "    }",
            "  }",
            "  void jna(jna.imapi2.IDiscFormat2Erase erase) {",
            "    try {",
            "      erase.EraseMedia();",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.EraseMedia",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      erase.setName(\"burner\");",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.put_ClientName",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      erase.getName();",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.get_ClientName",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      erase.getName(\"a\", \"b\");",
            "    } catch (COMException e) {",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      erase.setFullErase(true);",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.put_FullErase",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaVtableClassesThatCheckTheirHResult() {
    helper
        .addSourceLines(
            "vtable/IDiscFormat2Data.java",
            "package vtable;",
            "import com.sun.jna.Pointer;",
            "import com.sun.jna.platform.win32.COM.COMUtils;",
            "import com.sun.jna.platform.win32.COM.Dispatch;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import com.sun.jna.ptr.IntByReference;",
            "public class IDiscFormat2Data extends Dispatch {",
            "  public IDiscFormat2Data(Pointer p) { super(p); }",
            "  public HRESULT Write(Pointer stream) {",
            "    return (HRESULT) _invokeNativeObject(",
            "        29, new Object[] {getPointer(), stream}, HRESULT.class);",
            "  }",
            "  /** Throws COMException on a failure. */",
            "  public void write(Pointer stream) { COMUtils.checkRC(Write(stream)); }",
            "  public HRESULT get_TotalSectorsOnMedia(IntByReference sectors) {",
            "    return (HRESULT) _invokeNativeObject(",
            "        30, new Object[] {getPointer(), sectors}, HRESULT.class);",
            "  }",
            "  public int getTotalSectorsOnMedia() {",
            "    IntByReference sectors = new IntByReference();",
            "    COMUtils.checkRC(get_TotalSectorsOnMedia(sectors));",
            "    return sectors.getValue();",
            "  }",
            "}")
        .addSourceLines(
            "Vtable.java",
            "import static probe.Probe.probe;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "class Vtable {",
            "  void run(vtable.IDiscFormat2Data data) {",
            "    try {",
            "      data.write(null);",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.Write called as"
                + " IDiscFormat2Data.write",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      data.getTotalSectorsOnMedia();",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.get_TotalSectorsOnMedia",
            "      probe(e.getHresult());",
            "    }",
            "    // The HRESULT-returning methods are the return style's.",
            "    HRESULT hr = data.Write(null);",
            "    // BUG: Diagnostic contains: result of IDiscFormat2Data.Write",
            "    probe(hr);",
            "    try {",
            "      data.Write(null);",
            "    } catch (COMException e) {",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaLateBoundCallsOfImapi2Classes() {
    helper
        .addSourceLines(
            "DiscFormat2Data.java",
            "import static probe.Probe.probe;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com.sun.jna.platform.win32.COM.COMInvokeException;",
            "import com.sun.jna.platform.win32.COM.COMLateBindingObject;",
            "import com.sun.jna.platform.win32.COM.IDispatch;",
            "import com.sun.jna.platform.win32.Variant.VARIANT;",
            "class DiscFormat2Data extends COMLateBindingObject {",
            "  static final String WRITE = \"Write\";",
            "  DiscFormat2Data() { super(\"IMAPI2.MsftDiscFormat2Data\", false); }",
            "  DiscFormat2Data(boolean active) { this(); }",
            "  void write(VARIANT stream, IDispatch other, String member) {",
            "    try {",
            "      invokeNoReply(WRITE, stream);",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.Write",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      this.getIntProperty(\"FreeSectorsOnMedia\");",
            "    } catch (COMInvokeException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.get_FreeSectorsOnMedia",
            "      probe(e.getScode());",
            "    }",
            "    try {",
            "      setProperty(\"ForceMediaToBeClosed\", true);",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Data.put_ForceMediaToBeClosed",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      // Another object's member, a name that is no constant, no such member.",
            "      invokeNoReply(\"Write\", other);",
            "      invoke(member);",
            "      invoke(\"write\");",
            "      getIntProperty(\"Write\");",
            "    } catch (COMException e) {",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "}")
        .addSourceLines(
            "Wrappers.java",
            "import static probe.Probe.probe;",
            "import com.sun.jna.platform.win32.COM.COMException;",
            "import com.sun.jna.platform.win32.COM.COMLateBindingObject;",
            "import com.sun.jna.platform.win32.COM.IDispatch;",
            "// Named like the interface, made from a dispatch pointer: typed as one.",
            "class IDiscRecorder2 extends COMLateBindingObject {",
            "  IDiscRecorder2(IDispatch dispatch) { super(dispatch); }",
            "  void eject(IDiscRecorder2 next) {",
            "    try {",
            "      invokeNoReply(\"EjectMedia\");",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscRecorder2.EjectMedia",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      next.invokeNoReply(\"CloseTray\");",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscRecorder2.CloseTray",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "}",
            "// Another application's class: its members are not IMAPI's.",
            "class WordApp extends COMLateBindingObject {",
            "  WordApp() { super(\"Word.Application\", false); }",
            "  void quit(DiscFormat2Data format, IDiscRecorder2 recorder, IDispatch other,"
                + " com.sun.jna.platform.win32.Variant.VARIANT value) {",
            "    try {",
            "      invokeNoReply(\"Write\");",
            "      // Members of another object, named as the interface's: on that object.",
            "      setProperty(\"ClientName\", other, value);",
            "      invokeNoReply(\"EjectMedia\", recorder, value);",
            "    } catch (COMException e) {",
            "      probe(e.getHresult());",
            "    }",
            "    try {",
            "      new WordApp().invoke(\"Write\");",
            "    } catch (COMException e) {",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "  void subclass(MsftDiscFormat2Erase erase) {",
            "    try {",
            "      // An object of a subclass, named like IMAPI2's class: by its name.",
            "      erase.invokeNoReply(\"EraseMedia\");",
            "    } catch (COMException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.EraseMedia",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "}",
            "class MsftDiscFormat2Erase extends WordApp {}",
            "// Constructors that disagree on the class: only the name could tell, and it does not.",
            "class Either extends COMLateBindingObject {",
            "  Either() { super(\"IMAPI2.MsftDiscFormat2Data\", false); }",
            "  Either(int unused) { super(\"IMAPI2.MsftDiscFormat2Erase\", false); }",
            "  void write() {",
            "    try {",
            "      invokeNoReply(\"Write\");",
            "    } catch (COMException e) {",
            "      probe(e.getHresult());",
            "    }",
            "  }",
            "  class Inner {",
            "    void write() {",
            "      try {",
            "        invokeNoReply(\"Write\");",
            "      } catch (COMException e) {",
            "        probe(e.getHresult());",
            "      }",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jacobLateBoundCallsInEveryForm() {
    helper
        .addSourceLines(
            "Late.java",
            "import static probe.Probe.probe;",
            "import com.jacob.activeX.ActiveXComponent;",
            "import com.jacob.com.ComFailException;",
            "import com.jacob.com.Dispatch;",
            "import com.jacob.com.Variant;",
            "class Late {",
            "  ComFailException failure;",
            "  void forms(Variant recorder, String member) {",
            "    ActiveXComponent erase = ActiveXComponent.createNewInstance(\"IMAPI2.MsftDiscFormat2Erase\");",
            "    ActiveXComponent same = erase;",
            "    try {",
            "      Dispatch.callN(same, \"EraseMedia\", new Object[0]);",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.EraseMedia",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      Dispatch.callSub(erase, \"EraseMedia\");",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.EraseMedia",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      Dispatch.put(erase, \"Recorder\", recorder);",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.put_Recorder",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      erase.setProperty(\"Recorder\", recorder);",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.put_Recorder",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      erase.getPropertyAsString(\"ClientName\");",
            "    } catch (ComFailException e) {",
            "      // BUG: Diagnostic contains: result of IDiscFormat2Erase.get_ClientName",
            "      probe(e.getHResult());",
            "    }",
            "    try {",
            "      Dispatch.call(erase, member);",
            "      Dispatch.call(erase, \"\");",
            "      erase.getPropertyAsComponent(\"Recorder\");",
            "      Dispatch.callSub(new Dispatch(), \"EraseMedia\");",
            "      Dispatch.put(erase, 7, recorder);",
            "    } catch (ComFailException e) {",
            "      probe(e.getHResult());",
            "      probe(failure.getHResult());",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void carriersAtTheirEdges() {
    helper
        .addSourceLines(
            "Edges.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "import java.util.Optional;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "class Edges {",
            "  int open() { return 0; }",
            "  void run(IDiscMaster master, IJolietDiscMaster joliet) throws Exception {",
            "    CompletableFuture<Integer> burning =",
            "        CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true));",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(burning.thenApplyAsync(hr -> hr).join());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(burning.whenCompleteAsync((hr, e) -> {}).join());",
            "    probe(burning.thenApply(Integer::valueOf).join());",
            "    probe(burning.thenCompose(CompletableFuture::completedFuture).join());",
            "    probe(burning.toCompletableFuture().join());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(Optional.of(master.Open()).flatMap(hr -> Optional.of(hr)).get());",
            "    probe(Optional.of(master.Open()).flatMap(hr -> Optional.empty()).get());",
            "    Supplier<Integer> nested = () -> {",
            "      Supplier<Integer> inner = () -> { return 0; };",
            "      Object local = new Object() { int f() { return 1; } };",
            "      return master.Close();",
            "    };",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(nested.get());",
            "    Runnable bare = () -> { if (open() > 0) return; master.Close(); };",
            "    Supplier<Integer> unqualified = () -> open();",
            "    probe(unqualified.get());",
            "    int[] boxed = new int[] {Integer.valueOf(master.Open()), (int) master.Open()};",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(boxed[0]);",
            "    int[] viaIntValue = {joliet.AddData(null, 0).intValue()};",
            "    // BUG: Diagnostic contains: result of IJolietDiscMaster.AddData",
            "    probe(viaIntValue[0]);",
            "    int[] fromHelper = {open()};",
            "    probe(fromHelper[0]);",
            "    int[][] grid = new int[1][1];",
            "    grid[0][0] = master.Open();",
            "    probe(grid[0][0]);",
            "    int[] declaredLater;",
            "    declaredLater = new int[] {master.Open()};",
            "    probe(declaredLater[0]);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void unrelatedIntsAreNotResults() {
    helper
        .addSourceLines(
            "Unrelated.java",
            "import static probe.Probe.probe;",
            "class Unrelated {",
            "  interface File { int open(); int Eject(); }",
            "  interface Tray { int Eject(); }",
            "  void run(File file, Tray tray, int param) {",
            "    probe(file.open());",
            "    probe(tray.Eject());",
            "    probe(file.Eject());",
            "    int n = file.open();",
            "    probe(n);",
            "    probe(param);",
            "    probe(42);",
            "    probe(0x8004021C);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void callsOnImapiInterfacesInEitherCasing() {
    helper
        .addSourceLines(
            "Calls.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Calls {",
            "  void run(IDiscMaster master, IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(master.RecordDisc(false, true));",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe((master.Open()));",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Eject",
            "    probe(recorder.Eject());",
            "    // Java casing, returning Integer",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.OpenExclusive",
            "    probe(recorder.openExclusive());",
            "    // returning long",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.QueryMediaType",
            "    probe(recorder.queryMediaType());",
            "    // not an int: not an HRESULT",
            "    probe(master.GetName());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void lowerCaseOrOtherCasingsAreNotImapiMethods() {
    helper
        .addSourceLines(
            "imapi2/IDiscRecorder.java",
            "package imapi2;",
            "public interface IDiscRecorder {",
            "  int eject();",
            "  int EJECT();",
            "  int ejectMedia();",
            "}")
        .addSourceLines(
            "Casings.java",
            "import static probe.Probe.probe;",
            "class Casings {",
            "  void run(imapi2.IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Eject called as"
                + " IDiscRecorder.eject",
            "    probe(recorder.eject());",
            "    probe(recorder.EJECT());",
            "    probe(recorder.ejectMedia());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void methodsOfTheWrongInterfaceAreNotResults() {
    helper
        .addSourceLines(
            "WrongInterface.java",
            "import static probe.Probe.probe;",
            "class WrongInterface {",
            "  interface IDiscRecorder { int RecordDisc(); }",
            "  void run(IDiscRecorder recorder) {",
            "    // RecordDisc belongs to IDiscMaster, not to IDiscRecorder",
            "    probe(recorder.RecordDisc());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void classesImplementingAnImapiInterface() {
    helper
        .addSourceLines(
            "Burner.java",
            "import static probe.Probe.probe;",
            "import imapi.IDiscMaster;",
            "abstract class Burner implements IDiscMaster {",
            "  @Override public int RecordDisc(boolean simulate, boolean eject) { return 0; }",
            "  static void run(Burner burner) {",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc called as"
                + " Burner.RecordDisc",
            "    probe(burner.RecordDisc(true, false));",
            "    // A method of an anonymous class is named by the IMAPI interface it binds.",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc called as"
                + " IDiscMaster.recordDisc",
            "    probe(",
            "        new Burner() {",
            "          public int Open() { return 0; }",
            "          public int Close() { return 0; }",
            "          public String GetName() { return \"\"; }",
            "          int recordDisc() { return 0; }",
            "        }.recordDisc());",
            "  }",
            "}")
        .addSourceLines(
            "Generic.java",
            "import static probe.Probe.probe;",
            "import imapi.IDiscMaster;",
            "class Generic<M extends IDiscMaster> {",
            "  void run(M master) {",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(master.Open());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void closeIsTheMethodOfTheInterfaceItIsCalledOn() {
    helper
        .addSourceLines(
            "Close.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Close {",
            "  void run(IDiscMaster master, IDiscRecorder recorder) {",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(master.Close());",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Close",
            "    probe(recorder.Close());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jnaHResultsAndTheirIntValue() {
    helper
        .addSourceLines(
            "Jna.java",
            "import static probe.Probe.probe;",
            "import com.sun.jna.platform.win32.WinNT.HRESULT;",
            "import imapi.IJolietDiscMaster;",
            "class Jna {",
            "  void run(IJolietDiscMaster joliet, HRESULT other) {",
            "    // BUG: Diagnostic contains: result of IJolietDiscMaster.AddData",
            "    probe(joliet.AddData(null, 0));",
            "    // BUG: Diagnostic contains: result of IJolietDiscMaster.AddData",
            "    probe(joliet.AddData(null, 0).intValue());",
            "    HRESULT hr = joliet.SetJolietProperties(null);",
            "    // BUG: Diagnostic contains: result of IJolietDiscMaster.SetJolietProperties",
            "    probe(hr.intValue());",
            "    probe(other.intValue());",
            "    probe(other);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void localsHoldTheResultsAssignedToThem() {
    helper
        .addSourceLines(
            "Locals.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Locals {",
            "  void run(IDiscMaster master, IDiscRecorder recorder, boolean b) {",
            "    int hr = master.RecordDisc(false, true);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(hr);",
            "    hr = recorder.Eject();",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Eject",
            "    probe(hr);",
            "    long widened = hr;",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Eject",
            "    probe(widened);",
            "    Integer boxed = master.Open();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(boxed);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(boxed.intValue());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(Integer.valueOf(master.Open()));",
            "    var copy = hr;",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Eject",
            "    probe(copy);",
            "    hr = 0;",
            "    probe(hr);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLocalMergedFromTwoMethodsIsAResultOfUnknownMethod() {
    helper
        .addSourceLines(
            "Merge.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Merge {",
            "  void run(IDiscMaster master, IDiscRecorder recorder, boolean b) {",
            "    int hr;",
            "    if (b) {",
            "      hr = master.Open();",
            "    } else {",
            "      hr = recorder.Eject();",
            "    }",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(hr);",
            "    int sometimes = 0;",
            "    if (b) {",
            "      sometimes = master.Open();",
            "    }",
            "    probe(sometimes);",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(b ? master.Open() : recorder.Eject());",
            "    int chosen = b ? master.Open() : master.Open();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(chosen);",
            "    probe(b ? master.Open() : 0);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void loopsAndTryFinally() {
    helper
        .addSourceLines(
            "Loops.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Loops {",
            "  void run(IDiscMaster master, IDiscRecorder recorder) {",
            "    int hr = master.Open();",
            "    for (int i = 0; i < 3; i++) {",
            "      // BUG: Diagnostic contains: result of an unknown method",
            "      probe(hr);",
            "      hr = recorder.Eject();",
            "    }",
            "    int counter = 0;",
            "    while (counter < 3) {",
            "      probe(counter);",
            "      counter = master.Open();",
            "    }",
            "    int fin = master.Open();",
            "    try {",
            "      fin = master.RecordDisc(false, false);",
            "    } finally {",
            "      // BUG: Diagnostic contains: result of an unknown method",
            "      probe(fin);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void annotatedSourcesAndWrappers() {
    helper
        .addSourceLines(
            "Wrappers.java",
            "import static probe.Probe.probe;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "import java.util.List;",
            "class Wrappers {",
            "  @ImapiHResult int field;",
            "  int plainField;",
            "  @ImapiHResult int wrap() { return 0; }",
            "  List<@ImapiHResult Integer> history() { return List.of(); }",
            "  void run(@ImapiHResult int param, int plain) {",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(param);",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(wrap());",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(this.field);",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(field);",
            "    @ImapiHResult int local = plain;",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(local);",
            "    probe(plain);",
            "    probe(plainField);",
            "    probe(history().get(0));",
            "    Runnable r = () -> {",
            "      // BUG: Diagnostic contains: result of an unknown method",
            "      probe(wrap());",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void annotatedMembersOfClassFiles() {
    helper
        .addSourceLines(
            "FromJar.java",
            "import static probe.Probe.probe;",
            "import io.github.imapichecks.recognition.compiled.CompiledBindings;",
            "class FromJar {",
            "  void run(CompiledBindings.IDiscMaster master) {",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc",
            "    probe(master.RecordDisc(false, false));",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Close",
            "    probe(master.close());",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(CompiledBindings.burn(master));",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(CompiledBindings.lastResult);",
            "    probe(CompiledBindings.lastCount);",
            "    probe(CompiledBindings.history().get(0));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void annotationOnATypeThatCannotHoldAnHResultIsIgnored() {
    helper
        .addSourceLines(
            "BadType.java",
            "import static probe.Probe.probe;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "class BadType {",
            "  @ImapiHResult String name() { return \"\"; }",
            "  @ImapiHResult short small() { return 0; }",
            "  void run() {",
            "    probe(name());",
            "    probe(small());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void bindingTypesNamedByFlag() {
    helper
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.Burner, com.acme.Drive")
        .addSourceLines(
            "com/acme/Burner.java",
            "package com.acme;",
            "public interface Burner {",
            "  int burnDisc();",
            "  int recordDisc(boolean simulate, boolean eject);",
            "  int close();",
            "}")
        .addSourceLines(
            "com/acme/Drive.java",
            "package com.acme;",
            "public class Drive { public int eject() { return 0; } }")
        .addSourceLines(
            "com/acme/NotNamed.java",
            "package com.acme;",
            "public class NotNamed { public int eject() { return 0; } }")
        .addSourceLines(
            "Flagged.java",
            "import static probe.Probe.probe;",
            "import com.acme.*;",
            "class Flagged {",
            "  void run(Burner burner, Drive drive, NotNamed other) {",
            "    // BUG: Diagnostic contains: result of IDiscMaster.RecordDisc called as"
                + " Burner.recordDisc",
            "    probe(burner.recordDisc(false, true));",
            "    // Close is a method of IDiscMaster and of IDiscRecorder",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(burner.close());",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.Eject called as Drive.eject",
            "    probe(drive.eject());",
            "    probe(burner.burnDisc());",
            "    probe(other.eject());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void castsSwitchExpressionsAndBoxingOfOtherTypes() {
    helper
        .addSourceLines(
            "Casts.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Casts {",
            "  void run(IDiscMaster master, IDiscRecorder recorder, int choice) {",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.QueryMediaType",
            "    probe((int) recorder.queryMediaType());",
            "    int narrowed = (int) recorder.queryMediaType();",
            "    // BUG: Diagnostic contains: result of IDiscRecorder.QueryMediaType",
            "    probe(narrowed);",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe((long) master.Open());",
            "    int switched = switch (choice) {",
            "      case 0 -> master.Open();",
            "      default -> master.Open();",
            "    };",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(switched);",
            "    // Limitation: a switch expression is followed only through a variable.",
            "    probe(switch (choice) { case 0 -> master.Open(); default -> recorder.Eject(); });",
            "    probe(switch (choice) { case 0 -> master.Open(); default -> 0; });",
            "    // A Long holds a result as a long does: boxing keeps it.",
            "    Long boxedLong = Long.valueOf(master.Open());",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(boxedLong);",
            "    probe(Integer.valueOf(choice));",
            "    probe(Integer.valueOf(3).intValue());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void initializersAndMembersOfOtherObjects() {
    helper
        .addSourceLines(
            "Holder.java",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "class Holder {",
            "  @ImapiHResult int last;",
            "  int count;",
            "}")
        .addSourceLines(
            "Initializers.java",
            "import static probe.Probe.probe;",
            "import imapi.*;",
            "class Initializers {",
            "  static IDiscMaster master;",
            "  static int opened = master.Open();",
            "  static {",
            "    int hr = master.Open();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(hr);",
            "    probe(opened);",
            "  }",
            "  void run(Holder holder) {",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(holder.last);",
            "    probe(holder.count);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void onlyTheQualifierOnTheValueItselfCounts() {
    helper
        .addSourceLines(
            "Other.java",
            "import java.lang.annotation.*;",
            "@Target(ElementType.TYPE_USE) @interface Other {}")
        .addSourceLines(
            "Positions.java",
            "import static probe.Probe.probe;",
            "import io.github.imapichecks.annotations.ImapiHResult;",
            "class Positions {",
            "  @Other int other;",
            "  @ImapiHResult short small;",
            "  int parameterOnly(@ImapiHResult int hr) { return hr; }",
            "  @Other @ImapiHResult int both() { return 0; }",
            "  void run(Holder holder) {",
            "    probe(other);",
            "    probe((int) small);",
            "    probe(parameterOnly(0));",
            "    // BUG: Diagnostic contains: result of an unknown method",
            "    probe(both());",
            "  }",
            "}")
        .addSourceLines("Holder.java", "class Holder {", "  int count;", "}")
        .doTest();
  }

  @Test
  void storingInAFieldDoesNotMakeTheFieldAResult() {
    helper
        .addSourceLines(
            "Store.java",
            "import static probe.Probe.probe;",
            "import imapi.IDiscMaster;",
            "class Store {",
            "  int last;",
            "  void run(IDiscMaster master) {",
            "    int hr = last = master.Open();",
            "    // BUG: Diagnostic contains: result of IDiscMaster.Open",
            "    probe(hr);",
            "    probe(last);",
            "  }",
            "}")
        .doTest();
  }
}
