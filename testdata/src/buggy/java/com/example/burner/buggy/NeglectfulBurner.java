package com.example.burner.buggy;

import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;

import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IDiscRecorder;
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
}
