package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class MessagesTest {
  @Test
  void listsNameAtMostThreeAndCountTheRest() {
    assertEquals("A", Messages.list(List.of("A")));
    assertEquals("A and B", Messages.list(List.of("A", "B")));
    assertEquals("A, B and C", Messages.list(List.of("A", "B", "C")));
    assertEquals("A, B, C and 1 other", Messages.list(List.of("A", "B", "C", "D")));
    assertEquals("A, B, C and 2 others", Messages.list(List.of("A", "B", "C", "D", "E")));
  }
}
