package io.github.imapichecks.tables;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tab-separated tables shipped beside the model classes. */
final class TsvResource {
  private TsvResource() {}

  /** The column names in the header row of {@code resource}. */
  static ImmutableList<String> header(String resource) {
    return ImmutableList.copyOf(lines(resource).get(0));
  }

  /** The rows of {@code resource} after its header row, each split at tabs. */
  static ImmutableList<List<String>> read(String resource) {
    ImmutableList<List<String>> lines = lines(resource);
    return lines.subList(1, lines.size());
  }

  private static ImmutableList<List<String>> lines(String resource) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("imapi-checks jar lacks its table " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(line -> Splitter.on('\t').splitToList(line))
          .collect(toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read imapi-checks table " + resource, e);
    }
  }
}
