package io.github.imapichecks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sources to compile, with the classpath they compile against; {@code generatedMethods} is the
 * number of client methods of a generated corpus, 0 for real code, and {@code methodCalls} the
 * number of IMAPI calls in the one method of a long-methods corpus, 0 for the others.
 */
record Corpus(
    String name,
    String description,
    List<Path> sources,
    List<Path> classpath,
    int generatedMethods,
    int methodCalls) {

  /** JNA platform's sources, compiled against JNA. */
  static Corpus jnaPlatform(Layout layout) throws IOException {
    return new Corpus(
        "jna-platform",
        "JNA platform 5.19.1 sources",
        javaFiles(layout.jnaPlatformSources()),
        List.of(layout.jnaJar()),
        0,
        0);
  }

  /** The generated IMAPI-dense corpus of {@code classes} client classes. */
  static Corpus dense(Layout layout, String name, int classes) throws IOException {
    return dense(layout, name, classes, true);
  }

  /** The generated corpus, without its buggy idioms if {@code withBugs} is false. */
  static Corpus dense(Layout layout, String name, int classes, boolean withBugs)
      throws IOException {
    Path root = emptyRoot(layout, name);
    DenseCorpus.write(root, classes, withBugs);
    int methods = classes * DenseCorpus.METHODS_PER_CLASS;
    return new Corpus(
        name,
        String.format(
            "generated IMAPI-dense corpus, %,d client methods%s",
            methods, withBugs ? "" : ", correct idioms only"),
        javaFiles(root),
        Stream.concat(
                layout.annotationsPath().stream(),
                Stream.of(layout.jnaJar(), layout.jnaPlatformJar()))
            .collect(Collectors.toList()),
        methods,
        0);
  }

  /**
   * The generated IMAPI v2 dense corpus of {@code classes} client classes, without its buggy idioms
   * if {@code withBugs} is false.
   */
  static Corpus denseV2(Layout layout, String name, int classes, boolean withBugs)
      throws IOException {
    Path root = emptyRoot(layout, name);
    DenseV2Corpus.write(root, classes, withBugs);
    int methods = classes * DenseCorpus.METHODS_PER_CLASS;
    return new Corpus(
        name,
        String.format(
            "generated IMAPI v2 dense corpus (vtable, com4j, JNA proxies, JACOB), %,d client"
                + " methods%s",
            methods, withBugs ? "" : ", correct idioms only"),
        javaFiles(root),
        Stream.concat(
                layout.annotationsPath().stream(),
                Stream.of(
                    layout.jnaJar(), layout.jnaPlatformJar(), layout.com4jJar(), layout.jacobJar()))
            .collect(Collectors.toList()),
        methods,
        0);
  }

  /** The generated long-methods corpus: one method of {@code calls} calls in {@code shape}. */
  static Corpus longMethod(Layout layout, LongMethodCorpus.Shape shape, int calls)
      throws IOException {
    String name = shape.corpusName(calls);
    Path root = emptyRoot(layout, name);
    LongMethodCorpus.write(root, shape, calls);
    return new Corpus(
        name,
        String.format(
            "generated long-methods corpus, one method of %,d IMAPI calls (%s)",
            calls, shape.description()),
        javaFiles(root),
        List.copyOf(layout.annotationsPath()),
        1,
        calls);
  }

  /** The directory of the generated corpus {@code name}, emptied. */
  private static Path emptyRoot(Layout layout, String name) throws IOException {
    Path root = layout.work().resolve("corpus").resolve(name);
    if (Files.exists(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(Corpus::delete);
      }
    }
    return root;
  }

  /** The number of source lines, blank lines and comments included. */
  long lines() throws IOException {
    long lines = 0;
    for (Path source : sources) {
      try (Stream<String> content = Files.lines(source)) {
        lines += content.count();
      }
    }
    return lines;
  }

  static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
