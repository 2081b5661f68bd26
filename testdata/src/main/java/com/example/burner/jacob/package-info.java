/**
 * IMAPI v2 through JACOB's late binding: objects created from their ProgIDs ({@code new
 * ActiveXComponent("IMAPI2.MsftDiscFormat2Data")}), members named in strings ({@code
 * Dispatch.call(writer, "Write", stream)}, {@code Dispatch.put(writer, "Recorder", recorder)}). A
 * failing call throws {@link com.jacob.com.ComFailException}, whose {@code getHResult()} holds the
 * member's own HRESULT (JACOB unwraps {@code DISP_E_EXCEPTION}); success codes are dropped.
 */
package com.example.burner.jacob;
