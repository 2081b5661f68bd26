package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random client programs ({@link ClientProgramGenerator}) compiled with every imapi-check: no check
 * may ever throw. CI runs fixed seeds; run more locally with
 *
 * <pre>
 *   mvn -B -pl checks -am test -Dtest=GeneratedProgramsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Dimapi.fuzz.count=2000 -Dimapi.fuzz.seed=12345
 * </pre>
 *
 * A failure names the seed and the program, so that it can be replayed with the same properties.
 */
final class GeneratedProgramsTest {
  /** Programs compiled together: one javac run per batch keeps the test fast. */
  private static final int BATCH = 20;

  @Test
  void noCheckThrowsOnGeneratedPrograms(@TempDir Path work) throws IOException {
    int count = Integer.getInteger("imapi.fuzz.count", 60);
    long seed = Long.getLong("imapi.fuzz.seed", 20251125L);
    int findings = 0;
    for (int first = 0; first < count; first += BATCH) {
      int last = Math.min(count, first + BATCH);
      Path batch = Files.createDirectories(work.resolve("batch" + first));
      List<Path> sources = new ArrayList<>();
      for (String[] binding : ClientProgramGenerator.BINDINGS) {
        sources.add(write(batch.resolve(binding[0]), binding[1]));
      }
      for (int n = first; n < last; n++) {
        sources.add(
            write(
                batch.resolve("fuzz/Program" + n + ".java"),
                ClientProgramGenerator.program(seed + n, n)));
      }
      ImapiCompilation.Outcome outcome =
          ImapiCompilation.compile(
              sources,
              System.getProperty("java.class.path"),
              Files.createDirectories(batch.resolve("classes")),
              ImapiCompilation.withOracle(ImapiCompilation.registered()),
              List.of());
      String replay =
          String.format(
              "programs %d to %d of seed %d (-Dimapi.fuzz.seed=%d), in %s:%n%s",
              first, last - 1, seed, seed, batch, outcome.describe());
      assertFalse(outcome.crashed(), replay);
      // A program that does not compile tests nothing: the generator must write valid Java.
      assertEquals(List.of(), outcome.errors(), replay);
      assertEquals(List.of(), outcome.findings("recognizer mismatch"), replay);
      findings += outcome.findings("[Imapi").size();
    }
    // The programs are meant to give every check work, findings included.
    assertTrue(findings > count, "only " + findings + " findings in " + count + " programs");
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
