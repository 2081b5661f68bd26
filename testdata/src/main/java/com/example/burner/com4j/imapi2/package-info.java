/**
 * IMAPI v2's burning interfaces ({@code imapi2.dll}'s type library) as com4j's {@code tlbimp}
 * generates them, with Java getter and setter names (its {@code renameGetterAndSetters} option):
 * one interface per COM interface, annotated with its {@code @IID} and each method's {@code @VTID}
 * and {@code @DISPID}, extending {@link com4j.Com4jObject} or the interface it extends in IDL.
 *
 * <p>No method returns an HRESULT: the {@code [out,retval]} parameter becomes the return value
 * ({@code int getTotalSectorsOnMedia()}), a property put becomes {@code setX(value)}, and a failing
 * call throws {@link com4j.ComException}, whose {@code getHRESULT()} holds the code. Success codes
 * ({@code S_IMAPI_SPEEDADJUSTED}, ...) are dropped by the runtime. Objects are created through
 * {@link com.example.burner.com4j.imapi2.ClassFactory}. Only the members the application calls are
 * kept from the generated files.
 */
package com.example.burner.com4j.imapi2;
