package io.github.imapichecks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the IMAPI-dense corpus: client classes whose methods call IMAPI bindings and handle the
 * results in every idiom the checks know, correct and buggy, so that every check has work in almost
 * every method. Deterministic: the same size gives the same files.
 *
 * <p>Size is counted in client classes of {@link #METHODS_PER_CLASS} methods each. Sixteen of the
 * seventeen idioms touch an IMAPI result, nine correctly and seven with bugs the checks report; the
 * last compares plain {@code int}s with numbers, as real code around the calls does.
 */
public final class DenseCorpus {
  /** Client methods per generated class. */
  public static final int METHODS_PER_CLASS = 50;

  private static final String HEADER =
      """
      package dense;

      import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
      import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;
      import static io.github.imapichecks.annotations.ImapiError.S_OK;

      import com.sun.jna.platform.win32.COM.COMUtils;
      import com.sun.jna.platform.win32.W32Errors;
      import com.sun.jna.platform.win32.WinNT.HRESULT;
      import imapi.IDiscMaster;
      import imapi.IDiscRecorder;
      import imapi.IJolietDiscMaster;
      import imapi.IRedbookDiscMaster;
      import io.github.imapichecks.annotations.ImapiError;
      import io.github.imapichecks.annotations.ImapiHResult;
      import java.util.Objects;
      import java.util.function.IntSupplier;

      /** Generated: IMAPI client code in every handling idiom. */
      public final class Client$N {
        static final int IMAPI_E_STASHINUSE = $STASH;

        private final IDiscMaster master;
        private final IDiscRecorder recorder;
        private final IJolietDiscMaster joliet;
        private final IRedbookDiscMaster redbook;
        private final imapi.jna.IDiscMaster jnaMaster;
        private final imapi.jna.IJolietDiscMaster jnaJoliet;
        private final Burner burner;
        private int counter;

        Client$N(IDiscMaster master, IDiscRecorder recorder, IJolietDiscMaster joliet,
            IRedbookDiscMaster redbook, imapi.jna.IDiscMaster jnaMaster,
            imapi.jna.IJolietDiscMaster jnaJoliet, Burner burner) {
          this.master = master;
          this.recorder = recorder;
          this.joliet = joliet;
          this.redbook = redbook;
          this.jnaMaster = jnaMaster;
          this.jnaJoliet = jnaJoliet;
          this.burner = burner;
        }
      """;

  /**
   * The idioms, one method body each; {@code %d} is the method's number. Correct handling first,
   * then the bugs the checks report.
   */
  private static final List<String> IDIOMS =
      List.of(
          // Required codes told apart, then failed().
          """
            int burn%d(boolean simulate) {
              int hr = master.RecordDisc(simulate, true);
              if (hr == IMAPI_E_USERABORT) {
                return 1;
              }
              if (hr == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) {
                return 2;
              }
              if (ImapiError.failed(hr)) {
                return -1;
              }
              return 0;
            }
          """,
          // A switch statement on the result.
          """
            int stage%d(Object storage) {
              int hr = joliet.AddData(storage, 0);
              switch (hr) {
                case IMAPI_E_DISCFULL:
                  return 2;
                case ImapiError.IMAPI_E_FILEEXISTS:
                  return 3;
                default:
                  return ImapiError.succeeded(hr) ? 0 : -1;
              }
            }
          """,
          // A switch expression on the result.
          """
            String state%d() {
              int hr = master.Open();
              return switch (hr) {
                case ImapiError.IMAPI_E_ALREADYOPEN -> "open";
                case S_OK -> "opened";
                default -> ImapiError.failed(hr) ? "failed" : "info";
              };
            }
          """,
          // JNA HRESULT: COMUtils and intValue().
          """
            boolean jnaStage%d(Object storage) {
              HRESULT hr = jnaJoliet.AddData(storage, 0);
              if (hr.intValue() == IMAPI_E_DISCFULL
                  || hr.intValue() == ImapiError.IMAPI_E_FILEEXISTS) {
                return false;
              }
              return COMUtils.SUCCEEDED(hr);
            }
          """,
          // A wrapper declared @ImapiHResult.
          """
            int wrapped%d(boolean simulate) {
              @ImapiHResult int hr = burner.burn(simulate);
              counter++;
              return ImapiError.succeeded(hr) ? counter : -counter;
            }
          """,
          // A conditional expression choosing between two calls.
          """
            boolean either%d(boolean open) {
              int hr = open ? master.Open() : master.Close();
              return hr >= 0;
            }
          """,
          // A retry loop.
          """
            int retry%d(IDiscRecorder drive) {
              int hr = 0;
              for (int attempt = 0; attempt < 3; attempt++) {
                hr = master.SetActiveDiscRecorder(drive);
                if (hr != ImapiError.IMAPI_E_STASHINUSE) {
                  break;
                }
              }
              if (hr == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) {
                return 1;
              }
              return ImapiError.failed(hr) ? -1 : 0;
            }
          """,
          // A lambda and a boxed result.
          """
            boolean lazy%d() {
              IntSupplier call = () -> recorder.Eject();
              Integer boxed = call.getAsInt();
              return boxed >= 0 && Objects.equals(boxed, ImapiError.S_FALSE);
            }
          """,
          // Eject checked inline, then the JNA master.
          """
            void close%d() {
              if (ImapiError.failed(recorder.Eject())) {
                counter++;
              }
              HRESULT hr = jnaMaster.Close();
              if (COMUtils.FAILED(hr)) {
                counter--;
              }
            }
          """,
          // Bug: success decided by == S_OK.
          """
            boolean setProperties%d(Object properties) {
              int hr = recorder.SetRecorderProperties(properties);
              if (hr != S_OK) {
                return false;
              }
              return true;
            }
          """,
          // Bug: equals(S_OK) on a JNA HRESULT.
          """
            boolean jnaProperties%d(Object properties) {
              HRESULT hr = jnaJoliet.SetJolietProperties(properties);
              return hr.equals(W32Errors.S_OK);
            }
          """,
          // Bug: a number copied from the header.
          """
            boolean full%d(Object storage) {
              int hr = joliet.AddData(storage, 1);
              return hr == 0x8004021C;
            }
          """,
          // Bug: a value no IMAPI call returns.
          """
            boolean busy%d(IDiscRecorder drive) {
              int hr = master.SetActiveDiscRecorder(drive);
              return hr == 0x80040299 || hr == IMAPI_E_STASHINUSE;
            }
          """,
          // Bug: arithmetic on a result; the long-returning binding.
          """
            long media%d() {
              long hr = recorder.QueryMediaType();
              int next = redbook.CreateAudioTrack(4) + 1;
              return hr == 0x8004020AL ? next : hr;
            }
          """,
          // Bug: a dropped result.
          """
            void eject%d() {
              recorder.Eject();
              counter++;
            }
          """,
          // Bug: a burn whose required codes are not told apart.
          """
            boolean quickBurn%d(boolean simulate) {
              int hr = master.RecordDisc(simulate, true);
              return ImapiError.succeeded(hr);
            }
          """,
          // Unrelated code: plain ints compared with numbers.
          """
            int plain%d(int[] values) {
              int total = 0;
              for (int value : values) {
                if (value == 0x8004021C || value > 42) {
                  total += value;
                }
              }
              return total == 0 ? -1 : total;
            }
          """);

  /** The idioms without the bugs: the corpus a clean code base looks like, with no finding. */
  private static final List<String> CORRECT_IDIOMS =
      Stream.concat(IDIOMS.subList(0, 9).stream(), IDIOMS.subList(16, IDIOMS.size()).stream())
          .toList();

  private DenseCorpus() {}

  /** Writes the bindings and {@code classes} client classes under {@code root}. */
  public static void write(Path root, int classes) throws IOException {
    write(root, classes, true);
  }

  /**
   * Writes the bindings and {@code classes} client classes under {@code root}; without the buggy
   * idioms if {@code withBugs} is false.
   */
  public static void write(Path root, int classes, boolean withBugs) throws IOException {
    write(root.resolve("imapi/IDiscMaster.java"), BINDINGS_MASTER);
    write(root.resolve("imapi/IDiscRecorder.java"), BINDINGS_RECORDER);
    write(root.resolve("imapi/IJolietDiscMaster.java"), BINDINGS_JOLIET);
    write(root.resolve("imapi/IRedbookDiscMaster.java"), BINDINGS_REDBOOK);
    write(root.resolve("imapi/jna/IDiscMaster.java"), JNA_MASTER);
    write(root.resolve("imapi/jna/IJolietDiscMaster.java"), JNA_JOLIET);
    write(root.resolve("dense/Burner.java"), BURNER);
    for (int c = 0; c < classes; c++) {
      write(root.resolve("dense/Client" + c + ".java"), client(c, withBugs));
    }
  }

  /** The source of client class number {@code c}. */
  static String client(int c) {
    return client(c, true);
  }

  static String client(int c, boolean withBugs) {
    StringBuilder source = new StringBuilder();
    // One class in four misdefines its constant (0x80040225 is IMAPI_E_STASHINUSE's value).
    source.append(
        HEADER
            .replace("$N", Integer.toString(c))
            .replace("$STASH", withBugs && c % 4 == 0 ? "0x80040212" : "0x80040225"));
    List<String> idioms = withBugs ? IDIOMS : CORRECT_IDIOMS;
    for (int m = 0; m < METHODS_PER_CLASS; m++) {
      String idiom = idioms.get((c * METHODS_PER_CLASS + m) % idioms.size());
      source.append('\n').append(idiom.formatted(m));
    }
    return source.append("}\n").toString();
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static final String BINDINGS_MASTER =
      """
      package imapi;

      /** IDiscMaster, int-returning, as hand-written COM bindings declare it. */
      public interface IDiscMaster {
        int Open();

        int SetActiveDiscRecorder(IDiscRecorder recorder);

        int RecordDisc(boolean simulate, boolean ejectAfterBurn);

        int Close();
      }
      """;

  static final String BINDINGS_RECORDER =
      """
      package imapi;

      /** IDiscRecorder, int-returning; QueryMediaType as a long. */
      public interface IDiscRecorder {
        int SetRecorderProperties(Object properties);

        long QueryMediaType();

        int Eject();
      }
      """;

  private static final String BINDINGS_JOLIET =
      """
      package imapi;

      /** IJolietDiscMaster, int-returning. */
      public interface IJolietDiscMaster {
        int AddData(Object storage, int overwrite);

        int SetJolietProperties(Object properties);
      }
      """;

  private static final String BINDINGS_REDBOOK =
      """
      package imapi;

      /** IRedbookDiscMaster, int-returning. */
      public interface IRedbookDiscMaster {
        int CreateAudioTrack(int blocks);
      }
      """;

  private static final String JNA_MASTER =
      """
      package imapi.jna;

      import com.sun.jna.platform.win32.WinNT.HRESULT;

      /** IDiscMaster as JNA COM bindings declare it. */
      public interface IDiscMaster {
        HRESULT Open();

        HRESULT Close();
      }
      """;

  private static final String JNA_JOLIET =
      """
      package imapi.jna;

      import com.sun.jna.platform.win32.WinNT.HRESULT;

      /** IJolietDiscMaster as JNA COM bindings declare it. */
      public interface IJolietDiscMaster {
        HRESULT AddData(Object storage, int overwrite);

        HRESULT SetJolietProperties(Object properties);
      }
      """;

  private static final String BURNER =
      """
      package dense;

      import imapi.IDiscMaster;
      import io.github.imapichecks.annotations.ImapiHResult;

      /** The application's own wrapper, which passes the IMAPI result on. */
      public final class Burner {
        private final IDiscMaster master;

        public Burner(IDiscMaster master) {
          this.master = master;
        }

        public @ImapiHResult int burn(boolean simulate) {
          return master.RecordDisc(simulate, true);
        }
      }
      """;
}
