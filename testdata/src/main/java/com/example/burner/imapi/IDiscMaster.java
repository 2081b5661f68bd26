package com.example.burner.imapi;

/** Hand-written binding of IMAPI's IDiscMaster: each method returns the call's HRESULT. */
public interface IDiscMaster {
  int Open();

  int SetActiveDiscMasterFormat(String formatIid, Object[] format);

  int EnumDiscRecorders(Object[] recorders);

  int SetActiveDiscRecorder(IDiscRecorder recorder);

  int ClearFormatContent();

  int ProgressAdvise(Object events, long[] cookie);

  int ProgressUnadvise(long cookie);

  int RecordDisc(boolean simulate, boolean ejectAfterBurn);

  int Close();
}
