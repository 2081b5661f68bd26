package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.annotation.ComObject;

/** The data writer JNA's {@code Factory} creates: IMAPI v2's {@code MsftDiscFormat2Data}. */
@ComObject(progId = "IMAPI2.MsftDiscFormat2Data")
public interface MsftDiscFormat2Data extends IDiscFormat2Data {}
