import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMInvokeException;
import com.sun.jna.platform.win32.COM.COMLateBindingObject;
import io.github.imapichecks.annotations.Imapi2Error;
import io.github.imapichecks.annotations.ImapiHResult;

/** JNA's late binding: a caught failure's scode is an IMAPI result when the member is IMAPI2's. */
class JnaLateClient extends COMLateBindingObject {
  JnaLateClient() {
    super("IMAPI2.MsftDiscFormat2Erase", false);
  }

  boolean noDisc() {
    try {
      invokeNoReply("EraseMedia");
      return false;
    } catch (COMInvokeException e) {
      @ImapiHResult Integer code = e.getScode();
      // :: error: (comparison)
      if (e.getScode() == 0xC0AA0202) {
        return true;
      }
      return code == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
    }
  }

  void notImapi() {
    try {
      invokeNoReply("Quit");
    } catch (COMException e) {
      // :: error: (assignment)
      @ImapiHResult Integer code = ((COMInvokeException) e).getScode();
    }
  }
}
