import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import io.github.imapichecks.annotations.ImapiError;

/** Rule 4: unannotated locals take the qualifier of what they hold, path by path. */
class Flow {
  interface IDiscMaster {
    int Open();

    int RecordDisc(boolean simulate, boolean ejectAfterBurn);
  }

  boolean refined(IDiscMaster master) {
    int hr = master.RecordDisc(false, true);
    if (hr == IMAPI_E_DISCFULL) {
      return false;
    }
    return ImapiError.succeeded(hr);
  }

  boolean reassigned(IDiscMaster master) {
    int hr = master.Open();
    ImapiError.failed(hr);
    hr = 5;
    // :: error: (argument)
    ImapiError.failed(hr);
    hr = S_OK;
    return ImapiError.failed(hr);
  }

  boolean joined(IDiscMaster master, boolean simulate) {
    int hr;
    if (simulate) {
      hr = master.RecordDisc(true, false);
    } else {
      hr = S_OK;
    }
    ImapiError.failed(hr);
    int maybe = simulate ? master.Open() : -1;
    // :: error: (argument)
    return ImapiError.failed(maybe);
  }

  void looped(IDiscMaster master) {
    int hr = master.Open();
    for (int attempt = 0; attempt < 3 && ImapiError.failed(hr); attempt++) {
      hr = master.Open();
    }
    ImapiError.failed(hr);
    int count = master.Open();
    while (count < 10) {
      count++;
    }
    // :: error: (argument)
    ImapiError.failed(count);
  }

  void boxedAndWidened(IDiscMaster master) {
    Integer boxed = master.Open();
    ImapiError.failed(boxed);
    long wide = master.Open();
    // :: error: (comparison)
    if (wide == 1L) {
      return;
    }
    int narrowed = (int) wide;
    ImapiError.failed(narrowed);
    var inferred = master.RecordDisc(true, true);
    ImapiError.failed(inferred);
  }

  void explicitBoxing(IDiscMaster master, boolean simulate) {
    long wide = master.Open();
    Long boxedWide = Long.valueOf(wide);
    ImapiError.failed((int) boxedWide.longValue());
    ImapiError.failed(Integer.valueOf(master.Open()));
    // :: error: (argument)
    ImapiError.failed(Integer.valueOf("5"));
    // :: error: (argument)
    ImapiError.failed(Integer.valueOf(5));
    int chosen =
        switch (master.Open()) {
          case IMAPI_E_DISCFULL -> master.RecordDisc(simulate, false);
          default -> S_OK;
        };
    ImapiError.failed(chosen);
  }

  boolean lambda(IDiscMaster master) {
    java.util.function.IntSupplier open =
        () -> {
          int hr = master.Open();
          ImapiError.failed(hr);
          return hr;
        };
    int plain = open.getAsInt();
    // :: error: (argument)
    return ImapiError.failed(plain);
  }
}
