package com.example.burner.jna;

import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;

/** IMAPI's {@code IRedbookDiscMaster} in JNA's style. */
public interface IRedbookDiscMaster {
  HRESULT GetAvailableAudioTrackBlocks(IntByReference blocks);

  HRESULT GetAudioBlockSize(IntByReference bytes);

  HRESULT CreateAudioTrack(int blocks);

  HRESULT AddAudioTrackBlocks(byte[] blocks, int count);

  HRESULT CloseAudioTrack();
}
