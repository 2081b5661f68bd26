/**
 * The sound mode: a Checker Framework type checker for {@code @ImapiHResult}. It recognizes IMAPI
 * results by the same binding rules as the Error Prone checks, from {@code recognition}, and
 * depends on nothing else of this module.
 */
package io.github.imapichecks.checker;
