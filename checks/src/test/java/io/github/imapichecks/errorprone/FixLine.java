package io.github.imapichecks.errorprone;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a check offers a fix, Error Prone ends the diagnostic with "Did you mean '...'?", showing
 * the fixed line: the check's own message must not ask the same question again.
 */
final class FixLine {
  private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean");

  private FixLine() {}

  /**
   * A diagnostic whose one "did you mean" is Error Prone's line showing {@code fixedLine}, for
   * {@code CompilationTestHelper.expectErrorMessage} and "// BUG: Diagnostic matches: KEY".
   */
  static Predicate<String> once(String fixedLine) {
    return message -> count(message) == 1 && message.contains("Did you mean '" + fixedLine + "'?");
  }

  /** How often {@code message} says "did you mean", in any case. */
  static int count(String message) {
    Matcher matcher = DID_YOU_MEAN.matcher(message.toLowerCase(Locale.ROOT));
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
