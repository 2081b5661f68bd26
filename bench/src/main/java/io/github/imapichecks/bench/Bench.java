package io.github.imapichecks.bench;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark: compiles each corpus under each configuration, alternating the configurations run
 * after run, and prints medians and ratios of wall time, CPU time and peak memory as a Markdown
 * table. Run it with {@code bench/run} (which builds what it needs first):
 *
 * <pre>
 *   bench/run [--runs N] [--corpora a,b] [--configs a,b] [--dense-classes N] [--out FILE]
 *             [--baseline REF]
 * </pre>
 */
public final class Bench {
  private static final String USAGE =
      """
      usage: bench/run [options]
        (no option)         the quick run, a few minutes: javac and the Error Prone
                            configurations on jna-platform and dense-1x, 3 runs each
        --full              every configuration on every corpus (the Checker Framework
                            configurations are slow: most of an hour on 2 cores)
        --runs N            timed runs of each configuration on each corpus (default 3)
        --corpora LIST      of jna-platform, dense-1x, dense-2x, dense-4x, dense-clean-1x
                            (dense-1x without its buggy idioms: no finding to report), the
                            IMAPI v2 and exception-style ones dense-v2-1x, dense-v2-2x,
                            dense-v2-4x, dense-v2-clean-1x, and the long methods
                            long-open-N and long-branches-N (one method of N IMAPI calls,
                            N = 100, 200, 400, 800, 1600), or long for all ten
        --configs LIST      of javac, ep-off, ep-off+imapi, ep-default, ep-default+imapi,
                            cf-fenum, cf-imapi
        --dense-classes N   client classes of the 1x dense corpora, 50 methods each (default 60)
        --out FILE          also write the Markdown report to FILE
        --baseline REF      also run the imapi-checks of git commit REF (HEAD~1, a hash,
                            a branch), built in bench/target/baseline-src: each selected
                            configuration with imapi-checks gets a twin, such as
                            ep-off+imapi@base, in the same alternating rounds, and the
                            report compares the two (paired ratios, findings of both)
      """;

  private final Layout layout;
  private final Path javac;
  private final ImapiBuild current;
  private final ImapiBuild base;
  private final PrintStream progress = System.err;

  /**
   * @param current the imapi-checks of this tree
   * @param base the baseline's, or null without {@code --baseline}
   */
  private Bench(Layout layout, Path javac, ImapiBuild current, ImapiBuild base) {
    this.layout = layout;
    this.javac = javac;
    this.current = current;
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    try {
      Layout layout = new Layout(Path.of(System.getProperty("imapi.bench.repo", ".")).toRealPath());
      layout.requireBuilt();
      Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
      // bench/run names the commits (git rev-parse --short) when it builds a baseline.
      ImapiBuild current =
          ImapiBuild.of(
              System.getProperty("imapi.bench.commit", "this tree"),
              layout.errorPronePath(),
              layout.imapiPath());
      ImapiBuild base =
          options.baseline() == null
              ? null
              : ImapiBuild.of(
                  System.getProperty("imapi.bench.baseline.commit", options.baseline()),
                  layout.errorPronePath(),
                  layout.baselineImapiPath());
      Bench bench = new Bench(layout, javac, current, base);
      String report = bench.run(options, String.join(" ", args));
      System.out.print(report);
      if (options.out() != null) {
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
      }
    } catch (IllegalStateException e) {
      // A missing build or a failed compilation: the message says which and what to do.
      System.err.println("bench: " + e.getMessage());
      System.exit(1);
    }
  }

  private String run(Options options, String arguments) throws Exception {
    Instant start = Instant.now();
    String loadBefore = Machine.loadAverage();
    Map<Corpus, Map<Config, List<Sample>>> results = new LinkedHashMap<>();
    for (String corpusName : options.corpora()) {
      Corpus corpus = corpus(corpusName, options.denseClasses());
      progress.printf(
          "%s: %d files, %,d lines; warming up%n",
          corpus.name(), corpus.sources().size(), corpus.lines());
      // One untimed compilation brings the sources and jars into the page cache.
      measure(corpus, Config.JAVAC);
      Map<Config, List<Sample>> samples = new EnumMap<>(Config.class);
      for (int round = 0; round < options.runs(); round++) {
        List<Config> order = new ArrayList<>(options.configs());
        // ABC CBA ABC ...: alternating, so that drift of the machine falls on every configuration.
        if (round % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        for (Config config : order) {
          Sample sample = measure(corpus, config);
          samples.computeIfAbsent(config, c -> new ArrayList<>()).add(sample);
          progress.printf(
              "  run %d %-21s wall %6.2f s  cpu %6.2f s  peak %5d MiB  warnings %d%n",
              round + 1,
              config.id,
              sample.wallSeconds(),
              sample.cpuSeconds(),
              sample.peakMib(),
              sample.warnings());
        }
      }
      results.put(corpus, samples);
    }
    return Report.markdown(
        results,
        options,
        arguments,
        current,
        base,
        javac,
        loadBefore,
        Machine.loadAverage(),
        Duration.between(start, Instant.now()));
  }

  private Corpus corpus(String name, int denseClasses) throws IOException {
    return switch (name) {
      case "jna-platform" -> Corpus.jnaPlatform(layout);
      case "dense-1x" -> Corpus.dense(layout, name, denseClasses);
      case "dense-2x" -> Corpus.dense(layout, name, 2 * denseClasses);
      case "dense-4x" -> Corpus.dense(layout, name, 4 * denseClasses);
      case "dense-clean-1x" -> Corpus.dense(layout, name, denseClasses, false);
      case "dense-v2-1x" -> Corpus.denseV2(layout, name, denseClasses, true);
      case "dense-v2-2x" -> Corpus.denseV2(layout, name, 2 * denseClasses, true);
      case "dense-v2-4x" -> Corpus.denseV2(layout, name, 4 * denseClasses, true);
      case "dense-v2-clean-1x" -> Corpus.denseV2(layout, name, denseClasses, false);
      default -> longMethod(name);
    };
  }

  private Corpus longMethod(String name) throws IOException {
    for (LongMethodCorpus.Shape shape : LongMethodCorpus.Shape.values()) {
      for (int calls : LongMethodCorpus.LENGTHS) {
        if (shape.corpusName(calls).equals(name)) {
          return Corpus.longMethod(layout, shape, calls);
        }
      }
    }
    throw new IllegalArgumentException("unknown corpus " + name);
  }

  /** Compiles {@code corpus} once under {@code config} in a fresh javac process. */
  private Sample measure(Corpus corpus, Config config) throws IOException, InterruptedException {
    Path work = layout.work().resolve("run");
    if (Files.exists(work)) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(Corpus::delete);
      }
    }
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path probe = work.resolve("probe.txt");
    Path log = work.resolve("javac.log");
    Path sourceList = work.resolve("sources.txt");
    Files.write(
        sourceList,
        corpus.sources().stream().map(Path::toString).collect(Collectors.toList()),
        StandardCharsets.UTF_8);

    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    command.add("-J-javaagent:" + layout.benchJar() + "=" + probe);
    // The javac JVM opens its internals to Error Prone and the Checker Framework, as Maven's does.
    for (String flag : layout.javacAccessFlags()) {
      command.add("-J" + flag);
    }
    command.addAll(config.options(layout, config.isAtBase() ? base : current));
    List<Path> classpath = new ArrayList<>(corpus.classpath());
    if (config.isCheckerFramework()) {
      // A project checked by the Checker Framework compiles against its annotations, and one
      // checked by ImapiHResultChecker against imapi-annotations, whose qualifiers the checker
      // loads from the classpath; the Fenum run gets the same classpath.
      classpath.add(layout.checkerQualJar());
      for (Path annotations : layout.annotationsPath()) {
        if (!classpath.contains(annotations)) {
          classpath.add(annotations);
        }
      }
    }
    command.addAll(
        List.of(
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            // Count every finding: javac stops printing after 100 by default.
            "-Xmaxwarns",
            "1000000",
            "-Xmaxerrs",
            "1000000",
            "-d",
            classes.toString(),
            "-classpath",
            Layout.join(classpath),
            "@" + sourceList));

    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(work.toFile())
            .start();
    int exit = process.waitFor();
    long wallNanos = System.nanoTime() - started;

    List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
    if (exit != 0 || !Files.exists(probe)) {
      throw new IllegalStateException(
          String.format(
              "%s on %s failed (exit %d); command: %s%nlast lines of its output:%n%s",
              config.id,
              corpus.name(),
              exit,
              String.join(" ", command),
              output.subList(Math.max(0, output.size() - 30), output.size()).stream()
                  .collect(Collectors.joining(System.lineSeparator()))));
    }
    List<String> probed =
        Splitter.on(' ').splitToList(Files.readString(probe, StandardCharsets.UTF_8).trim());
    int warnings = (int) output.stream().filter(line -> line.contains(": warning: ")).count();
    int imapiFindings =
        (int) output.stream().filter(line -> line.contains(": warning: [Imapi")).count();
    return new Sample(
        wallNanos,
        Long.parseLong(probed.get(0)),
        Long.parseLong(probed.get(1)),
        warnings,
        imapiFindings);
  }

  /**
   * The command line, parsed.
   *
   * @param configs the configurations to run, in the order of a round, with their {@code @base}
   *     twins when there is a baseline
   * @param baseline the git ref given with {@code --baseline}, or null
   */
  record Options(
      int runs,
      List<String> corpora,
      List<Config> configs,
      int denseClasses,
      Path out,
      String baseline) {
    /** The long-methods corpora: each shape at each length. */
    static final List<String> LONG_CORPORA =
        Arrays.stream(LongMethodCorpus.Shape.values())
            .flatMap(shape -> LongMethodCorpus.LENGTHS.stream().map(shape::corpusName))
            .toList();

    static final List<String> ALL_CORPORA =
        Stream.concat(
                Stream.of(
                    "jna-platform",
                    "dense-1x",
                    "dense-2x",
                    "dense-4x",
                    "dense-clean-1x",
                    "dense-v2-1x",
                    "dense-v2-2x",
                    "dense-v2-4x",
                    "dense-v2-clean-1x"),
                LONG_CORPORA.stream())
            .toList();
    static final List<String> QUICK_CORPORA = List.of("jna-platform", "dense-1x");
    static final List<Config> QUICK_CONFIGS =
        List.of(
            Config.JAVAC,
            Config.EP_OFF,
            Config.EP_OFF_IMAPI,
            Config.EP_DEFAULT,
            Config.EP_DEFAULT_IMAPI);

    static Options parse(String[] args) {
      int runs = 3;
      List<String> corpora = QUICK_CORPORA;
      List<Config> configs = QUICK_CONFIGS;
      int denseClasses = 60;
      Path out = null;
      String baseline = null;
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("--full")) {
          corpora = ALL_CORPORA;
          configs = Arrays.stream(Config.values()).filter(c -> !c.isAtBase()).toList();
          continue;
        }
        if (flag.equals("--help") || flag.equals("-h")) {
          throw new IllegalArgumentException("imapi-checks benchmark");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        String value = args[++i];
        switch (flag) {
          case "--runs" -> runs = positive(flag, value);
          case "--corpora" -> {
            corpora =
                Splitter.on(',')
                    .splitToStream(value)
                    .flatMap(name -> name.equals("long") ? LONG_CORPORA.stream() : Stream.of(name))
                    .toList();
            for (String corpus : corpora) {
              if (!ALL_CORPORA.contains(corpus)) {
                throw new IllegalArgumentException("unknown corpus " + corpus);
              }
            }
          }
          case "--configs" -> {
            configs = Splitter.on(',').splitToStream(value).map(Config::byId).toList();
            for (Config config : configs) {
              if (config.isAtBase()) {
                throw new IllegalArgumentException(
                    config.id + ": --baseline REF adds it to " + config.current().id);
              }
            }
          }
          case "--dense-classes" -> denseClasses = positive(flag, value);
          case "--out" -> out = Path.of(value);
          case "--baseline" -> baseline = value;
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      }
      if (baseline != null) {
        configs = withTwinsAtBase(configs);
      }
      return new Options(runs, corpora, configs, denseClasses, out, baseline);
    }

    /**
     * {@code configs} with each configuration's {@code @base} twin right after it, so that within a
     * round the two run next to each other (in the reversed rounds too).
     */
    static List<Config> withTwinsAtBase(List<Config> configs) {
      List<Config> withTwins = new ArrayList<>();
      for (Config config : configs) {
        withTwins.add(config);
        if (config.atBase() != null) {
          withTwins.add(config.atBase());
        }
      }
      if (withTwins.size() == configs.size()) {
        throw new IllegalArgumentException(
            "--baseline compares imapi-checks: select ep-off+imapi, ep-default+imapi or cf-imapi");
      }
      return List.copyOf(withTwins);
    }

    private static int positive(String flag, String value) {
      try {
        int number = Integer.parseInt(value);
        if (number > 0) {
          return number;
        }
      } catch (NumberFormatException e) {
        // Reported below.
      }
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s %s: give a positive number", flag, value));
    }
  }
}
