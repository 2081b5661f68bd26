package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.S_FALSE;

import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IDiscRecorder;
import com.example.burner.imapi.IEnumDiscRecorders;
import io.github.imapichecks.annotations.ImapiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists the machine's CD recorders and picks the one to burn with. */
public final class RecorderChooser {
  private RecorderChooser() {}

  /** Every CD recorder IMAPI knows, in IMAPI's order. */
  public static List<Recorder> list(IDiscMaster master) throws BurnException {
    IEnumDiscRecorders[] enumerator = new IEnumDiscRecorders[1];
    int hr = master.EnumDiscRecorders(enumerator);
    if (ImapiError.failed(hr)) {
      throw new BurnException("listing the recorders", hr);
    }
    List<Recorder> recorders = new ArrayList<>();
    IDiscRecorder[] next = new IDiscRecorder[1];
    int[] fetched = new int[1];
    while (true) {
      int more = enumerator[0].Next(1, next, fetched);
      if (ImapiError.failed(more)) {
        throw new BurnException("listing the recorders", more);
      }
      if (more == S_FALSE || fetched[0] == 0) {
        return recorders;
      }
      recorders.add(describe(next[0]));
    }
  }

  /**
   * The recorder at {@code preferredPath} if there is one, else the first CD-RW drive, else the
   * first drive.
   */
  public static Optional<Recorder> choose(List<Recorder> recorders, String preferredPath) {
    return recorders.stream()
        .filter(recorder -> recorder.path().equals(preferredPath))
        .findFirst()
        .or(() -> recorders.stream().filter(Recorder::rewritable).findFirst())
        .or(() -> recorders.stream().findFirst());
  }

  private static Recorder describe(IDiscRecorder recorder) throws BurnException {
    String[] path = new String[1];
    int hr = recorder.GetPath(path);
    if (ImapiError.failed(hr)) {
      throw new BurnException("reading a recorder's device path", hr);
    }
    String[] vendor = new String[1];
    String[] product = new String[1];
    String[] revision = new String[1];
    int names = recorder.GetDisplayNames(vendor, product, revision);
    String displayName = ImapiError.failed(names) ? path[0] : (vendor[0] + " " + product[0]).trim();
    int[] type = new int[1];
    int typed = recorder.GetRecorderType(type);
    if (ImapiError.failed(typed)) {
      throw new BurnException("reading the type of " + displayName, typed);
    }
    return new Recorder(
        recorder, path[0], displayName, (type[0] & IDiscRecorder.RECORDER_CDRW) != 0);
  }
}
