package io.github.imapichecks.sarif;

import java.net.URI;
import java.util.List;

/**
 * One Error Prone finding as the SARIF file reports it.
 *
 * @param check the check's name, the SARIF rule's id
 * @param level the effective severity, after {@code -Xep} overrides: error, warning or note
 * @param message the check's message, without its name and link
 * @param link the check's docs page, or null; the rule's help URI when the check is not known
 * @param file the source file
 * @param region what the finding marks: the range of the code the check describes
 * @param fixes the suggested fixes, in Error Prone's order
 */
record Finding(
    String check,
    String level,
    String message,
    String link,
    URI file,
    Region region,
    List<SuggestedFix> fixes) {

  /**
   * A suggested fix: text replacements in the finding's file.
   *
   * @param description what the fix does, or "" when the check does not say
   * @param edits the replacements, ordered by position, none overlapping
   */
  record SuggestedFix(String description, List<Edit> edits) {}

  /**
   * One replacement: the region's text becomes {@code replacement}.
   *
   * @param deleted what is replaced; empty for an insertion
   * @param replacement the new text
   */
  record Edit(Region deleted, String replacement) {}
}
