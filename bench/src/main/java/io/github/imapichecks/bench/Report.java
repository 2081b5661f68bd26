package io.github.imapichecks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's results as Markdown: medians, ratios, imapi-checks' cost, growth, and with a
 * baseline, this tree's imapi-checks against the baseline's.
 */
final class Report {
  /** imapi-checks' budget over Error Prone with checks disabled: wall time and peak memory. */
  private static final double REAL_CODE_WALL_BUDGET = 0.03;

  private static final double REAL_CODE_PEAK_BUDGET = 0.05;
  private static final double DENSE_BUDGET = 0.10;

  /** The configurations that run imapi-checks, each followed by its {@code @base} twin. */
  private static final List<Config> IMAPI_CONFIGS =
      List.of(
          Config.EP_OFF_IMAPI,
          Config.EP_OFF_IMAPI_BASE,
          Config.EP_DEFAULT_IMAPI,
          Config.EP_DEFAULT_IMAPI_BASE,
          Config.CF_IMAPI,
          Config.CF_IMAPI_BASE);

  private Report() {}

  static String markdown(
      Map<Corpus, Map<Config, List<Sample>>> results,
      Bench.Options options,
      String arguments,
      ImapiBuild current,
      ImapiBuild atBase,
      Path javac,
      String loadBefore,
      String loadAfter,
      Duration took) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("### Run of %s%n%n", LocalDate.now(ZoneOffset.UTC)));
    out.append(String.format("- Machine: %s%n", Machine.describe()));
    out.append(String.format("- javac: `%s`%n", javac));
    out.append(
        String.format("- Command: `bench/run%s`%n", arguments.isEmpty() ? "" : " " + arguments));
    out.append(
        String.format(
            "- %d timed runs per configuration and corpus, configurations alternating (ABC CBA"
                + " ...), after one untimed warm-up compilation per corpus; took %d min %d s%n",
            options.runs(), took.toMinutes(), took.toSecondsPart()));
    out.append(String.format("- Load average before: %s; after: %s%n", loadBefore, loadAfter));
    if (atBase != null) {
      out.append(
          String.format(
              "- Commits: %s, against the baseline %s (`--baseline %s`)%n",
              current.commit(), atBase.commit(), options.baseline()));
    }
    out.append(String.format("- imapi-checks enabled: %s%n", String.join(", ", current.checks())));
    if (atBase != null && !atBase.checks().equals(current.checks())) {
      out.append(
          String.format(
              "- imapi-checks enabled at the baseline: %s%n", String.join(", ", atBase.checks())));
    }
    out.append("- Corpora:\n");
    for (Corpus corpus : results.keySet()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  - %s: %s, %d files, %,d lines%n",
              corpus.name(),
              corpus.description(),
              corpus.sources().size(),
              lines(corpus)));
    }
    out.append('\n');

    out.append("#### Medians\n\n");
    out.append(
        "| corpus | configuration | wall s | CPU s | peak RSS MiB | compared with | wall ×"
            + " | CPU × | peak × | wall min–max s | warnings (imapi) |\n");
    out.append("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
    results.forEach(
        (corpus, samples) ->
            samples.forEach(
                (config, runs) -> {
                  Config baseline = config.baseline();
                  List<Sample> base = baseline == null ? null : samples.get(baseline);
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "| %s | %s | %.2f | %.2f | %.0f | %s | %s | %s | %s | %.2f–%.2f | %d"
                              + " (%d) |%n",
                          corpus.name(),
                          config.id,
                          median(runs, Sample::wallSeconds),
                          median(runs, Sample::cpuSeconds),
                          median(runs, s -> s.peakKib() / 1024.0),
                          base == null ? "" : baseline.id,
                          ratio(runs, base, Sample::wallSeconds),
                          ratio(runs, base, Sample::cpuSeconds),
                          ratio(runs, base, s -> s.peakKib()),
                          min(runs, Sample::wallSeconds),
                          max(runs, Sample::wallSeconds),
                          runs.get(0).warnings(),
                          runs.get(0).imapiFindings()));
                }));

    out.append("\n#### What imapi-checks add\n\n");
    out.append(
        "Change of the medians, and the median of the per-round changes (each run paired with the"
            + " baseline's run of the same round, next to it in the alternating order, which"
            + " cancels most of the machine's drift).\n\n");
    out.append(
        "| corpus | over | wall | CPU | peak RSS | wall, paired | CPU, paired | peak, paired"
            + " | target (wall / peak) | met (paired) |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
    results.forEach(
        (corpus, samples) -> {
          for (Config with : IMAPI_CONFIGS) {
            List<Sample> runs = samples.get(with);
            List<Sample> base = samples.get(with.baseline());
            if (runs == null || base == null) {
              continue;
            }
            double pairedWall = pairedChange(runs, base, Sample::wallSeconds);
            double pairedPeak = pairedChange(runs, base, s -> s.peakKib());
            boolean realCode = corpus.generatedMethods() == 0;
            double wallBudget = realCode ? REAL_CODE_WALL_BUDGET : DENSE_BUDGET;
            double peakBudget = realCode ? REAL_CODE_PEAK_BUDGET : DENSE_BUDGET;
            // A long method is measured for how its cost grows, not against a budget.
            boolean targeted = with.current() == Config.EP_OFF_IMAPI && corpus.methodCalls() == 0;
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %s | %+.1f%% | %+.1f%% | %+.1f%% | %+.1f%% | %+.1f%% | %+.1f%% | %s | %s"
                        + " |%n",
                    corpus.name(),
                    with.isAtBase()
                        ? with.baseline().id + " (" + with.id + ")"
                        : with.baseline().id,
                    100 * change(runs, base, Sample::wallSeconds),
                    100 * change(runs, base, Sample::cpuSeconds),
                    100 * change(runs, base, s -> s.peakKib()),
                    100 * pairedWall,
                    100 * pairedChange(runs, base, Sample::cpuSeconds),
                    100 * pairedPeak,
                    targeted
                        ? String.format(
                            Locale.ROOT, "≤ %.0f%% / ≤ %.0f%%", 100 * wallBudget, 100 * peakBudget)
                        : "(no target)",
                    targeted
                        ? (pairedWall <= wallBudget && pairedPeak <= peakBudget ? "yes" : "no")
                        : ""));
          }
        });

    List<String[]> growth = new ArrayList<>();
    results.forEach(
        (corpus, samples) -> {
          List<Sample> runs = samples.get(Config.EP_OFF_IMAPI);
          List<Sample> base = samples.get(Config.EP_OFF);
          int methods = corpus.generatedMethods();
          if (methods == 0 || corpus.methodCalls() > 0 || runs == null || base == null) {
            return;
          }
          double addedCpu = median(runs, Sample::cpuSeconds) - median(base, Sample::cpuSeconds);
          double addedWall = median(runs, Sample::wallSeconds) - median(base, Sample::wallSeconds);
          growth.add(
              new String[] {
                corpus.name(),
                String.format(Locale.ROOT, "%,d", methods),
                String.format(Locale.ROOT, "%.2f", median(base, Sample::cpuSeconds)),
                String.format(Locale.ROOT, "%+.2f", addedCpu),
                String.format(Locale.ROOT, "%+.2f", addedWall),
                String.format(Locale.ROOT, "%.0f", 1000 * 1000 * addedCpu / methods)
              });
        });
    if (!growth.isEmpty()) {
      out.append("\n#### Growth with corpus size (ep-off+imapi over ep-off)\n\n");
      out.append(
          "| corpus | methods | ep-off CPU s | added CPU s | added wall s"
              + " | added CPU ms per 1,000 methods |\n");
      out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
      for (String[] row : growth) {
        out.append("| ").append(String.join(" | ", row)).append(" |\n");
      }
    }
    out.append(lengthGrowth(results, current, atBase));
    if (atBase != null) {
      out.append(
          String.format(
              "%n#### This tree's imapi-checks (%s) against the baseline's (%s)%n%n",
              current.commit(), atBase.commit()));
      out.append(againstBaseline(results));
    }
    return out.toString();
  }

  /**
   * The growth table of the long-methods corpora: what imapi-checks add to ep-off, by the number of
   * IMAPI calls in the one method, and how much that is over the same shape at half the length
   * (about 2 where the cost grows linearly, 4 where it grows with the square); with a baseline, its
   * imapi-checks' beside this tree's, from the same rounds. Empty without such a corpus.
   */
  static String lengthGrowth(
      Map<Corpus, Map<Config, List<Sample>>> results, ImapiBuild current, ImapiBuild atBase) {
    List<Config> builds =
        atBase == null
            ? List.of(Config.EP_OFF_IMAPI)
            : List.of(Config.EP_OFF_IMAPI_BASE, Config.EP_OFF_IMAPI);
    Map<String, Double> added = new HashMap<>();
    List<String> rows = new ArrayList<>();
    results.forEach(
        (corpus, samples) -> {
          List<Sample> base = samples.get(Config.EP_OFF);
          if (corpus.methodCalls() == 0 || base == null) {
            return;
          }
          String series = corpus.name().substring(0, corpus.name().lastIndexOf('-'));
          StringBuilder row =
              new StringBuilder(
                  String.format(
                      Locale.ROOT,
                      "| %s | %,d | %.2f",
                      corpus.name(),
                      corpus.methodCalls(),
                      median(base, Sample::cpuSeconds)));
          for (Config build : builds) {
            List<Sample> runs = samples.get(build);
            if (runs == null) {
              row.append(" |  |  |  |");
              continue;
            }
            double addedCpu = median(runs, Sample::cpuSeconds) - median(base, Sample::cpuSeconds);
            added.put(build.id + " " + series + " " + corpus.methodCalls(), addedCpu);
            Double half = added.get(build.id + " " + series + " " + corpus.methodCalls() / 2);
            row.append(
                String.format(
                    Locale.ROOT,
                    " | %+.2f | %+.2f | %s",
                    addedCpu,
                    median(runs, Sample::wallSeconds) - median(base, Sample::wallSeconds),
                    half == null ? "" : String.format(Locale.ROOT, "%.2f", addedCpu / half)));
          }
          rows.add(row.append(" |\n").toString());
        });
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("\n#### Growth with a method's length (ep-off+imapi over ep-off)\n\n");
    out.append("| corpus | IMAPI calls in the method | ep-off CPU s");
    for (Config build : builds) {
      String which =
          build.isAtBase()
              ? ", baseline " + atBase.commit()
              : atBase == null ? "" : ", " + current.commit();
      out.append(
          String.format(
              " | added CPU s%s | added wall s%s | added CPU × half the length's%s",
              which, which, which));
    }
    out.append(" |\n| --- | ---: | ---:").append(" | ---: | ---: | ---:".repeat(builds.size()));
    out.append(" |\n");
    rows.forEach(out::append);
    return out.toString();
  }

  /**
   * The table that compares each configuration that runs imapi-checks with its {@code @base} twin:
   * ratios of the medians, and medians of the per-round ratios (each run over the twin's run of the
   * same round, next to it in the order), and the findings of both.
   */
  static String againstBaseline(Map<Corpus, Map<Config, List<Sample>>> results) {
    StringBuilder out = new StringBuilder();
    out.append(
        "Ratios of this tree's build over the baseline's (below 1: faster or smaller now): of the"
            + " medians, and the median of the per-round ratios (each run paired with the"
            + " baseline's run of the same round, next to it in the alternating order).\n\n");
    out.append(
        "| corpus | configuration | wall × | CPU × | peak × | wall ×, paired | CPU ×, paired"
            + " | peak ×, paired | warnings (imapi), baseline | warnings (imapi), now |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    results.forEach(
        (corpus, samples) -> {
          for (Config with : Config.values()) {
            List<Sample> runs = samples.get(with);
            List<Sample> base = with.atBase() == null ? null : samples.get(with.atBase());
            if (runs == null || base == null) {
              continue;
            }
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d (%d) | %d (%d) |%n",
                    corpus.name(),
                    with.id,
                    1 + change(runs, base, Sample::wallSeconds),
                    1 + change(runs, base, Sample::cpuSeconds),
                    1 + change(runs, base, s -> s.peakKib()),
                    1 + pairedChange(runs, base, Sample::wallSeconds),
                    1 + pairedChange(runs, base, Sample::cpuSeconds),
                    1 + pairedChange(runs, base, s -> s.peakKib()),
                    base.get(0).warnings(),
                    base.get(0).imapiFindings(),
                    runs.get(0).warnings(),
                    runs.get(0).imapiFindings()));
          }
        });
    return out.toString();
  }

  private static long lines(Corpus corpus) {
    try {
      return corpus.lines();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double median(List<Sample> samples, ToDoubleFunction<Sample> metric) {
    double[] values = samples.stream().mapToDouble(metric).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  private static double min(List<Sample> samples, ToDoubleFunction<Sample> metric) {
    return samples.stream().mapToDouble(metric).min().orElse(Double.NaN);
  }

  private static double max(List<Sample> samples, ToDoubleFunction<Sample> metric) {
    return samples.stream().mapToDouble(metric).max().orElse(Double.NaN);
  }

  private static String ratio(
      List<Sample> samples, List<Sample> base, ToDoubleFunction<Sample> metric) {
    return base == null
        ? ""
        : String.format(Locale.ROOT, "%.3f", median(samples, metric) / median(base, metric));
  }

  /** The median over rounds of each run's change over the baseline's run of the same round. */
  private static double pairedChange(
      List<Sample> samples, List<Sample> base, ToDoubleFunction<Sample> metric) {
    int rounds = Math.min(samples.size(), base.size());
    double[] changes = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      changes[round] =
          metric.applyAsDouble(samples.get(round)) / metric.applyAsDouble(base.get(round)) - 1;
    }
    Arrays.sort(changes);
    int middle = rounds / 2;
    return rounds % 2 == 1 ? changes[middle] : (changes[middle - 1] + changes[middle]) / 2;
  }

  private static double change(
      List<Sample> samples, List<Sample> base, ToDoubleFunction<Sample> metric) {
    return median(samples, metric) / median(base, metric) - 1;
  }
}
