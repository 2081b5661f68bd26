package io.github.imapichecks.errorprone;

import java.util.List;

/** How the checks' messages list things: "A, B and C", at most three named. */
final class Messages {
  /** How many items a list names before it counts the rest: "A, B, C and 2 others". */
  private static final int LISTED = 3;

  private Messages() {}

  /** {@code items} as prose: "A", "A and B", "A, B and C", or "A, B, C and 2 others". */
  static String list(List<String> items) {
    if (items.size() > LISTED) {
      int others = items.size() - LISTED;
      return String.join(", ", items.subList(0, LISTED))
          + " and "
          + others
          + (others == 1 ? " other" : " others");
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
