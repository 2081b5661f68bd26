import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_FILEEXISTS;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;

import io.github.imapichecks.annotations.ImapiHResult;

/** Rule 2: the case labels of a switch on an IMAPI result are IMAPI results, and vice versa. */
class Switches {
  static final int MAGIC = 7;

  String statement(@ImapiHResult int hr) {
    switch (hr) {
      case IMAPI_E_DISCFULL:
        return "full";
      // :: error: (case.label)
      case 0x80040224:
        return "exists";
      // :: error: (case.label)
      case MAGIC:
        return "magic";
      default:
        return "other";
    }
  }

  String expression(@ImapiHResult int hr) {
    return switch (hr) {
      case IMAPI_E_DISCFULL, IMAPI_E_FILEEXISTS -> "staging";
      // :: error: (case.label)
      case IMAPI_E_USERABORT, 0x8004020F -> "stopped";
      default -> "other";
    };
  }

  String onANumber(int count) {
    return switch (count) {
      case 0 -> "none";
      // :: error: (case.label)
      case IMAPI_E_DISCFULL -> "full?";
      default -> "some";
    };
  }

  String parenthesised(@ImapiHResult int hr) {
    switch ((hr)) {
      case IMAPI_E_USERABORT:
        return "cancelled";
      default:
        return "other";
    }
  }
}
