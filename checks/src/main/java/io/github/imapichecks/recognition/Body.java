package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableMap;
import com.sun.tools.javac.code.Symbol;

/**
 * A method, lambda or initializer as the recognition sees it: what {@link SourceScan} found in it,
 * and, for a lambda that a future or an {@code Optional} calls with an IMAPI result, the values its
 * parameters start with.
 *
 * @param facts the scan's facts about the body
 * @param parameters the parameters that start with an IMAPI result (see {@link
 *     CarriedResults#parameterValues}); empty for every other body
 */
record Body(SourceScan.Facts facts, ImmutableMap<Symbol, ResultValue> parameters) {}
