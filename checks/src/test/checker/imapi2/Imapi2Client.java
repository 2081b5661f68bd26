import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;

import io.github.imapichecks.annotations.Imapi2Error;
import io.github.imapichecks.annotations.Imapi2FsError;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.annotations.ImapiHResult;

/** The same rules over IMAPI v2 and IMAPI2FS codes. */
class Imapi2Client {
  boolean burn(IDiscFormat2Data data) {
    int hr = data.Write(null);
    if (hr == E_IMAPI_REQUEST_CANCELLED || hr == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      return false;
    }
    // :: error: (comparison)
    if (hr == 0xC0AA0002) {
      return false;
    }
    return ImapiError.succeeded(hr);
  }

  boolean speed(IDiscFormat2Data data) {
    @ImapiHResult int hr = data.SetWriteSpeed(2352, false);
    return hr == Imapi2Error.S_IMAPI_SPEEDADJUSTED;
  }

  @ImapiHResult int tooBig() {
    return Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT;
  }

  @ImapiHResult int invented() {
    // :: error: (return)
    return 0x80AA0002;
  }
}
