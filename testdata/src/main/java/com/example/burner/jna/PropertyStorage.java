package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.platform.win32.WinNT.HRESULT;

/** The vtable binding of OLE's {@code IPropertyStorage}, through which IMAPI takes properties. */
public final class PropertyStorage extends ComObject {
  private static final int PRSPEC_LPWSTR = 0;
  private static final int PID_FIRST_USABLE = 2;

  public PropertyStorage(Pointer instance) {
    super(instance);
  }

  /** Writes one integer property, by the name IMAPI gives it ("WriteSpeed", "AudioGapSize"). */
  public void writeInt(String name, int value) {
    PropSpec spec = new PropSpec();
    spec.ulKind = PRSPEC_LPWSTR;
    spec.lpwstr = new WString(name);
    HRESULT hr = call(4, 1, spec, new VARIANT(value), PID_FIRST_USABLE);
    if (COMUtils.FAILED(hr)) {
      throw new COMException("cannot write the property " + name, hr);
    }
  }

  /** OLE's {@code PROPSPEC}, naming a property by string. */
  @Structure.FieldOrder({"ulKind", "lpwstr"})
  public static final class PropSpec extends Structure {
    public int ulKind;
    public WString lpwstr;
  }
}
