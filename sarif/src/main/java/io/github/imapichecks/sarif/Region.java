package io.github.imapichecks.sarif;

/**
 * A stretch of a source file, as SARIF's {@code region} describes it.
 *
 * @param startLine the first line, from 1
 * @param startColumn the first character's column, from 1
 * @param endLine the last line
 * @param endColumn the column after the last character (equal to startColumn for an empty region)
 * @param charOffset the first character's offset in the file, from 0
 * @param charLength the number of characters
 * @param snippet the text of the region
 */
record Region(
    int startLine,
    int startColumn,
    int endLine,
    int endColumn,
    int charOffset,
    int charLength,
    String snippet) {}
