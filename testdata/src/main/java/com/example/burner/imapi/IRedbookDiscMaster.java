package com.example.burner.imapi;

/** IMAPI's {@code IRedbookDiscMaster}: stages audio tracks for an audio CD. */
public interface IRedbookDiscMaster {
  int GetTotalAudioTracks(int[] tracks);

  int GetTotalAudioBlocks(int[] blocks);

  int GetUsedAudioBlocks(int[] blocks);

  int GetAvailableAudioTrackBlocks(int[] blocks);

  int GetAudioBlockSize(int[] bytes);

  int CreateAudioTrack(int blocks);

  int AddAudioTrackBlocks(byte[] blocks, int count);

  int CloseAudioTrack();
}
