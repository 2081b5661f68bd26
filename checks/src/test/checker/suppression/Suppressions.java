import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;

/** The Checker Framework's suppression conventions, with the checker's prefix imapihresult. */
class Suppressions {
  /** A code ImapiError lacks, defined once under a suppression. */
  @SuppressWarnings("imapihresult:assignment")
  static final @ImapiHResult int IMAPI_E_VENDOR_SPECIFIC = 0x80040299;

  @SuppressWarnings("imapihresult")
  boolean everything(@ImapiHResult int hr) {
    ImapiError.failed(7);
    return hr == 0x8004021C;
  }

  @SuppressWarnings("imapihresult:comparison")
  boolean onlyComparisons(@ImapiHResult int hr) {
    // :: error: (argument)
    ImapiError.failed(7);
    return hr == 0x8004021C || hr == IMAPI_E_VENDOR_SPECIFIC;
  }

  @SuppressWarnings("imapihresult:case.label")
  String onlyLabels(@ImapiHResult int hr) {
    switch (hr) {
      case 1:
        return "one";
      default:
        // :: error: (comparison)
        return hr == 2 ? "two" : "other";
    }
  }

  @SuppressWarnings("nullness")
  boolean otherCheckers(@ImapiHResult int hr) {
    // :: error: (comparison)
    return hr == 1;
  }

  boolean onADeclaration(@ImapiHResult int hr) {
    @SuppressWarnings("imapihresult:comparison")
    boolean full = hr == 0x8004021C;
    // :: error: (comparison)
    return full || hr == 0x8004021D;
  }
}
