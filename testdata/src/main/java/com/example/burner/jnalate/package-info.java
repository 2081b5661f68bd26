/**
 * IMAPI v2 through JNA's late binding ({@code
 * com.sun.jna.platform.win32.COM.COMLateBindingObject}), as JNA's own Office samples drive an
 * application: a class per IMAPI2 object, created from its ProgID or from the {@code IDispatch}
 * another object returns, whose methods name the member they call in a string ({@code
 * invokeNoReply("Write", image)}, {@code getIntProperty("CurrentWriteSpeed")}). A failing call
 * throws {@link com.sun.jna.platform.win32.COM.COMInvokeException}, whose {@code getScode()} holds
 * the member's own HRESULT when {@code IDispatch::Invoke} answered DISP_E_EXCEPTION.
 */
package com.example.burner.jnalate;
