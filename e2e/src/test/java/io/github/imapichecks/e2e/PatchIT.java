package io.github.imapichecks.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -XepPatchChecks:<every check> -XepPatchLocation:IN_PLACE} on a copy of the buggy client
 * yields code that compiles, in which only the findings that offer no fix are left.
 */
final class PatchIT {
  @Test
  void patchingInPlaceLeavesNoFixableFinding(@TempDir Path work) {
    Path copy = work.resolve("buggy");
    UserBuild.copyTree(UserBuild.BUGGY_SOURCES, copy);
    String plugin = TestdataPom.plugin(TestdataPom.BUGGY);
    String patch =
        plugin
            + " -XepPatchChecks:"
            + String.join(",", RegisteredChecks.names().stream().sorted().toList())
            + " -XepPatchLocation:IN_PLACE";

    Result patching = UserBuild.compile(copy, UserBuild.options(patch));
    assertTrue(patching.succeeded(), patching::log);
    Map<String, String> patched = contents(copy);
    assertFalse(patched.equals(contents(UserBuild.BUGGY_SOURCES)), "the patch changed nothing");

    Result after = UserBuild.compile(copy, UserBuild.options(plugin));
    assertTrue(after.succeeded(), after::log);
    assertEquals(
        List.of(),
        after.findings().stream().filter(Finding::hasFix).map(Finding::golden).toList(),
        "findings with a fix are left");
    // The findings without a fix stay. ImapiMissingResultCode, which offers no fix, reports beside
    // a test that ImapiSuccessInfoAsFailure fixes, and the fix does not tell the required codes
    // apart: it may report as much as before, or more.
    Map<String, Long> before =
        countByCheck(Samples.buggy().findings().stream().filter(f -> !f.hasFix()).toList());
    Map<String, Long> left = countByCheck(after.findings());
    for (String check : Sets.union(before.keySet(), left.keySet())) {
      long expected = before.getOrDefault(check, 0L);
      long remaining = left.getOrDefault(check, 0L);
      if (check.equals("ImapiMissingResultCode")) {
        assertTrue(remaining >= expected, () -> check + ": " + remaining + " < " + expected);
      } else {
        assertEquals(expected, remaining, () -> check + ": only the findings without a fix");
      }
    }

    Result again = UserBuild.compile(copy, UserBuild.options(patch));
    assertTrue(again.succeeded(), again::log);
    assertEquals(patched, contents(copy), "a second patch changes nothing");
  }

  private static Map<String, Long> countByCheck(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.counting()));
  }

  private static Map<String, String> contents(Path root) {
    return UserBuild.javaFiles(root).stream()
        .collect(
            Collectors.toMap(
                file -> root.relativize(file).toString(),
                PatchIT::read,
                (a, b) -> a,
                TreeMap::new));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
