package com.example.burner.v2;

import static io.github.imapichecks.annotations.ImapiError.E_INVALIDARG;

import com.example.burner.BurnException;
import com.example.burner.v2.imapi2.IDiscMaster2;
import com.example.burner.v2.imapi2.IDiscRecorder2;
import io.github.imapichecks.annotations.ImapiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Lists the machine's optical drives through IMAPI v2 and picks the one to burn with. */
public final class DriveChooser {
  private static final Logger log = Logger.getLogger(DriveChooser.class.getName());

  private DriveChooser() {}

  /** Every drive IMAPI v2 can use, in its order; none on a machine where it can use none. */
  public static List<Drive> list(ComBridge bridge) throws BurnException {
    IDiscMaster2 master = bridge.discMaster();
    boolean[] supported = new boolean[1];
    int hr = master.get_IsSupportedEnvironment(supported);
    if (ImapiError.failed(hr)) {
      throw new BurnException("asking whether this machine can burn discs", hr);
    }
    if (!supported[0]) {
      return List.of();
    }
    int[] count = new int[1];
    hr = master.get_Count(count);
    if (ImapiError.failed(hr)) {
      throw new BurnException("counting the drives", hr);
    }
    List<Drive> drives = new ArrayList<>();
    for (int index = 0; index < count[0]; index++) {
      String[] id = new String[1];
      int item = master.get_Item(index, id);
      if (item == E_INVALIDARG) {
        // A drive was unplugged since get_Count: the list is shorter now.
        break;
      }
      if (ImapiError.failed(item)) {
        throw new BurnException("listing the drives", item);
      }
      IDiscRecorder2 recorder = bridge.newRecorder();
      int bound = recorder.InitializeDiscRecorder(id[0]);
      if (ImapiError.failed(bound)) {
        log.warning("left out drive " + id[0] + ": " + ImapiError.describe(bound));
        continue;
      }
      drives.add(new Drive(recorder, id[0], displayName(recorder, id[0])));
    }
    return drives;
  }

  /** The drive with {@code preferredId} if there is one, else the first drive. */
  public static Optional<Drive> choose(List<Drive> drives, String preferredId) {
    return drives.stream()
        .filter(drive -> drive.uniqueId().equals(preferredId))
        .findFirst()
        .or(() -> drives.stream().findFirst());
  }

  private static String displayName(IDiscRecorder2 recorder, String id) {
    String[] vendor = new String[1];
    String[] product = new String[1];
    int vendorRead = recorder.get_VendorId(vendor);
    int productRead = recorder.get_ProductId(product);
    if (ImapiError.failed(vendorRead) || ImapiError.failed(productRead)) {
      return id;
    }
    return (vendor[0].trim() + " " + product[0].trim()).trim();
  }
}
