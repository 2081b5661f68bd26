package io.github.imapichecks.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One diagnostic: where it is, which check reported it ({@code ""} for javac's own), and the source
 * text from its start to its end position, which is what an IDE underlines.
 *
 * @param file the source file, relative to the compiled source root, with '/' separators
 * @param start the diagnostic's start offset in the file, or -1
 * @param end the diagnostic's end offset in the file, or -1
 * @param text the source from start to end, whitespace runs collapsed to one space
 */
record Finding(
    String file,
    long line,
    long column,
    String check,
    Diagnostic.Kind kind,
    long start,
    long end,
    String text,
    String message) {
  private static final Pattern CHECK = Pattern.compile("^\\[(\\w+)\\] ");

  static Finding of(Diagnostic<? extends JavaFileObject> diagnostic, Path sourceRoot) {
    String message = diagnostic.getMessage(null);
    Matcher check = CHECK.matcher(message);
    JavaFileObject source = diagnostic.getSource();
    String file = "";
    String text = "";
    if (source != null) {
      file = sourceRoot.relativize(Path.of(source.toUri())).toString().replace('\\', '/');
      if (diagnostic.getStartPosition() >= 0 && diagnostic.getEndPosition() >= 0) {
        text =
            content(source)
                .substring((int) diagnostic.getStartPosition(), (int) diagnostic.getEndPosition())
                .replaceAll("\\s+", " ");
      }
    }
    return new Finding(
        file,
        diagnostic.getLineNumber(),
        diagnostic.getColumnNumber(),
        check.find() ? check.group(1) : "",
        diagnostic.getKind(),
        diagnostic.getStartPosition(),
        diagnostic.getEndPosition(),
        text,
        message);
  }

  /**
   * Whether the diagnostic marks a point rather than a range. Error Prone 2.42 reports the range of
   * the tree a check describes; newer releases report only its preferred position.
   */
  boolean pointOnly() {
    return start == end;
  }

  /** Whether the check offers a fix, which Error Prone shows as "Did you mean '...'?". */
  boolean hasFix() {
    return message.contains("Did you mean");
  }

  String location() {
    return file + ":" + line + ":" + column;
  }

  /** The finding as a line of the golden list: {@code file:line:column Check underlined text}. */
  String golden() {
    return location() + " " + check + " " + text;
  }

  private static String content(JavaFileObject source) {
    try {
      return source.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
