package com.example.burner.buggy;

import static io.github.imapichecks.annotations.ImapiError.S_OK;

import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IDiscRecorder;
import com.example.burner.imapi.IPropertyStorage;
import com.example.burner.jna.IJolietDiscMaster;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.W32Errors;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiHResult;

/** A burner that takes every success other than S_OK for a failure, and makes up its own codes. */
final class HopefulBurner {
  boolean configure(IDiscRecorder recorder, IPropertyStorage properties) {
    int hr = recorder.SetRecorderProperties(properties);
    if (hr != S_OK) {
      throw new IllegalStateException("recorder not configured");
    }
    return true;
  }

  boolean nameVolume(IJolietDiscMaster joliet, Pointer properties) {
    HRESULT hr = joliet.SetJolietProperties(properties);
    return hr.equals(W32Errors.S_OK);
  }

  boolean burned(IDiscMaster master) {
    return switch (master.RecordDisc(false, true)) {
      case S_OK -> true;
      default -> false;
    };
  }

  @ImapiHResult
  int tryOpen(IDiscMaster master) {
    if (master == null) {
      return -1;
    }
    return master.Open();
  }

  @ImapiHResult String label;

  void close(IDiscMaster master) {
    master.Close();
  }
}
