package com.example.burner.buggy;

import com.example.burner.jna.IDiscMaster;
import com.example.burner.jna.IRedbookDiscMaster;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.W32Errors;
import com.sun.jna.platform.win32.WinNT.HRESULT;

/**
 * An audio-CD burner on the JNA bindings, written in a hurry: numbers for codes, S_OK for success,
 * a full disc taken for a failure, and results dropped.
 */
final class HastyAudioBurner {
  private final IDiscMaster master;
  private final IRedbookDiscMaster redbook;

  HastyAudioBurner(IDiscMaster master, IRedbookDiscMaster redbook) {
    this.master = master;
    this.redbook = redbook;
  }

  boolean writeTrack(byte[] pcm, int blocks) {
    HRESULT created = redbook.CreateAudioTrack(blocks);
    if (!created.equals(W32Errors.S_OK)) {
      return false;
    }
    HRESULT added = redbook.AddAudioTrackBlocks(pcm, pcm.length);
    if (COMUtils.FAILED(added)) {
      redbook.CloseAudioTrack();
      return false;
    }
    redbook.CloseAudioTrack();
    return true;
  }

  String burn() {
    HRESULT hr = master.RecordDisc(false, true);
    if (hr.intValue() == 0x8004020D) {
      return "cancelled";
    }
    if (hr.intValue() == -1) {
      return "failed";
    }
    if (COMUtils.FAILED(hr)) {
      // Windows' error dialogs print HRESULTs unsigned.
      return "failed with " + (hr.intValue() + 0x1_0000_0000L);
    }
    master.Close();
    return "burned";
  }
}
