package io.github.imapichecks.bench;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the report says about the machine the benchmark ran on, read from /proc. */
final class Machine {
  private Machine() {}

  /** "Intel(R) Xeon(R) ..., 2 cores, 24 GiB", or what of it /proc tells. */
  static String describe() {
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    String memoryGib = "?";
    if (memory != null) {
      try {
        memoryGib =
            String.format(
                "%.0f", Long.parseLong(memory.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
      } catch (NumberFormatException e) {
        memoryGib = memory;
      }
    }
    return String.format(
        "%s, %d cores, %s GiB memory; %s %s; JDK %s (%s)",
        cpu == null ? "unknown CPU" : cpu,
        Runtime.getRuntime().availableProcessors(),
        memoryGib,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"));
  }

  /** The 1, 5 and 15 minute load averages, or "?". */
  static String loadAverage() {
    try {
      List<String> parts =
          Splitter.on(' ').splitToList(Files.readString(Path.of("/proc/loadavg")).trim());
      return String.join(" ", parts.subList(0, Math.min(3, parts.size())));
    } catch (IOException e) {
      return "?";
    }
  }

  private static String firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
