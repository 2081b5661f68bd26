package io.github.imapichecks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long-methods corpus: valid Java, one method of as many IMAPI calls as its name says, handled
 * so that no check reports; and the growth table the report makes of it.
 */
final class LongMethodCorpusTest {
  @Test
  void eachShapeCompilesAndDrawsNoFinding(@TempDir Path root) throws IOException {
    for (LongMethodCorpus.Shape shape : LongMethodCorpus.Shape.values()) {
      Path corpus = root.resolve(shape.corpusName(20));
      LongMethodCorpus.write(corpus, shape, 20);
      assertEquals(Map.of(), DenseCorpusTest.findingsByCheck(corpus), shape.corpusName(20));
    }
  }

  @Test
  void theMethodMakesAsManyCallsAsItsNameSays() {
    Pattern call = Pattern.compile("master\\.(Open|RecordDisc)\\(");
    for (LongMethodCorpus.Shape shape : LongMethodCorpus.Shape.values()) {
      String client = LongMethodCorpus.client(shape, 100);
      Matcher calls = call.matcher(client);
      int count = 0;
      while (calls.find()) {
        count++;
      }
      assertEquals(100, count, shape.corpusName(100));
      // One method: the class declares no other.
      assertEquals(1, client.split("  static int ", -1).length - 1, shape.corpusName(100));
    }
    assertEquals("long-branches-1600", LongMethodCorpus.Shape.BRANCHES.corpusName(1600));
  }

  @Test
  void longIsEveryShapeAtEveryLength() {
    Bench.Options options =
        Bench.Options.parse(new String[] {"--corpora", "dense-1x,long", "--runs", "1"});
    assertEquals(11, options.corpora().size());
    assertEquals("dense-1x", options.corpora().get(0));
    assertEquals("long-open-100", options.corpora().get(1));
    assertEquals("long-branches-1600", options.corpora().get(10));
    assertTrue(Bench.Options.ALL_CORPORA.contains("long-open-800"));
  }

  @Test
  void theGrowthTableComparesEachLengthWithHalfOfIt() {
    Map<Corpus, Map<Config, List<Sample>>> results = new LinkedHashMap<>();
    results.put(corpus(400), runs(3, 3, 2));
    results.put(corpus(800), runs(3, 9, 4));
    ImapiBuild now = new ImapiBuild("dd44c90", List.of(), List.of("A"));
    ImapiBuild base = new ImapiBuild("ad139c5", List.of(), List.of("A"));

    String table = Report.lengthGrowth(results, now, base);
    assertTrue(
        table.contains(
            "| corpus | IMAPI calls in the method | ep-off CPU s | added CPU s, baseline ad139c5"
                + " | added wall s, baseline ad139c5"
                + " | added CPU × half the length's, baseline ad139c5 | added CPU s, dd44c90"
                + " | added wall s, dd44c90 | added CPU × half the length's, dd44c90 |\n"),
        table);
    assertTrue(
        table.contains("| long-open-400 | 400 | 3.00 | +3.00 | +1.50 |  | +2.00 | +1.00 |  |\n"),
        table);
    assertTrue(
        table.contains(
            "| long-open-800 | 800 | 3.00 | +9.00 | +4.50 | 3.00 | +4.00 | +2.00 | 2.00 |\n"),
        table);
    assertTrue(
        Report.markdown(
                results,
                Bench.Options.parse(new String[0]),
                "",
                now,
                base,
                Path.of("javac"),
                "1",
                "2",
                Duration.ofSeconds(61))
            .contains(table));

    // Without a baseline, this tree's columns only; without a long method, no table.
    results.values().forEach(configs -> configs.remove(Config.EP_OFF_IMAPI_BASE));
    String alone = Report.lengthGrowth(results, now, null);
    assertTrue(alone.contains("| long-open-800 | 800 | 3.00 | +4.00 | +2.00 | 2.00 |\n"), alone);
    assertFalse(alone.contains("baseline"), alone);
    results.values().forEach(configs -> configs.remove(Config.EP_OFF_IMAPI));
    assertTrue(
        Report.lengthGrowth(results, now, null)
            .contains("| long-open-800 | 800 | 3.00 |  |  |  |"));
    assertEquals(
        "",
        Report.lengthGrowth(
            Map.of(
                new Corpus("dense-1x", "generated", List.of(), List.of(), 3000, 0), runs(3, 6, 5)),
            now,
            null));
  }

  private static Corpus corpus(int calls) {
    return new Corpus("long-open-" + calls, "generated", List.of(), List.of(), 1, calls);
  }

  /**
   * ep-off at {@code cpu} CPU seconds; this tree's imapi-checks add {@code now}, the baseline's
   * {@code atBase}, half as much wall time.
   */
  private static Map<Config, List<Sample>> runs(double cpu, double atBase, double now) {
    Map<Config, List<Sample>> runs = new EnumMap<>(Config.class);
    runs.put(Config.EP_OFF, List.of(sample(cpu, cpu)));
    runs.put(Config.EP_OFF_IMAPI, List.of(sample(cpu + now / 2, cpu + now)));
    runs.put(Config.EP_OFF_IMAPI_BASE, List.of(sample(cpu + atBase / 2, cpu + atBase)));
    return runs;
  }

  private static Sample sample(double wallSeconds, double cpuSeconds) {
    return new Sample((long) (wallSeconds * 1e9), (long) (cpuSeconds * 1e9), 1024, 0, 0);
  }
}
