/**
 * IMAPI v2's burning interfaces ({@code imapi2.h}), as the application's COM bridge binds them:
 * every method returns the call's HRESULT, property accessors keep their COM names ({@code
 * get_Count}, {@code put_Recorder}), and out-parameters are filled in by the call. Two styles sit
 * side by side, as in hand-written bindings that grew over time: the recorder interfaces return an
 * {@code int} and fill one-element arrays; the format interfaces return JNA's {@code HRESULT} and
 * fill JNA's by-reference types.
 *
 * <p>Every result is typed {@code @ImapiHResult}, so that the sound mode knows these methods'
 * results for IMAPI results, and the values the application compares them with for IMAPI codes.
 * Only the methods the application calls are bound.
 */
package com.example.burner.v2.imapi2;
