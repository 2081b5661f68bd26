package io.github.imapichecks.sarif;

import java.util.Arrays;

/**
 * A source file's text, and its offsets as SARIF regions: 1-based lines, and 1-based columns
 * counted in UTF-16 code units (SARIF's default {@code columnKind}), tabs counting as one.
 */
final class SourceText {
  private final String text;

  /** The offset each line starts at. */
  private final int[] lineStarts;

  SourceText(CharSequence content) {
    this.text = content.toString();
    int[] starts = new int[16];
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
  }

  /**
   * The region from offset {@code start} to offset {@code end} (exclusive), with the text it
   * covers; offsets out of the text are clamped to it.
   */
  Region region(int start, int end) {
    int from = clamp(start);
    int to = Math.max(from, clamp(end));
    int startLine = line(from);
    int endLine = line(to);
    return new Region(
        startLine + 1,
        from - lineStarts[startLine] + 1,
        endLine + 1,
        to - lineStarts[endLine] + 1,
        from,
        to - from,
        text.substring(from, to));
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }

  /** The 0-based line holding {@code offset}. */
  private int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found : -found - 2;
  }
}
