import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import io.github.imapichecks.annotations.ImapiError;

/** Rule 3: calls to IMAPI binding methods are IMAPI results without any annotation. */
class Bindings {
  /** A subtype of an IMAPI interface is a binding too. */
  interface Burner extends IDiscMaster {}

  /** Named like an IMAPI method, but no binding: a plain number. */
  static class Other {
    int RecordDisc(boolean simulate, boolean ejectAfterBurn) {
      return 0;
    }
  }

  void calls(IDiscMaster master, Burner burner, IDiscRecorder recorder, IJolietDiscMaster joliet) {
    ImapiError.failed(master.Open());
    ImapiError.failed(master.RecordDisc(false, true));
    ImapiError.failed(burner.Close());
    ImapiError.failed(recorder.openExclusive());
    ImapiError.failed((int) recorder.getRecorderState(new long[1]));
    ImapiError.failed(recorder.Eject());
    ImapiError.failed(joliet.AddData(new Object(), 0));
    boolean full = joliet.AddData(null, 1) == IMAPI_E_DISCFULL;
    // :: error: (argument)
    ImapiError.failed(master.getVersion());
    // :: error: (argument)
    ImapiError.failed(new Other().RecordDisc(false, true));
  }

  void throughABase(Unknown unknown) {
    // :: error: (argument)
    ImapiError.failed(unknown.Eject());
  }

  <T extends IDiscMaster> boolean generic(T master) {
    int hr = master.Open();
    return ImapiError.failed(hr);
  }

  /** An implementation of a binding must return IMAPI results, as the interface it implements. */
  static class FakeMaster implements IDiscMaster {
    @Override
    public int Open() {
      return S_OK;
    }

    @Override
    public int RecordDisc(boolean simulate, boolean ejectAfterBurn) {
      // :: error: (return)
      return 0;
    }

    @Override
    public int Close() {
      return Open();
    }

    @Override
    public int getVersion() {
      return 3;
    }

    boolean selfCall() {
      return ImapiError.failed(Open());
    }
  }

  /** A progress callback returns to IMAPI, not from it: its results are plain numbers. */
  static class Events implements IDiscMasterProgressEvents {
    @Override
    public int QueryCancel(boolean[] cancel) {
      return 0;
    }

    @Override
    public int NotifyBurnComplete(int status) {
      return 0x80004001;
    }
  }
}
