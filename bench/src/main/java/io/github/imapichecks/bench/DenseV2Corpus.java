package io.github.imapichecks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the IMAPI v2 dense corpus: client classes whose methods call IMAPI v2 through the four
 * binding styles the checks know, vtable bindings that return the HRESULT ({@code imapi2}), com4j
 * ({@code imapi2.com4j}), JNA's {@code @ComInterface} proxies ({@code imapi2.jna}) and JACOB's late
 * binding, and handle the results or the exceptions in every idiom, correct and buggy, cycled as
 * {@link DenseCorpus} cycles its IMAPI v1 idioms. Deterministic: the same size gives the same
 * files.
 *
 * <p>Size is counted in client classes of {@link DenseCorpus#METHODS_PER_CLASS} methods each. Of
 * the 29 idioms, twelve handle an IMAPI v2 result or failure correctly, sixteen have bugs the
 * checks report (each idiom's findings are documented with it, and {@link #expectedFindings} adds
 * them up), and the last compares plain {@code int}s with numbers. One class in four of the buggy
 * corpus misdefines its {@code E_IMAPI_RECORDER_LOCKED} constant.
 */
public final class DenseV2Corpus {
  private static final String MISSING = "ImapiMissingResultCode";
  private static final String LITERAL = "ImapiResultComparedToLiteral";
  private static final String IGNORED = "ImapiResultIgnored";
  private static final String SUCCESS_INFO = "ImapiSuccessInfoAsFailure";
  private static final String UNKNOWN = "ImapiUnknownResultCode";
  private static final String MISUSE = "ImapiHResultMisuse";
  private static final String MISDEFINED = "ImapiMisdefinedConstant";

  private static final String HEADER =
      """
      package densev2;

      import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;
      import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
      import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
      import static io.github.imapichecks.annotations.ImapiError.S_OK;

      import com.jacob.activeX.ActiveXComponent;
      import com.jacob.com.ComFailException;
      import com.jacob.com.Dispatch;
      import com.sun.jna.platform.win32.COM.COMException;
      import com.sun.jna.platform.win32.COM.COMUtils;
      import com.sun.jna.platform.win32.WinNT.HRESULT;
      import com.sun.jna.ptr.IntByReference;
      import com4j.ComException;
      import imapi2.IDiscFormat2Data;
      import imapi2.IDiscFormat2Erase;
      import imapi2.IDiscRecorder2;
      import io.github.imapichecks.annotations.Imapi2Error;
      import io.github.imapichecks.annotations.ImapiError;

      /** Generated: IMAPI v2 client code in every handling idiom, through four bindings. */
      public final class Client$N {
        static final String CLIENT_NAME = "DenseBurner";
        static final int E_IMAPI_RECORDER_LOCKED = $LOCKED;

        private final IDiscFormat2Data format;
        private final IDiscFormat2Erase eraser;
        private final IDiscRecorder2 recorder;
        private final imapi2.com4j.IDiscFormat2Data com4jFormat;
        private final imapi2.com4j.IDiscFormat2Erase com4jEraser;
        private final imapi2.com4j.IDiscRecorder2 com4jRecorder;
        private final imapi2.jna.IDiscFormat2Data jnaFormat;
        private final imapi2.jna.IDiscRecorder2 jnaRecorder;
        private int counter;

        Client$N(IDiscFormat2Data format, IDiscFormat2Erase eraser, IDiscRecorder2 recorder,
            imapi2.com4j.IDiscFormat2Data com4jFormat, imapi2.com4j.IDiscFormat2Erase com4jEraser,
            imapi2.com4j.IDiscRecorder2 com4jRecorder, imapi2.jna.IDiscFormat2Data jnaFormat,
            imapi2.jna.IDiscRecorder2 jnaRecorder) {
          this.format = format;
          this.eraser = eraser;
          this.recorder = recorder;
          this.com4jFormat = com4jFormat;
          this.com4jEraser = com4jEraser;
          this.com4jRecorder = com4jRecorder;
          this.jnaFormat = jnaFormat;
          this.jnaRecorder = jnaRecorder;
        }
      """;

  /**
   * One method body, {@code %d} its number, and the findings the checks report in it, by check.
   *
   * @param readsClassConstant whether it compares with the class's own {@code
   *     E_IMAPI_RECORDER_LOCKED}, which draws one {@code ImapiUnknownResultCode} more where that
   *     constant is misdefined
   */
  record Idiom(String source, Map<String, Integer> findings, boolean readsClassConstant) {
    static Idiom correct(String source) {
      return new Idiom(source, Map.of(), false);
    }

    static Idiom buggy(String source, Map<String, Integer> findings) {
      return new Idiom(source, findings, false);
    }
  }

  /** The correct idioms: required codes told apart, failures rethrown or wrapped. */
  private static final List<Idiom> CORRECT =
      List.of(
          // Vtable: Write's required codes told apart, then COMUtils.FAILED.
          Idiom.correct(
              """
                int write%d(Object stream) {
                  HRESULT hr = format.Write(stream);
                  if (hr.intValue() == E_IMAPI_REQUEST_CANCELLED) {
                    return 1;
                  }
                  if (hr.intValue() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
                    return 2;
                  }
                  return COMUtils.FAILED(hr) ? -1 : 0;
                }
              """),
          // Vtable: a switch statement on EraseMedia's int.
          Idiom.correct(
              """
                String erase%d() {
                  int hr = eraser.EraseMedia();
                  switch (hr) {
                    case E_IMAPI_RECORDER_MEDIA_NO_MEDIA:
                      return "no disc";
                    case E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED:
                      return "not rewritable";
                    default:
                      return ImapiError.failed(hr) ? "failed" : "erased";
                  }
                }
              """),
          // Vtable: the drive locked by another client told apart; the release checked inline.
          Idiom.correct(
              """
                boolean lock%d() {
                  int hr = recorder.AcquireExclusiveAccess(false, CLIENT_NAME);
                  if (hr == Imapi2Error.E_IMAPI_RECORDER_LOCKED || ImapiError.failed(hr)) {
                    return false;
                  }
                  counter++;
                  return ImapiError.succeeded(recorder.ReleaseExclusiveAccess());
                }
              """),
          // Vtable: SetWriteSpeed's success codes in a switch, the speed read back.
          Idiom.correct(
              """
                int speed%d(int sectorsPerSecond) {
                  HRESULT hr = format.SetWriteSpeed(sectorsPerSecond, false);
                  switch (hr.intValue()) {
                    case Imapi2Error.S_IMAPI_SPEEDADJUSTED, Imapi2Error.S_IMAPI_ROTATIONADJUSTED,
                        Imapi2Error.S_IMAPI_BOTHADJUSTED -> {
                      IntByReference current = new IntByReference();
                      HRESULT read = format.get_CurrentWriteSpeed(current);
                      return COMUtils.SUCCEEDED(read) ? current.getValue() : -1;
                    }
                    default -> {
                      return COMUtils.FAILED(hr) ? -1 : sectorsPerSecond;
                    }
                  }
                }
              """),
          // com4j: a switch on getHRESULT(), the rest rethrown.
          Idiom.correct(
              """
                int com4jWrite%d(Object stream) {
                  try {
                    com4jFormat.write(stream);
                    return 0;
                  } catch (ComException e) {
                    switch (e.getHRESULT()) {
                      case E_IMAPI_REQUEST_CANCELLED:
                        return 1;
                      case E_IMAPI_RECORDER_MEDIA_NO_MEDIA:
                        return 2;
                      default:
                        throw e;
                    }
                  }
                }
              """),
          // com4j: the speed the drive chose read back, as the dropped success codes require.
          Idiom.correct(
              """
                int com4jSpeed%d(int sectorsPerSecond) {
                  com4jFormat.setWriteSpeed(sectorsPerSecond, false);
                  int current = com4jFormat.getCurrentWriteSpeed();
                  return current == sectorsPerSecond ? 0 : current;
                }
              """),
          // com4j: the erase's codes told apart, the rest wrapped.
          Idiom.correct(
              """
                boolean com4jErase%d() {
                  try {
                    com4jEraser.eraseMedia();
                    return true;
                  } catch (ComException e) {
                    if (e.getHRESULT() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA
                        || e.getHRESULT() == E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED) {
                      return false;
                    }
                    throw new IllegalStateException("erasing the disc", e);
                  }
                }
              """),
          // com4j: every failure wrapped, for the caller to tell apart.
          Idiom.correct(
              """
                void com4jLock%d() {
                  try {
                    com4jRecorder.acquireExclusiveAccess(false, CLIENT_NAME);
                  } catch (ComException e) {
                    throw new IllegalStateException("locking the drive", e);
                  }
                }
              """),
          // JNA proxy: matchesErrorCode, the rest wrapped.
          Idiom.correct(
              """
                int jnaWrite%d(Object stream) {
                  try {
                    jnaFormat.Write(stream);
                    return 0;
                  } catch (COMException e) {
                    if (e.matchesErrorCode(E_IMAPI_REQUEST_CANCELLED)) {
                      return 1;
                    }
                    if (e.matchesErrorCode(E_IMAPI_RECORDER_MEDIA_NO_MEDIA)) {
                      return 2;
                    }
                    throw new IllegalStateException("burning", e);
                  }
                }
              """),
          // JNA proxy: the lock's code told apart, the rest rethrown.
          Idiom.correct(
              """
                boolean jnaLock%d() {
                  try {
                    jnaRecorder.AcquireExclusiveAccess(false, CLIENT_NAME);
                    return true;
                  } catch (COMException e) {
                    if (e.matchesErrorCode(Imapi2Error.E_IMAPI_RECORDER_LOCKED)) {
                      return false;
                    }
                    throw e;
                  }
                }
              """),
          // JACOB: Dispatch.call on an object made from the ProgID, a switch on getHResult().
          Idiom.correct(
              """
                int jacobWrite%d(Object stream) {
                  ActiveXComponent writer = new ActiveXComponent("IMAPI2.MsftDiscFormat2Data");
                  try {
                    Dispatch.call(writer, "Write", stream);
                    return 0;
                  } catch (ComFailException e) {
                    switch (e.getHResult()) {
                      case E_IMAPI_REQUEST_CANCELLED:
                        return 1;
                      case E_IMAPI_RECORDER_MEDIA_NO_MEDIA:
                        return 2;
                      default:
                        throw e;
                    }
                  }
                }
              """),
          // JACOB: the instance form, the code in a local.
          Idiom.correct(
              """
                boolean jacobErase%d() {
                  ActiveXComponent eraser = new ActiveXComponent("IMAPI2.MsftDiscFormat2Erase");
                  try {
                    eraser.invoke("EraseMedia");
                    return true;
                  } catch (ComFailException e) {
                    int hr = e.getHResult();
                    if (hr == E_IMAPI_RECORDER_MEDIA_NO_MEDIA
                        || hr == E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED) {
                      return false;
                    }
                    throw new IllegalStateException("erasing the disc", e);
                  }
                }
              """));

  /** The buggy idioms, each with the findings it draws. */
  private static final List<Idiom> BUGGY =
      List.of(
          // Vtable: E_IMAPI_REQUEST_CANCELLED as a number.
          Idiom.buggy(
              """
                boolean cancelled%d(Object stream) {
                  HRESULT hr = format.Write(stream);
                  if (hr.intValue() == 0xC0AA0002) {
                    return true;
                  }
                  return hr.intValue() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA || COMUtils.FAILED(hr);
                }
              """,
              Map.of(LITERAL, 1)),
          // Vtable: success decided by == S_OK, the adjusted speed not told apart.
          Idiom.buggy(
              """
                boolean exactSpeed%d(int sectorsPerSecond) {
                  HRESULT hr = format.SetWriteSpeed(sectorsPerSecond, false);
                  return hr.intValue() == S_OK;
                }
              """,
              Map.of(SUCCESS_INFO, 1, MISSING, 1)),
          // Vtable: failure decided by != S_OK.
          Idiom.buggy(
              """
                boolean forceLock%d() {
                  int hr = recorder.AcquireExclusiveAccess(true, CLIENT_NAME);
                  return hr == Imapi2Error.E_IMAPI_RECORDER_LOCKED || hr != S_OK;
                }
              """,
              Map.of(SUCCESS_INFO, 1)),
          // Vtable: a dropped result.
          Idiom.buggy(
              """
                void wipe%d() {
                  eraser.EraseMedia();
                  counter++;
                }
              """,
              Map.of(IGNORED, 1)),
          // Vtable: a cancelled burn not told apart from a failure.
          Idiom.buggy(
              """
                boolean burnOnce%d(Object stream) {
                  HRESULT hr = format.Write(stream);
                  if (hr.intValue() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
                    return false;
                  }
                  return COMUtils.SUCCEEDED(hr);
                }
              """,
              Map.of(MISSING, 1)),
          // Vtable: IMAPI v1's no-disc code, which v2 never returns, so no-disc is not told apart.
          Idiom.buggy(
              """
                int ported%d(Object stream) {
                  HRESULT hr = format.Write(stream);
                  if (hr.intValue() == E_IMAPI_REQUEST_CANCELLED) {
                    return 1;
                  }
                  if (hr.intValue() == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) {
                    return 2;
                  }
                  return COMUtils.FAILED(hr) ? -1 : 0;
                }
              """,
              Map.of(UNKNOWN, 1, MISSING, 1)),
          // Vtable: arithmetic on a result.
          Idiom.buggy(
              """
                int lockCode%d() {
                  int hr = recorder.AcquireExclusiveAccess(false, CLIENT_NAME);
                  if (hr == Imapi2Error.E_IMAPI_RECORDER_LOCKED) {
                    return 1;
                  }
                  return ImapiError.failed(hr) ? hr + 1 : 0;
                }
              """,
              Map.of(MISUSE, 1)),
          // com4j: a catch-all that prints a fixed text.
          Idiom.buggy(
              """
                void com4jTry%d(Object stream) {
                  try {
                    com4jFormat.write(stream);
                  } catch (Exception e) {
                    System.out.println("Write is not possible to this disc");
                  }
                }
              """,
              Map.of(MISSING, 1)),
          // com4j: E_IMAPI_REQUEST_CANCELLED as a number.
          Idiom.buggy(
              """
                int com4jCancelled%d(Object stream) {
                  try {
                    com4jFormat.write(stream);
                    return 0;
                  } catch (ComException e) {
                    if (e.getHRESULT() == 0xC0AA0002) {
                      return 1;
                    }
                    if (e.getHRESULT() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
                      return 2;
                    }
                    throw e;
                  }
                }
              """,
              Map.of(LITERAL, 1)),
          // com4j: an empty catch.
          Idiom.buggy(
              """
                void com4jWipe%d() {
                  try {
                    com4jEraser.eraseMedia();
                  } catch (ComException e) {
                  }
                }
              """,
              Map.of(IGNORED, 1)),
          // com4j: the speed set, never read back.
          Idiom.buggy(
              """
                void com4jFast%d(int sectorsPerSecond) {
                  com4jFormat.setWriteSpeed(sectorsPerSecond, false);
                  counter = sectorsPerSecond;
                }
              """,
              Map.of(MISSING, 1)),
          // com4j: E_IMAPI_RECORDER_LOCKED as a number, beside the class's own constant.
          new Idiom(
              """
                boolean com4jBusy%d() {
                  try {
                    com4jRecorder.acquireExclusiveAccess(false, CLIENT_NAME);
                    return true;
                  } catch (ComException e) {
                    if (e.getHRESULT() == 0xC0AA0210 || e.getHRESULT() == E_IMAPI_RECORDER_LOCKED) {
                      return false;
                    }
                    throw e;
                  }
                }
              """,
              Map.of(LITERAL, 1), true),
          // JNA proxy: an empty catch.
          Idiom.buggy(
              """
                void jnaTry%d(Object stream) {
                  try {
                    jnaFormat.Write(stream);
                  } catch (COMException e) {
                    // Nothing to do.
                  }
                }
              """,
              Map.of(IGNORED, 1)),
          // JNA proxy: E_IMAPI_RECORDER_LOCKED as a number.
          Idiom.buggy(
              """
                boolean jnaBusy%d() {
                  try {
                    jnaRecorder.AcquireExclusiveAccess(false, CLIENT_NAME);
                    return true;
                  } catch (COMException e) {
                    if (e.matchesErrorCode(0xC0AA0210)) {
                      return false;
                    }
                    throw e;
                  }
                }
              """,
              Map.of(LITERAL, 1)),
          // JACOB: E_IMAPI_REQUEST_CANCELLED as a number.
          Idiom.buggy(
              """
                int jacobCancelled%d(Object stream) {
                  ActiveXComponent writer = new ActiveXComponent("IMAPI2.MsftDiscFormat2Data");
                  try {
                    Dispatch.call(writer, "Write", stream);
                    return 0;
                  } catch (ComFailException e) {
                    if (e.getHResult() == 0xC0AA0002) {
                      return 1;
                    }
                    if (e.getHResult() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
                      return 2;
                    }
                    throw e;
                  }
                }
              """,
              Map.of(LITERAL, 1)),
          // JACOB: a catch-all that prints a fixed text.
          Idiom.buggy(
              """
                void jacobTry%d() {
                  ActiveXComponent eraser = new ActiveXComponent("IMAPI2.MsftDiscFormat2Erase");
                  try {
                    eraser.invoke("EraseMedia");
                  } catch (Exception e) {
                    System.out.println("Erase failed");
                  }
                }
              """,
              Map.of(MISSING, 1)));

  /** Unrelated code: plain ints compared with numbers, one of them an IMAPI v2 code's value. */
  private static final Idiom PLAIN =
      Idiom.correct(
          """
            int plain%d(int[] values) {
              int total = 0;
              for (int value : values) {
                if (value == 0xC0AA0002 || value > 42) {
                  total += value;
                }
              }
              return total == 0 ? -1 : total;
            }
          """);

  /** Every idiom: the correct ones, the buggy ones, the unrelated one. */
  private static final List<Idiom> IDIOMS = concat(CORRECT, BUGGY, List.of(PLAIN));

  /** The idioms without the bugs: the corpus a clean code base looks like, with no finding. */
  private static final List<Idiom> CORRECT_IDIOMS = concat(CORRECT, List.of(PLAIN));

  /** E_IMAPI_RECORDER_LOCKED's value, and the 0x80AA.. one a port from IMAPI v1 might write. */
  private static final String LOCKED = "0xC0AA0210";

  private static final String LOCKED_MISDEFINED = "0x80AA0210";

  private DenseV2Corpus() {}

  /**
   * Writes the bindings and {@code classes} client classes under {@code root}; without the buggy
   * idioms, and with every constant right, if {@code withBugs} is false.
   */
  public static void write(Path root, int classes, boolean withBugs) throws IOException {
    for (Map.Entry<String, String> binding : BINDINGS.entrySet()) {
      write(root.resolve(binding.getKey()), binding.getValue());
    }
    for (int c = 0; c < classes; c++) {
      write(root.resolve("densev2/Client" + c + ".java"), client(c, withBugs));
    }
  }

  /** The source of client class number {@code c}. */
  static String client(int c, boolean withBugs) {
    StringBuilder source = new StringBuilder();
    source.append(
        HEADER
            .replace("$N", Integer.toString(c))
            .replace("$LOCKED", misdefines(c, withBugs) ? LOCKED_MISDEFINED : LOCKED));
    for (int m = 0; m < DenseCorpus.METHODS_PER_CLASS; m++) {
      source.append('\n').append(idiom(c, m, withBugs).source().formatted(m));
    }
    return source.append("}\n").toString();
  }

  /**
   * The findings the checks report, by check, in a corpus of {@code classes} client classes: those
   * of each method's idiom, and in each class that misdefines its constant the constant's own and
   * one for each comparison with it.
   */
  static Map<String, Long> expectedFindings(int classes, boolean withBugs) {
    Map<String, Long> findings = new TreeMap<>();
    for (int c = 0; c < classes; c++) {
      boolean misdefined = misdefines(c, withBugs);
      if (misdefined) {
        findings.merge(MISDEFINED, 1L, Long::sum);
      }
      for (int m = 0; m < DenseCorpus.METHODS_PER_CLASS; m++) {
        Idiom idiom = idiom(c, m, withBugs);
        idiom.findings().forEach((check, count) -> findings.merge(check, (long) count, Long::sum));
        if (misdefined && idiom.readsClassConstant()) {
          findings.merge(UNKNOWN, 1L, Long::sum);
        }
      }
    }
    return findings;
  }

  /** One class in four of the buggy corpus misdefines E_IMAPI_RECORDER_LOCKED. */
  private static boolean misdefines(int c, boolean withBugs) {
    return withBugs && c % 4 == 0;
  }

  private static Idiom idiom(int c, int m, boolean withBugs) {
    List<Idiom> idioms = withBugs ? IDIOMS : CORRECT_IDIOMS;
    return idioms.get((c * DenseCorpus.METHODS_PER_CLASS + m) % idioms.size());
  }

  @SafeVarargs
  private static List<Idiom> concat(List<Idiom>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** The bindings, by path: each interface in the three typed styles (JACOB needs none). */
  private static final Map<String, String> BINDINGS =
      new TreeMap<>(
          Map.of(
              "imapi2/IDiscFormat2Data.java",
              """
              package imapi2;

              import com.sun.jna.platform.win32.WinNT.HRESULT;
              import com.sun.jna.ptr.IntByReference;

              /** IDiscFormat2Data as vtable bindings declare it: each method returns JNA's HRESULT. */
              public interface IDiscFormat2Data {
                HRESULT Write(Object data);

                HRESULT SetWriteSpeed(int requestedSectorsPerSecond, boolean rotationTypeIsPureCAV);

                HRESULT get_CurrentWriteSpeed(IntByReference value);
              }
              """,
              "imapi2/IDiscFormat2Erase.java",
              """
              package imapi2;

              /** IDiscFormat2Erase, int-returning. */
              public interface IDiscFormat2Erase {
                int EraseMedia();
              }
              """,
              "imapi2/IDiscRecorder2.java",
              """
              package imapi2;

              /** IDiscRecorder2, int-returning. */
              public interface IDiscRecorder2 {
                int AcquireExclusiveAccess(boolean force, String clientName);

                int ReleaseExclusiveAccess();
              }
              """,
              "imapi2/com4j/IDiscFormat2Data.java",
              """
              package imapi2.com4j;

              import com4j.Com4jObject;

              /** IDiscFormat2Data as com4j's tlbimp generates it: a failure throws ComException. */
              public interface IDiscFormat2Data extends Com4jObject {
                void write(Object data);

                void setWriteSpeed(int requestedSectorsPerSecond, boolean rotationTypeIsPureCAV);

                int getCurrentWriteSpeed();
              }
              """,
              "imapi2/com4j/IDiscFormat2Erase.java",
              """
              package imapi2.com4j;

              import com4j.Com4jObject;

              /** IDiscFormat2Erase as com4j's tlbimp generates it. */
              public interface IDiscFormat2Erase extends Com4jObject {
                void eraseMedia();
              }
              """,
              "imapi2/com4j/IDiscRecorder2.java",
              """
              package imapi2.com4j;

              import com4j.Com4jObject;

              /** IDiscRecorder2 as com4j's tlbimp generates it. */
              public interface IDiscRecorder2 extends Com4jObject {
                void acquireExclusiveAccess(boolean force, String clientName);
              }
              """,
              "imapi2/jna/IDiscFormat2Data.java",
              """
              package imapi2.jna;

              import com.sun.jna.platform.win32.COM.util.IUnknown;
              import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;
              import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;

              /** IDiscFormat2Data as a JNA COM proxy: a failure throws COMException. */
              @ComInterface(iid = "{27354153-9F64-5B0F-8F00-5D77AFBE261E}")
              public interface IDiscFormat2Data extends IUnknown {
                @ComMethod(name = "Write", dispId = 0x200)
                void Write(Object data);
              }
              """,
              "imapi2/jna/IDiscRecorder2.java",
              """
              package imapi2.jna;

              import com.sun.jna.platform.win32.COM.util.IUnknown;
              import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;
              import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;

              /** IDiscRecorder2 as a JNA COM proxy. */
              @ComInterface(iid = "{27354133-7F64-5B0F-8F00-5D77AFBE261E}")
              public interface IDiscRecorder2 extends IUnknown {
                @ComMethod(name = "AcquireExclusiveAccess", dispId = 0x102)
                void AcquireExclusiveAccess(Boolean force, String clientName);
              }
              """));
}
