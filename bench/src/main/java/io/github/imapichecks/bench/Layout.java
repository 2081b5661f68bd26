package io.github.imapichecks.bench;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the things the forked compilers need are, as {@code mvn package} lays them out under {@code
 * bench/target} (see bench/pom.xml).
 */
final class Layout {
  private final Path repo;
  private final Path target;

  Layout(Path repo) {
    this.repo = repo;
    this.target = repo.resolve("bench/target");
  }

  Path repo() {
    return repo;
  }

  Path work() {
    return target.resolve("bench-work");
  }

  Path benchJar() {
    return target.resolve("imapi-checks-bench.jar");
  }

  List<Path> errorPronePath() throws IOException {
    return classpath("errorprone.txt");
  }

  List<Path> imapiPath() throws IOException {
    return classpath("imapi.txt");
  }

  /**
   * The baseline's imapi-checks with its run-time dependencies, which {@code bench/run --baseline}
   * builds in {@code bench/target/baseline-src} and lists here.
   */
  List<Path> baselineImapiPath() throws IOException {
    Path list = target.resolve("classpath/imapi-baseline.txt");
    if (!Files.exists(list)) {
      throw new IllegalStateException(
          list + " is missing: --baseline needs bench/run, which builds the baseline");
    }
    return classpath("imapi-baseline.txt");
  }

  List<Path> annotationsPath() throws IOException {
    return classpath("annotations.txt");
  }

  Path checkerJar() {
    return target.resolve("lib/checker.jar");
  }

  /** The Checker Framework's processor path: the checker and its run-time dependencies. */
  List<Path> checkerFrameworkPath() {
    return List.of(checkerJar(), checkerQualJar(), target.resolve("lib/checker-util.jar"));
  }

  Path checkerQualJar() {
    return target.resolve("lib/checker-qual.jar");
  }

  Path jnaJar() {
    return target.resolve("lib/jna.jar");
  }

  Path jnaPlatformJar() {
    return target.resolve("lib/jna-platform.jar");
  }

  /** com4j's runtime, which the IMAPI v2 dense corpus's com4j bindings extend. */
  Path com4jJar() {
    return target.resolve("lib/com4j.jar");
  }

  /** JACOB, whose late binding the IMAPI v2 dense corpus calls. */
  Path jacobJar() {
    return target.resolve("lib/jacob.jar");
  }

  Path jnaPlatformSources() {
    return target.resolve("corpus/jna-platform");
  }

  /**
   * The JVM options that open javac's internals to Error Prone and the Checker Framework, read from
   * the project's own {@code .mvn/jvm.config} so that the benchmark runs with exactly what a Maven
   * build gives javac.
   */
  List<String> javacAccessFlags() throws IOException {
    List<String> flags = new ArrayList<>();
    for (String line :
        Files.readAllLines(repo.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8)) {
      flags.addAll(Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(line));
    }
    return flags;
  }

  /** Fails with a message naming the missing file when {@code mvn package} has not run. */
  void requireBuilt() {
    for (Path path :
        List.of(
            benchJar(),
            target.resolve("classpath/errorprone.txt"),
            checkerJar(),
            jnaJar(),
            com4jJar(),
            jacobJar(),
            jnaPlatformSources())) {
      if (!Files.exists(path)) {
        throw new IllegalStateException(
            path + " is missing: build first with mvn -B package -DskipTests (bench/run does)");
      }
    }
  }

  private List<Path> classpath(String name) throws IOException {
    String content =
        Files.readString(target.resolve("classpath").resolve(name), StandardCharsets.UTF_8).trim();
    return Splitter.on(File.pathSeparator)
        .omitEmptyStrings()
        .splitToStream(content)
        .map(Path::of)
        .collect(Collectors.toList());
  }

  @SafeVarargs
  static String join(List<Path>... paths) {
    return Stream.of(paths)
        .flatMap(List::stream)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }
}
