package io.github.imapichecks.bench;

/** One timed compilation. */
record Sample(long wallNanos, long cpuNanos, long peakKib, int warnings, int imapiFindings) {
  double wallSeconds() {
    return wallNanos / 1e9;
  }

  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  long peakMib() {
    return peakKib / 1024;
  }
}
