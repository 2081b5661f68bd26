/**
 * The Error Prone checks, one per file, their shared base classes, and the plumbing only they need:
 * the fix writer ({@link io.github.imapichecks.errorprone.CodeReferences}) and the report of bad
 * flag values ({@link io.github.imapichecks.errorprone.FlagProblems}). Nothing depends on this
 * package; logic a second check needs goes to {@code usage} or {@code recognition}.
 */
package io.github.imapichecks.errorprone;
