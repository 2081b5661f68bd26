package com.example.burner.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;

/** The vtable binding of {@code IRedbookDiscMaster}. */
public final class RedbookDiscMaster extends ComObject implements IRedbookDiscMaster {
  public RedbookDiscMaster(Pointer instance) {
    super(instance);
  }

  @Override
  public HRESULT GetAvailableAudioTrackBlocks(IntByReference blocks) {
    return call(6, blocks);
  }

  @Override
  public HRESULT GetAudioBlockSize(IntByReference bytes) {
    return call(7, bytes);
  }

  @Override
  public HRESULT CreateAudioTrack(int blocks) {
    return call(8, blocks);
  }

  @Override
  public HRESULT AddAudioTrackBlocks(byte[] blocks, int count) {
    return call(9, blocks, count);
  }

  @Override
  public HRESULT CloseAudioTrack() {
    return call(10);
  }
}
