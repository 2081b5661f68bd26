package com.example.burner;

import com.example.burner.imapi.IPropertyStorage;

/** Writes one property through OLE's {@code IPropertyStorage}. */
final class PropertyWriter {
  private PropertyWriter() {}

  static void write(IPropertyStorage storage, String name, Object value) throws BurnException {
    // A plain COM HRESULT, not an IMAPI result: the imapi-checks leave it alone.
    int hr = storage.WriteMultiple(new String[] {name}, new Object[] {value});
    if (hr < 0) {
      throw new BurnException(
          "writing the property " + name,
          new IllegalStateException(String.format("IPropertyStorage returned 0x%08X", hr)));
    }
  }
}
