package com.example.burner.imapi;

/** Hand-written binding of IMAPI's IDiscRecorder. */
public interface IDiscRecorder {
  int OpenExclusive();

  int SetRecorderProperties(Object propertyStorage);

  int QueryMediaType(long[] type, long[] flags);

  int Eject();

  int Close();
}
