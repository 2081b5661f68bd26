package com.example.burner.imapi;

/**
 * OLE's {@code IPropertyStorage}, through which IMAPI exposes volume and recorder properties. Its
 * results are plain COM HRESULTs, not IMAPI results.
 */
public interface IPropertyStorage {
  int ReadMultiple(String[] names, Object[] values);

  int WriteMultiple(String[] names, Object[] values);
}
