/**
 * IMAPI v2 through JNA's annotated COM proxies ({@code com.sun.jna.platform.win32.COM.util}): each
 * interface the application calls is declared with {@code @ComInterface}, its methods with
 * {@code @ComMethod} and its property accessors with {@code @ComProperty}, and JNA's {@code
 * Factory} creates the objects named by the {@code @ComObject} interfaces' ProgIDs. A call returns
 * its value and throws {@link com.sun.jna.platform.win32.COM.COMException} when it fails; {@code
 * matchesErrorCode(int)} tests its HRESULT, also when it carries none.
 */
package com.example.burner.jnacom;
