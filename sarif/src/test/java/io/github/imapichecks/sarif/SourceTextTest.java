package io.github.imapichecks.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class SourceTextTest {
  @Test
  void linesEndAtLfCrlfAndCr() {
    SourceText text = new SourceText("ab\ncd\r\nef\rgh");
    assertEquals(new Region(1, 2, 1, 3, 1, 1, "b"), text.region(1, 2));
    assertEquals(new Region(2, 1, 2, 3, 3, 2, "cd"), text.region(3, 5));
    assertEquals(new Region(3, 1, 4, 3, 7, 5, "ef\rgh"), text.region(7, 12));
  }

  @Test
  void aRegionAcrossLinesEndsOnItsLastLine() {
    SourceText text = new SourceText("int x =\n    1;\n");
    assertEquals(new Region(1, 5, 2, 7, 4, 10, "x =\n    1;"), text.region(4, 14));
  }

  @Test
  void anEmptyRegionIsAnInsertionPoint() {
    assertEquals(new Region(2, 1, 2, 1, 2, 0, ""), new SourceText("a\nb").region(2, 2));
  }

  @Test
  void offsetsOutsideTheTextAreClampedAndAnEndBeforeTheStartIsAPoint() {
    SourceText text = new SourceText("abc");
    assertEquals(new Region(1, 1, 1, 4, 0, 3, "abc"), text.region(-5, 99));
    assertEquals(new Region(1, 3, 1, 3, 2, 0, ""), text.region(2, 1));
  }

  @Test
  void columnsCountUtf16UnitsAndTabsAsOne() {
    SourceText text = new SourceText("\t\uD83D\uDE00x");
    assertEquals(new Region(1, 4, 1, 5, 3, 1, "x"), text.region(3, 4));
  }

  @Test
  void manyLines() {
    SourceText text = new SourceText("x\n".repeat(100) + "end");
    assertEquals(new Region(101, 1, 101, 4, 200, 3, "end"), text.region(200, 203));
  }
}
