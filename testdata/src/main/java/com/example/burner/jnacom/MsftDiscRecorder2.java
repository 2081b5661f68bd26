package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.annotation.ComObject;

/** The recorder object JNA's {@code Factory} creates: IMAPI v2's {@code MsftDiscRecorder2}. */
@ComObject(progId = "IMAPI2.MsftDiscRecorder2")
public interface MsftDiscRecorder2 extends IDiscRecorder2 {}
