import com.jacob.activeX.ActiveXComponent;
import com.jacob.com.ComFailException;
import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import io.github.imapichecks.annotations.Imapi2Error;
import io.github.imapichecks.annotations.ImapiHResult;

/** JACOB's late binding: a caught failure's code is an IMAPI result on an IMAPI2 object. */
class JacobClient {
  boolean cancelled(Variant stream) {
    ActiveXComponent format = new ActiveXComponent("IMAPI2.MsftDiscFormat2Data");
    try {
      Dispatch.call(format, "Write", stream);
      return false;
    } catch (ComFailException e) {
      @ImapiHResult int hr = e.getHResult();
      // :: error: (comparison)
      if (e.getHResult() == 0xC0AA0002) {
        return true;
      }
      return hr == Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
    }
  }

  void erase() {
    try {
      new ActiveXComponent("IMAPI2.MsftDiscFormat2Erase").invoke("EraseMedia");
    } catch (ComFailException e) {
      @ImapiHResult int hr = e.getHResult();
    }
  }

  void notImapi(Variant stream, Dispatch unknown) {
    ActiveXComponent rebound = new ActiveXComponent("IMAPI2.MsftDiscFormat2Data");
    rebound = new ActiveXComponent("Word.Application");
    try {
      Dispatch.call(unknown, "Write", stream);
      Dispatch.call(rebound, "Write", stream);
    } catch (ComFailException e) {
      // :: error: (assignment)
      @ImapiHResult int hr = e.getHResult();
    }
  }
}
