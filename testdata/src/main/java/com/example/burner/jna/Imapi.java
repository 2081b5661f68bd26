package com.example.burner.jna;

import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.Guid.CLSID;
import com.sun.jna.platform.win32.Guid.IID;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.WTypes;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.PointerByReference;

/** Creates IMAPI's disc master through COM, with the class and interface IDs of imapi.h. */
public final class Imapi {
  static final CLSID CLSID_MS_DISC_MASTER_OBJ = new CLSID("{520CCA63-51A5-11D3-9144-00104BA11C5E}");
  static final IID IID_IDISC_MASTER = new IID("{520CCA62-51A5-11D3-9144-00104BA11C5E}");

  /** The audio-CD format, for {@link IDiscMaster#SetActiveDiscMasterFormat}. */
  public static final IID IID_IREDBOOK_DISC_MASTER =
      new IID("{E3BC42CD-4E5C-11D3-9144-00104BA11C5E}");

  private Imapi() {}

  /** Starts IMAPI's service and returns its disc master; COM must be initialised. */
  public static DiscMaster createDiscMaster() {
    PointerByReference master = new PointerByReference();
    // A plain COM call, not an IMAPI one: the checks leave its result alone.
    HRESULT hr =
        Ole32.INSTANCE.CoCreateInstance(
            CLSID_MS_DISC_MASTER_OBJ, null, WTypes.CLSCTX_LOCAL_SERVER, IID_IDISC_MASTER, master);
    if (COMUtils.FAILED(hr)) {
      throw new COMException("IMAPI is not available", hr);
    }
    return new DiscMaster(master.getValue());
  }
}
