package com.example.burner.jnacom;

import com.sun.jna.platform.win32.COM.util.IUnknown;
import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;

/** COM's {@code IStream}: the image a data writer writes, passed on as it came. */
@ComInterface(iid = "{0000000C-0000-0000-C000-000000000046}")
public interface IStream extends IUnknown {}
