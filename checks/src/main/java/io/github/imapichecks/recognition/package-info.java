/**
 * Which expressions are IMAPI results, and where a call's result is read: {@link
 * io.github.imapichecks.recognition.ImapiResultRecognizer} is the one question every check asks,
 * configured by the shared {@code -XepOpt:Imapi:...} flags ({@link
 * io.github.imapichecks.recognition.ImapiConfig}). The seam for new ways of binding IMAPI is {@link
 * io.github.imapichecks.recognition.BindingStyle}: what makes a call a result, which values hold
 * results, which calls pass one on, how a code is written and how a result is tested. {@link
 * io.github.imapichecks.recognition.BindingStyles} composes the styles once, and every site asks
 * it.
 *
 * <p>The dataflow analysis behind the recognizer (its transfer function, store and values) and its
 * shortcuts (the declarations and the source pre-scan) are package-private: the recognizer is their
 * facade. Depends on {@code tables}; {@code usage}, {@code errorprone} and {@code checker} depend
 * on it.
 */
package io.github.imapichecks.recognition;
