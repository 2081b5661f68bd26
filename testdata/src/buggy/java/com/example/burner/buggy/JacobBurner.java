package com.example.burner.buggy;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;

import com.example.burner.BurnException;
import com.example.burner.BurnOutcome;
import com.jacob.activeX.ActiveXComponent;
import com.jacob.com.ComFailException;
import com.jacob.com.Dispatch;
import com.jacob.com.Variant;

/** An IMAPI v2 burner on JACOB's late binding, whose failures arrive as ComFailException. */
final class JacobBurner {
  BurnOutcome burn(Dispatch recorder, Variant image) throws BurnException {
    ActiveXComponent writer = new ActiveXComponent("IMAPI2.MsftDiscFormat2Data");
    Dispatch.put(writer, "Recorder", recorder);
    try {
      Dispatch.call(writer, "Write", image);
      return BurnOutcome.BURNED;
    } catch (ComFailException e) {
      // Bug: E_IMAPI_REQUEST_CANCELLED written as a number.
      if (e.getHResult() == 0xC0AA0002) {
        return BurnOutcome.CANCELLED;
      }
      if (e.getHResult() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        return BurnOutcome.NO_DISC;
      }
      throw new BurnException("burning", e);
    }
  }
}
