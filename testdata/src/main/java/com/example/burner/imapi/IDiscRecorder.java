package com.example.burner.imapi;

/** IMAPI's {@code IDiscRecorder}: one CD-R or CD-RW drive. */
public interface IDiscRecorder {
  /** {@code IDiscRecorder::GetRecorderType}'s value for a CD-R drive. */
  int RECORDER_CDR = 0x1;

  /** {@code IDiscRecorder::GetRecorderType}'s value for a CD-RW drive. */
  int RECORDER_CDRW = 0x2;

  int GetRecorderType(int[] type);

  int GetDisplayNames(String[] vendor, String[] product, String[] revision);

  int GetPath(String[] path);

  int GetRecorderProperties(IPropertyStorage[] properties);

  int SetRecorderProperties(IPropertyStorage properties);

  int GetRecorderState(int[] state);

  int OpenExclusive();

  int QueryMediaType(int[] type, int[] flags);

  int QueryMediaInfo(
      byte[] sessions, byte[] lastTrack, int[] startAddress, int[] nextWritable, int[] freeBlocks);

  int Eject();

  int Erase(boolean fullErase);

  int Close();
}
