package com.acme.imapi;

/** A binding compiled separately, as a jar ships it: the checker meets it as a class file. */
public interface IDiscMaster {
  int Open();

  int RecordDisc(boolean simulate, boolean ejectAfterBurn);

  int getVersion();
}
