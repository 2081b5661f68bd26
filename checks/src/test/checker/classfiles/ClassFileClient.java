import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;

import com.acme.imapi.IDiscMaster;
import com.acme.imapi.Wrapper;
import io.github.imapichecks.annotations.ImapiError;

/** Bindings, annotated methods and ImapiError's constants, all read from class files. */
class ClassFileClient {
  void binding(IDiscMaster master) {
    int hr = master.RecordDisc(false, true);
    Wrapper.report(hr);
    Wrapper.report(master.Open());
    // :: error: (argument)
    Wrapper.report(master.getVersion());
  }

  void annotated(IDiscMaster master) {
    int hr = Wrapper.burn(master);
    ImapiError.failed(hr);
    Wrapper.lastResult = hr;
    Wrapper.lastResult = IMAPI_E_USERABORT;
    // :: error: (assignment)
    Wrapper.lastResult = 3;
    // :: error: (argument)
    Wrapper.report(Wrapper.count());
    // :: error: (comparison)
    boolean unknown = Wrapper.lastResult == Wrapper.lastCount;
    for (int code : Wrapper.history()) {
      ImapiError.failed(code);
    }
  }

  void constants() {
    Wrapper.report(IMAPI_E_DISCFULL);
    Wrapper.report(ImapiError.S_FALSE);
    // :: error: (argument)
    Wrapper.report(0x8004021C);
  }
}
