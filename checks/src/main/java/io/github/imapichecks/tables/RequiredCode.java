package io.github.imapichecks.tables;

/**
 * A code that a caller of an IMAPI method must tell apart from a plain failure, and why, in the
 * words the diagnostics use ("a cancelled burn is not a failure").
 */
public record RequiredCode(ImapiCode code, String reason) {}
