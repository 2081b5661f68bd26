package com.example.burner.imapi;

/** Hand-written binding of IMAPI's IJolietDiscMaster. */
public interface IJolietDiscMaster {
  int AddData(Object storage, int overwrite);

  int SetJolietProperties(Object propertyStorage);
}
