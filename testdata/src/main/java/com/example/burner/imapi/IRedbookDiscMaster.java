package com.example.burner.imapi;

/** Hand-written binding of IMAPI's IRedbookDiscMaster. */
public interface IRedbookDiscMaster {
  int CreateAudioTrack(long blocks);

  int AddAudioTrackBlocks(byte[] blocks, long count);

  int CloseAudioTrack();
}
