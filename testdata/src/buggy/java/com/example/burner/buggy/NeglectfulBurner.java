package com.example.burner.buggy;

import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;

import com.example.burner.BurnException;
import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IDiscRecorder;
import com.example.burner.imapi.IPropertyStorage;
import io.github.imapichecks.annotations.ImapiError;
import java.util.logging.Logger;

/** A burner that drops results, and handles RecordDisc's without the codes it must tell apart. */
final class NeglectfulBurner {
  private static final Logger log = Logger.getLogger(NeglectfulBurner.class.getName());

  boolean burn(IDiscMaster master, IDiscRecorder recorder) {
    master.Open();
    int hr = master.SetActiveDiscRecorder(recorder);
    hr = master.RecordDisc(false, true);
    if (ImapiError.failed(hr)) {
      log.warning("burn failed: " + ImapiError.nameOf(hr));
      return false;
    }
    recorder.Eject();
    return true;
  }

  String burnOrCancel(IDiscMaster master) {
    int hr = master.RecordDisc(false, true);
    if (hr == IMAPI_E_USERABORT) {
      return "cancelled";
    }
    return "burned";
  }

  /** The result reaches the log, and nothing else. */
  void close(IDiscMaster master) {
    int hr = master.Close();
    log.info("Close returned " + hr);
  }

  /** Failures escape as exceptions; IMAPI_S_PROPERTIESIGNORED arrives on the success path. */
  void configure(IDiscRecorder recorder, IPropertyStorage properties) throws BurnException {
    int hr = recorder.SetRecorderProperties(properties);
    if (ImapiError.failed(hr)) {
      throw new BurnException("configure", hr);
    }
  }
}
