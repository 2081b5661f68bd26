import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;

import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;

/** Rule 3 for JNA bindings, and hr.intValue() of a result. */
class JnaClient {
  boolean stage(IJolietDiscMaster joliet, Object storage) {
    HRESULT hr = joliet.AddData(storage, 0);
    if (hr.intValue() == IMAPI_E_DISCFULL) {
      return false;
    }
    ImapiError.failed(hr.intValue());
    return COMUtils.SUCCEEDED(hr);
  }

  void properties(IJolietDiscMaster joliet, Object props) {
    HRESULT hr = joliet.SetJolietProperties(props);
    int code = hr.intValue();
    if (code == IMAPI_S_PROPERTIESIGNORED) {
      return;
    }
    @ImapiHResult long wide = hr.longValue();
    // :: error: (comparison)
    if (hr.intValue() == 0x00040200) {
      return;
    }
  }

  @ImapiHResult HRESULT passOn(IJolietDiscMaster joliet) {
    return joliet.AddData(null, 1);
  }

  @ImapiHResult HRESULT invented() {
    // :: error: (return)
    return new HRESULT(0);
  }

  void plain(HRESULT fromElsewhere) {
    // :: error: (argument)
    ImapiError.failed(fromElsewhere.intValue());
    @ImapiHResult HRESULT none = null;
  }
}
