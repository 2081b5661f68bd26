/**
 * How the code around an IMAPI result treats it: comparisons with codes, success tests and the
 * decisions they belong to, switches on a result, and everything one call's result meets ({@link
 * io.github.imapichecks.usage.ResultInspection}). A pattern lives here once two or more checks need
 * it. Depends on {@code recognition} and {@code tables}; only {@code errorprone} depends on it.
 */
package io.github.imapichecks.usage;
