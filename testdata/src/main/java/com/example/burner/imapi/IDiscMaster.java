package com.example.burner.imapi;

/**
 * IMAPI's {@code IDiscMaster}, as the application's COM bridge binds it: every method returns the
 * call's HRESULT, and out-parameters are one-element arrays the call fills in.
 */
public interface IDiscMaster {
  int Open();

  int GetActiveDiscMasterFormat(String[] formatIid);

  /** Selects the disc format ({@link ImapiIds#IID_JOLIET_DISC_MASTER} or Redbook). */
  int SetActiveDiscMasterFormat(String formatIid, Object[] format);

  int EnumDiscRecorders(IEnumDiscRecorders[] recorders);

  int GetActiveDiscRecorder(IDiscRecorder[] recorder);

  int SetActiveDiscRecorder(IDiscRecorder recorder);

  int ClearFormatContent();

  int ProgressAdvise(IDiscMasterProgressEvents events, long[] cookie);

  int ProgressUnadvise(long cookie);

  int RecordDisc(boolean simulate, boolean ejectAfterBurn);

  int Close();
}
