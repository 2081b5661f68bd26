package io.github.imapichecks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IMAPI v2 dense corpus: valid Java against JNA, com4j and JACOB; the correct idioms draw no
 * finding, and the buggy corpus draws exactly the findings its generator documents, from every
 * check. Compiled as the benchmark compiles it, with Error Prone and every registered imapi-check
 * at WARN, from this module's test classpath.
 */
final class DenseV2CorpusTest {
  @Test
  void theCorrectIdiomsDrawNoFinding(@TempDir Path root) throws IOException {
    // Enough classes that every idiom lands in every class, and the cycle wraps across classes.
    DenseV2Corpus.write(root, 3, false);
    assertEquals(Map.of(), DenseV2Corpus.expectedFindings(3, false));
    assertEquals(Map.of(), DenseCorpusTest.findingsByCheck(root));
  }

  @Test
  void theBuggyCorpusDrawsTheDocumentedFindingsFromEveryCheck(@TempDir Path root)
      throws IOException {
    // Five classes: the first misdefines its constant, the next three do not, the fifth does.
    DenseV2Corpus.write(root, 5, true);
    Map<String, Long> expected = DenseV2Corpus.expectedFindings(5, true);
    assertEquals(expected, DenseCorpusTest.findingsByCheck(root));
    assertEquals(
        Set.copyOf(ImapiBuild.registeredChecks(DenseCorpusTest.testClasspath())),
        expected.keySet());
  }

  @Test
  void sizeIsCountedInClientClasses() {
    String client = DenseV2Corpus.client(1, true);
    for (int m = 0; m < DenseCorpus.METHODS_PER_CLASS; m++) {
      assertTrue(client.contains(m + "("), "method " + m);
    }
    assertTrue(DenseV2Corpus.client(0, true).contains("E_IMAPI_RECORDER_LOCKED = 0x80AA0210;"));
    assertTrue(DenseV2Corpus.client(1, true).contains("E_IMAPI_RECORDER_LOCKED = 0xC0AA0210;"));
    assertTrue(DenseV2Corpus.client(0, false).contains("E_IMAPI_RECORDER_LOCKED = 0xC0AA0210;"));
  }

  @Test
  void theCorporaAreListed() {
    List<String> v2 = List.of("dense-v2-1x", "dense-v2-2x", "dense-v2-4x", "dense-v2-clean-1x");
    assertTrue(Bench.Options.ALL_CORPORA.containsAll(v2));
    assertEquals(
        v2, Bench.Options.parse(new String[] {"--corpora", String.join(",", v2)}).corpora());
    assertTrue(Bench.Options.parse(new String[] {"--full"}).corpora().containsAll(v2));
  }
}
