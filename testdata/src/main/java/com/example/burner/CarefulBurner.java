package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_ALREADYOPEN;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_FILEEXISTS;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;

import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IJolietDiscMaster;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;
import java.util.logging.Logger;

/** A burner that handles every IMAPI result the way the documentation asks. */
public final class CarefulBurner {
  private static final Logger log = Logger.getLogger(CarefulBurner.class.getName());

  /** What a burn ended in, as the user interface shows it. */
  public enum Outcome {
    BURNED,
    CANCELLED,
    NO_DISC,
    FAILED
  }

  private final IDiscMaster master;

  public CarefulBurner(IDiscMaster master) {
    this.master = master;
  }

  /** Opens the disc master; a master that is already open is fine. */
  public void open() {
    int hr = master.Open();
    if (hr == IMAPI_E_ALREADYOPEN) {
      log.fine("disc master was already open");
    } else if (ImapiError.failed(hr)) {
      throw new IllegalStateException("cannot open the disc master: " + ImapiError.nameOf(hr));
    }
  }

  /** Stages one file, telling a full disc and a duplicate name apart from other failures. */
  public boolean stage(IJolietDiscMaster joliet, Object storage) {
    int hr = joliet.AddData(storage, 0);
    return switch (hr) {
      case IMAPI_E_DISCFULL -> {
        log.warning("the selection does not fit on the disc");
        yield false;
      }
      case IMAPI_E_FILEEXISTS -> {
        log.warning("a file of that name is already staged");
        yield false;
      }
      default -> {
        if (ImapiError.failed(hr)) {
          throw new IllegalStateException("staging failed: " + ImapiError.describe(hr));
        }
        yield true;
      }
    };
  }

  /** Sets the volume properties, and says so when some were not applied. */
  public void setVolumeProperties(com.example.burner.jna.IJolietDiscMaster joliet, Object props) {
    HRESULT hr = joliet.SetJolietProperties(props);
    if (hr.intValue() == IMAPI_S_PROPERTIESIGNORED) {
      log.info("some volume properties were not applied");
    } else if (COMUtils.FAILED(hr)) {
      throw new IllegalStateException("cannot set volume properties: " + hr);
    }
  }

  /** Burns the staged image. */
  public Outcome burn(boolean simulate) {
    @ImapiHResult int hr = master.RecordDisc(simulate, true);
    if (hr == IMAPI_E_USERABORT) {
      return Outcome.CANCELLED;
    }
    if (hr == IMAPI_E_MEDIUM_NOTPRESENT) {
      return Outcome.NO_DISC;
    }
    return ImapiError.succeeded(hr) ? Outcome.BURNED : Outcome.FAILED;
  }

  /** Closes the disc master. */
  public void close() {
    int hr = master.Close();
    if (ImapiError.failed(hr)) {
      log.warning("closing the disc master failed: " + ImapiError.nameOf(hr));
    }
  }
}
