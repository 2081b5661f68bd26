package io.github.imapichecks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generates the long-methods corpus: one client class with one method of {@code n} IMAPI calls, in
 * one of two shapes, so that the checks' cost can be measured against a method's length. Both
 * shapes handle every result correctly and draw no finding. Deterministic.
 */
public final class LongMethodCorpus {
  /** The lengths measured: IMAPI calls in the one method. */
  public static final List<Integer> LENGTHS = List.of(100, 200, 400, 800, 1600);

  /** The shape of the long method. */
  public enum Shape {
    /**
     * {@code hr = master.Open(); if (hr == IMAPI_E_ALREADYOPEN || failed(hr)) k++;} repeated: one
     * local written {@code n} times, each result tested where it arrives.
     */
    OPEN("open", "each result tested where it arrives"),
    /**
     * A loop with {@code n} branches, each assigning {@code hr = master.RecordDisc(..)}, and one
     * test after it that every call reaches.
     */
    BRANCHES("branches", "a loop of branches, one test after it");

    private final String id;
    private final String description;

    Shape(String id, String description) {
      this.id = id;
      this.description = description;
    }

    /** How the method handles the results, for the report. */
    String description() {
      return description;
    }

    /** The corpus name for this shape at {@code calls} calls: {@code long-open-800}. */
    public String corpusName(int calls) {
      return String.format(Locale.ROOT, "long-%s-%d", id, calls);
    }
  }

  private LongMethodCorpus() {}

  /** Writes the bindings and the client class whose one method makes {@code calls} calls. */
  public static void write(Path root, Shape shape, int calls) throws IOException {
    write(root.resolve("imapi/IDiscMaster.java"), DenseCorpus.BINDINGS_MASTER);
    write(root.resolve("imapi/IDiscRecorder.java"), DenseCorpus.BINDINGS_RECORDER);
    write(root.resolve("longmethods/LongClient.java"), client(shape, calls));
  }

  /** The source of the client class. */
  static String client(Shape shape, int calls) {
    StringBuilder source =
        new StringBuilder(
            """
            package longmethods;

            import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_ALREADYOPEN;
            import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;
            import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;
            import static io.github.imapichecks.annotations.ImapiError.failed;

            import imapi.IDiscMaster;

            /** Generated: one long method of IMAPI calls. */
            public final class LongClient {
            """);
    switch (shape) {
      case OPEN -> {
        source.append("  static int open(IDiscMaster master) {\n");
        source.append("    int k = 0;\n");
        source.append("    int hr;\n");
        for (int i = 0; i < calls; i++) {
          source.append("    hr = master.Open();\n");
          source.append("    if (hr == IMAPI_E_ALREADYOPEN || failed(hr)) {\n");
          source.append("      k++;\n");
          source.append("    }\n");
        }
        source.append("    return k;\n");
      }
      case BRANCHES -> {
        source.append("  static int burn(IDiscMaster master, int[] plan) {\n");
        source.append("    int hr = 0;\n");
        source.append("    for (int step : plan) {\n");
        for (int i = 0; i < calls; i++) {
          source.append(String.format(Locale.ROOT, "      if (step == %d) {%n", i));
          source.append(
              String.format(
                  Locale.ROOT, "        hr = master.RecordDisc(%b, true);%n", i % 2 == 0));
          source.append("      }\n");
        }
        source.append("    }\n");
        source.append(
            "    if (hr == IMAPI_E_USERABORT || hr == IMAPI_E_MEDIUM_NOTPRESENT || failed(hr)) {\n");
        source.append("      return -1;\n");
        source.append("    }\n");
        source.append("    return 0;\n");
      }
    }
    return source.append("  }\n}\n").toString();
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
