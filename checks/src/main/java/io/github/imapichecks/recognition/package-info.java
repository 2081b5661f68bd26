/**
 * Which expressions are IMAPI results, and where a call's result is read: {@link
 * io.github.imapichecks.recognition.ImapiResultRecognizer} is the one question every check asks,
 * configured by the shared {@code -XepOpt:Imapi:...} flags ({@link
 * io.github.imapichecks.recognition.ImapiConfig}). What makes a call, a type or a constant part of
 * a binding lives in {@link io.github.imapichecks.recognition.ImapiBindings}, {@link
 * io.github.imapichecks.recognition.CodeValues} and {@link
 * io.github.imapichecks.recognition.ResultForms}.
 *
 * <p>The dataflow analysis behind the recognizer (its transfer function, store and values) and its
 * shortcuts (the declarations and the source pre-scan) are package-private: the recognizer is their
 * facade. Depends on {@code tables}; {@code usage}, {@code errorprone} and {@code checker} depend
 * on it.
 */
package io.github.imapichecks.recognition;
