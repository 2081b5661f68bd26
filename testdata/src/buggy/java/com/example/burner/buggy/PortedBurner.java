package com.example.burner.buggy;

import com.example.burner.imapi.IDiscMaster;
import com.example.burner.imapi.IDiscRecorder;
import com.example.burner.imapi.IPropertyStorage;
import com.example.burner.jna.IJolietDiscMaster;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;

/** A burner ported line by line from C: result codes compared with numbers from the header. */
final class PortedBurner {
  private final IDiscMaster master;

  PortedBurner(IDiscMaster master) {
    this.master = master;
  }

  String burn() {
    int hr = master.RecordDisc(false, true);
    if (hr == 0x8004020D) {
      return "cancelled";
    }
    if (hr == -2147220977) {
      return "insert a disc";
    }
    if (hr == 0x8004020A) {
      return "unreachable: no IMAPI call returns 0x8004020A";
    }
    return hr >= 0 ? "burned" : "failed";
  }

  String describeOpen() {
    return switch (master.Open()) {
      case 0x80040222 -> "already open";
      case 0xC0AA0002 -> "cancelled (an IMAPI v2 code)";
      default -> "opened";
    };
  }

  boolean stage(IJolietDiscMaster joliet, Pointer storage) {
    HRESULT hr = joliet.AddData(storage, 0);
    if (hr.equals(new HRESULT(0x8004021C))) {
      return false;
    }
    return hr.intValue() != 0x80040224;
  }

  boolean propertiesApplied(IDiscRecorder recorder, IPropertyStorage properties) {
    int hr = recorder.SetRecorderProperties(properties);
    return hr != InteropCodes.IMAPI_S_PROPERTIESIGNORED;
  }

  boolean ejected(IDiscRecorder recorder) {
    return recorder.Eject() != 0x8004021CL;
  }

  /** Ported from C#, where the HRESULT was a uint: the int result widens to a negative long. */
  boolean burnedAsInCSharp() {
    long hr = master.RecordDisc(false, true);
    if (hr == 0x8004020DL) {
      return false;
    }
    return hr >= 0;
  }
}
