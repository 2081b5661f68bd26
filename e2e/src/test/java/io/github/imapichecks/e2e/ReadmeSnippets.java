package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of README.md that ReadmeIT builds, each found by the HTML comment right before
 * it, {@code <!-- readme-e2e: NAME -->}, which the rendered README does not show. A marker that is
 * not followed by a fenced block, or a name marked twice, is an error: the test must never build
 * something other than what the README shows.
 */
final class ReadmeSnippets {
  static final Path README = UserBuild.ROOT.resolve("README.md");

  private static final Pattern MARKER = Pattern.compile("^<!-- readme-e2e: ([\\w-]+) -->$");

  private final Map<String, String> blocks;

  private ReadmeSnippets(Map<String, String> blocks) {
    this.blocks = blocks;
  }

  static ReadmeSnippets read() {
    try {
      return parse(Files.readAllLines(README, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReadmeSnippets parse(List<String> lines) {
    Map<String, String> blocks = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.matches()) {
        continue;
      }
      String name = marker.group(1);
      if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
        throw new IllegalStateException(
            "README.md:" + (i + 1) + ": the marker " + name + " is not followed by a ``` block");
      }
      List<String> block = new ArrayList<>();
      int end = i + 2;
      while (end < lines.size() && !lines.get(end).equals("```")) {
        block.add(lines.get(end));
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalStateException("README.md:" + (i + 2) + ": the block is never closed");
      }
      if (blocks.put(name, String.join("\n", block) + "\n") != null) {
        throw new IllegalStateException("README.md marks two blocks " + name);
      }
      i = end;
    }
    return new ReadmeSnippets(blocks);
  }

  /** The block marked {@code name}, ending in a newline. */
  String block(String name) {
    String block = blocks.get(name);
    if (block == null) {
      throw new IllegalStateException(
          "README.md has no block marked <!-- readme-e2e: " + name + " -->");
    }
    return block;
  }
}
