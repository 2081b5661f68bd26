package io.github.imapichecks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Java agent that each forked javac loads ({@code -J-javaagent:bench.jar=FILE}): when javac
 * exits, it writes the process's CPU time (all threads, user and system, in nanoseconds) and its
 * peak resident memory ({@code VmHWM}, in KiB) to {@code FILE}, as {@code "cpuNanos peakKiB"}.
 *
 * <p>The parent cannot read these itself: once the child has exited and been reaped, {@code /proc}
 * no longer has it. The hook runs in javac's {@code System.exit}, so only the JVM's last teardown
 * is missed, the same few milliseconds in every configuration.
 */
public final class Probe {
  private Probe() {}

  /** Called by the JVM before javac's main method, with the report file as argument. */
  public static void premain(String arguments) {
    Path report = Path.of(arguments);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> write(report), "imapi-bench-probe"));
  }

  private static void write(Path report) {
    long cpuNanos =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    try {
      Files.writeString(report, cpuNanos + " " + peakResidentKib(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The process's peak resident set size, from {@code /proc/self/status}; -1 if unknown. */
  static long peakResidentKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
