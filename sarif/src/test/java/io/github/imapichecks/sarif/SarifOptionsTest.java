package io.github.imapichecks.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SarifOptionsTest {
  @TempDir Path root;

  @Test
  void byDefaultTheFileSitsNextToTheClassOutputAndUrisAreRelativeToTheRepository()
      throws IOException {
    // A worktree's .git is a file.
    Files.writeString(root.resolve(".git"), "gitdir: /elsewhere\n");
    Path classes = root.resolve("module/target/classes");
    SarifOptions options = SarifOptions.parse(new String[0], classes, Path.of("/"));
    assertEquals(root.resolve("module/target/classes.sarif"), options.output());
    assertEquals(root, options.sourceRoot());
    assertFalse(options.allFindings());
  }

  @Test
  void outsideARepositoryUrisAreRelativeToTheWorkingDirectory() {
    Path work = root.resolve("work");
    SarifOptions options =
        SarifOptions.parse(new String[] {"output=out/x.sarif", "findings=ALL"}, null, work);
    assertEquals(work.resolve("out/x.sarif"), options.output());
    assertEquals(work, options.sourceRoot());
    assertTrue(options.allFindings());
  }

  @Test
  void explicitValuesWin() {
    SarifOptions options =
        SarifOptions.parse(
            new String[] {"srcroot=" + root, "output=" + root.resolve("a.sarif"), "findings=imapi"},
            root.resolve("classes"),
            Path.of("/"));
    assertEquals(new SarifOptions(root.resolve("a.sarif"), root, false), options);
  }

  @Test
  void badArgumentsAreNamed() {
    assertMessage("'output' has no value", "output");
    assertMessage("'output=' has no value", "output=");
    assertMessage("unknown option 'colour=blue'", "colour=blue");
    assertMessage("'findings=some': findings is imapi (the default) or all", "findings=some");
    assertMessage("'output=\0' is not a path", "output=\0");
  }

  @Test
  void withoutAClassOutputTheFileMustBeNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SarifOptions.parse(new String[0], null, root));
    assertTrue(e.getMessage().endsWith("give output=<file>"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SarifOptions.parse(new String[0], root.getRoot(), root));
  }

  private void assertMessage(String expected, String arg) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SarifOptions.parse(new String[] {arg}, root.resolve("classes"), root));
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }
}
