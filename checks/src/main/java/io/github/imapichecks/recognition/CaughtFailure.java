package io.github.imapichecks.recognition;

/**
 * An IMAPI call in a {@code try} block whose failure, thrown by an exception-style binding, a
 * {@code catch} clause of that {@code try} can catch.
 *
 * @param method the IMAPI method called, as the code names it
 * @param exceptionType the simple name of the exception the binding throws: {@code ComException}
 * @param accessor how to read the failure's HRESULT from it: {@code getHRESULT()}
 */
public record CaughtFailure(CalledMethod method, String exceptionType, String accessor) {}
