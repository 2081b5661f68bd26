import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;

import com4j.ComException;
import io.github.imapichecks.annotations.Imapi2Error;
import io.github.imapichecks.annotations.ImapiHResult;

/** The HRESULT of a caught IMAPI failure is an IMAPI result; a com4j property is a number. */
class Com4jClient {
  boolean cancelled(IDiscFormat2Data data) {
    try {
      data.write(null);
      return false;
    } catch (ComException e) {
      @ImapiHResult int hr = e.getHRESULT();
      if (hr == Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        return false;
      }
      // :: error: (comparison)
      if (e.getHRESULT() == 0xC0AA0002) {
        return true;
      }
      return hr == E_IMAPI_REQUEST_CANCELLED;
    }
  }

  int sectors(IDiscFormat2Data data) {
    // The sector count is no HRESULT: comparing it with numbers is fine.
    int sectors = data.getTotalSectorsOnMedia();
    return sectors > 1000 ? sectors : 0;
  }

  void notImapi(Runnable other) {
    try {
      other.run();
    } catch (ComException e) {
      // :: error: (assignment)
      @ImapiHResult int hr = e.getHRESULT();
    }
  }
}
