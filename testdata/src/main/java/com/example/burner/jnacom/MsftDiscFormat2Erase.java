package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.annotation.ComObject;

/** The eraser JNA's {@code Factory} creates: IMAPI v2's {@code MsftDiscFormat2Erase}. */
@ComObject(progId = "IMAPI2.MsftDiscFormat2Erase")
public interface MsftDiscFormat2Erase extends IDiscFormat2Erase {}
