package io.github.imapichecks.usage;

import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.imapichecks.tables.ImapiCodes;

/**
 * The calls that only write a value to a log or a stream, or turn it into text: reading a result
 * this way neither tests it nor hands it to code that could. {@link ResultInspection} reads them as
 * such.
 */
final class TextSinks {
  /** Classes whose methods write their arguments to a log or a stream and do nothing else. */
  private static final ImmutableSet<String> LOGGERS =
      ImmutableSet.of(
          "java.util.logging.Logger",
          "java.lang.System.Logger",
          "org.slf4j.Logger",
          "org.apache.logging.log4j.Logger",
          "org.apache.commons.logging.Log",
          "java.io.PrintStream",
          "java.io.PrintWriter");

  /** Classes whose methods turn a value into text, or build text, and do nothing else with it. */
  private static final ImmutableSet<String> FORMATTERS =
      ImmutableSet.of(
          "java.lang.String",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer",
          ImapiCodes.IMAPI_ERROR);

  private TextSinks() {}

  /** Whether {@code method} only logs, prints, formats or converts its arguments to text. */
  static boolean isTextSink(MethodSymbol method) {
    Symbol owner = method.owner;
    if (owner == null) {
      return false;
    }
    String name = owner.getQualifiedName().toString();
    return LOGGERS.contains(name) || FORMATTERS.contains(name);
  }
}
