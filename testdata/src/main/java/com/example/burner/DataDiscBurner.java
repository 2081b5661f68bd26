package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_ALREADYOPEN;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_FILEEXISTS;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_STASHINUSE;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;

import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IJolietDiscMaster;
import com.example.burner.imapi.IPropertyStorage;
import com.example.burner.imapi.IStorage;
import com.example.burner.imapi.ImapiIds;
import io.github.imapichecks.annotations.ImapiError;
import java.util.logging.Logger;

/**
 * Burns a data disc with IMAPI v1: opens the disc master, picks the recorder, stages the file trees
 * with a Joliet file system, sets the volume name and write speed, burns with progress and cancel,
 * and closes the disc master again. Every IMAPI result is checked, and the codes each call is
 * documented to return for a reason the user must hear of are told apart from plain failures.
 */
public final class DataDiscBurner {
  private static final Logger log = Logger.getLogger(DataDiscBurner.class.getName());

  /** How often to ask again while another program holds IMAPI's stash file. */
  private static final int STASH_ATTEMPTS = 3;

  private static final long STASH_WAIT_MILLIS = 2_000;

  private final IDiscMaster master;
  private final BurnListener listener;

  public DataDiscBurner(IDiscMaster master, BurnListener listener) {
    this.master = master;
    this.listener = listener;
  }

  /**
   * Burns {@code disc}. {@code progress} hears the burn and can cancel it.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome burn(DataDisc disc, BurnProgress progress)
      throws BurnException, InterruptedException {
    open();
    try {
      IJolietDiscMaster joliet = useJolietFormat();
      Recorder recorder =
          RecorderChooser.choose(RecorderChooser.list(master), disc.recorderPath())
              .orElseThrow(() -> new BurnException("finding a CD recorder", ImapiError.E_FAIL));
      if (!activate(recorder)) {
        return BurnOutcome.NO_DISC;
      }
      setWriteSpeed(recorder, disc.writeSpeed());
      nameVolume(joliet, disc.volumeName());
      for (IStorage tree : disc.trees()) {
        if (!stage(joliet, tree, false)) {
          clearStaged();
          return BurnOutcome.DOES_NOT_FIT;
        }
      }
      return record(progress, disc.simulate());
    } finally {
      close();
    }
  }

  /** Opens the disc master; one that another part of the application opened is fine. */
  private void open() throws BurnException {
    int hr = master.Open();
    if (hr == IMAPI_E_ALREADYOPEN) {
      log.fine("the disc master was already open");
    } else if (ImapiError.failed(hr)) {
      throw new BurnException("opening IMAPI's disc master", hr);
    }
  }

  private IJolietDiscMaster useJolietFormat() throws BurnException {
    Object[] format = new Object[1];
    int hr = master.SetActiveDiscMasterFormat(ImapiIds.IID_JOLIET_DISC_MASTER, format);
    if (ImapiError.failed(hr)) {
      throw new BurnException("choosing the data-disc format", hr);
    }
    return (IJolietDiscMaster) format[0];
  }

  /**
   * Makes {@code recorder} the one to burn with. Returns false when it has no disc; waits while
   * another program holds IMAPI's stash file.
   */
  private boolean activate(Recorder recorder) throws BurnException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      int hr = master.SetActiveDiscRecorder(recorder.binding());
      if (hr == IMAPI_E_MEDIUM_NOTPRESENT) {
        listener.notice("Insert a blank disc into " + recorder.displayName() + ".");
        return false;
      }
      if (hr == IMAPI_E_STASHINUSE && attempt < STASH_ATTEMPTS) {
        listener.notice("Another program is burning a disc; waiting for it to finish.");
        Thread.sleep(STASH_WAIT_MILLIS);
        continue;
      }
      if (ImapiError.failed(hr)) {
        throw new BurnException("selecting " + recorder.displayName(), hr);
      }
      return true;
    }
  }

  private void setWriteSpeed(Recorder recorder, int speed) throws BurnException {
    IPropertyStorage[] properties = new IPropertyStorage[1];
    int hr = recorder.binding().GetRecorderProperties(properties);
    if (ImapiError.failed(hr)) {
      throw new BurnException("reading the properties of " + recorder.displayName(), hr);
    }
    PropertyWriter.write(properties[0], "WriteSpeed", speed);
    int set = recorder.binding().SetRecorderProperties(properties[0]);
    if (set == IMAPI_S_PROPERTIESIGNORED) {
      listener.notice(recorder.displayName() + " burns at its own speed.");
    } else if (ImapiError.failed(set)) {
      throw new BurnException("setting the write speed", set);
    }
  }

  private void nameVolume(IJolietDiscMaster joliet, String volumeName) throws BurnException {
    IPropertyStorage[] properties = new IPropertyStorage[1];
    int hr = joliet.GetJolietProperties(properties);
    if (ImapiError.failed(hr)) {
      throw new BurnException("reading the volume properties", hr);
    }
    PropertyWriter.write(properties[0], "VolumeName", volumeName);
    int set = joliet.SetJolietProperties(properties[0]);
    if (set == IMAPI_S_PROPERTIESIGNORED) {
      listener.notice("The disc keeps IMAPI's default label.");
    } else if (ImapiError.failed(set)) {
      throw new BurnException("naming the volume", set);
    }
  }

  /**
   * Stages {@code tree}. Returns false when it does not fit on the disc; replaces same-named files
   * staged before, once the user has been told.
   */
  private boolean stage(IJolietDiscMaster joliet, IStorage tree, boolean replace)
      throws BurnException {
    int hr = joliet.AddData(tree, replace ? 1 : 0);
    return switch (hr) {
      case IMAPI_E_DISCFULL -> {
        listener.notice(tree.name() + " does not fit on the disc.");
        yield false;
      }
      case IMAPI_E_FILEEXISTS -> {
        if (replace) {
          throw new BurnException("replacing the staged " + tree.name(), hr);
        }
        listener.notice(tree.name() + " replaces files of the same name.");
        yield stage(joliet, tree, true);
      }
      default -> {
        if (ImapiError.failed(hr)) {
          throw new BurnException("staging " + tree.name(), hr);
        }
        yield true;
      }
    };
  }

  private void clearStaged() throws BurnException {
    int hr = master.ClearFormatContent();
    if (ImapiError.failed(hr)) {
      throw new BurnException("clearing the staged files", hr);
    }
  }

  private BurnOutcome record(BurnProgress progress, boolean simulate) throws BurnException {
    long[] cookie = new long[1];
    int advised = master.ProgressAdvise(progress, cookie);
    if (ImapiError.failed(advised)) {
      throw new BurnException("listening to the burn's progress", advised);
    }
    try {
      int hr = master.RecordDisc(simulate, true);
      if (hr == IMAPI_E_USERABORT) {
        return BurnOutcome.CANCELLED;
      }
      if (hr == IMAPI_E_MEDIUM_NOTPRESENT) {
        listener.notice("The disc was taken out.");
        return BurnOutcome.NO_DISC;
      }
      if (ImapiError.failed(hr)) {
        throw new BurnException("burning", hr);
      }
      return BurnOutcome.BURNED;
    } finally {
      int hr = master.ProgressUnadvise(cookie[0]);
      if (ImapiError.failed(hr)) {
        log.warning("could not stop listening to progress: " + ImapiError.nameOf(hr));
      }
    }
  }

  private void close() {
    int hr = master.Close();
    if (ImapiError.failed(hr)) {
      log.warning("closing the disc master failed: " + ImapiError.describe(hr));
    }
  }
}
