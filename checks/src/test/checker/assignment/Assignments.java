import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;

/** Rule 1: only IMAPI results flow into @ImapiHResult locations. */
class Assignments {
  @ImapiHResult int last = S_OK;

  // :: error: (assignment)
  @ImapiHResult int literal = 0x8004021C;

  @ImapiHResult Integer nothingYet = null;

  void locals(boolean retry) {
    @ImapiHResult int constant = IMAPI_E_DISCFULL;
    @ImapiHResult int chosen = retry ? S_OK : ImapiError.E_FAIL;
    @ImapiHResult long widened = constant;
    @ImapiHResult Integer boxed = constant;
    @ImapiHResult int unboxed = boxed;
    @ImapiHResult int cast = (int) widened;
    // :: error: (assignment)
    @ImapiHResult int zero = 0;
    // :: error: (assignment)
    @ImapiHResult int sum = constant + 1;
    // :: error: (assignment)
    @ImapiHResult int masked = constant | 0x80000000;
    // :: error: (assignment)
    @ImapiHResult int negated = -constant;
    // :: error: (assignment)
    @ImapiHResult int inverted = ~constant;
    // :: error: (assignment)
    @ImapiHResult int mixed = retry ? constant : 1;
    // :: error: (assignment)
    last = 5;
    last = chosen;
    // :: error: (compound.assignment)
    last += 1;
    // :: error: (unary.increment)
    last++;
    // :: error: (unary.decrement)
    --last;
  }

  void arguments(int count) {
    ImapiError.failed(S_OK);
    ImapiError.failed(last);
    // :: error: (argument)
    ImapiError.failed(count);
    // :: error: (argument)
    ImapiError.failed(-1);
    // :: error: (argument)
    report(0x80040210);
    report(IMAPI_E_DISCFULL);
  }

  void report(@ImapiHResult int hr) {}

  @ImapiHResult int returned() {
    return last;
  }

  @ImapiHResult int returnedNumber() {
    // :: error: (return)
    return 1;
  }

  @ImapiHResult int returnedSum() {
    // :: error: (return)
    return last + S_OK;
  }
}
