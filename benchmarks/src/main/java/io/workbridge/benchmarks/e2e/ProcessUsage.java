package io.workbridge.benchmarks.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Linux process's memory and CPU as {@code /proc} shows them: resident set (now and at its peak) and CPU time
 * used (user and system), read at one moment.
 *
 * @param rssBytes resident set size ({@code VmRSS})
 * @param peakRssBytes the largest resident set size so far ({@code VmHWM})
 * @param cpu CPU time used, user plus system ({@code utime + stime})
 */
record ProcessUsage(long rssBytes, long peakRssBytes, Duration cpu) {
  /** Clock ticks per second of {@code /proc/<pid>/stat} (100 on every Linux this runs on). */
  private static final long TICKS_PER_SECOND = 100;

  /** No figures (the process could not be read). */
  static final ProcessUsage NONE = new ProcessUsage(0, 0, Duration.ZERO);

  /**
   * Reads the usage of a process, or {@link #NONE} when {@code /proc} does not show it.
   *
   * @param pid the process id
   * @return its usage now
   */
  static ProcessUsage of(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid));
    try {
      long rss = 0;
      long peak = 0;
      for (String line : Files.readAllLines(proc.resolve("status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kibibytes(line) * 1024;
        } else if (line.startsWith("VmHWM:")) {
          peak = kibibytes(line) * 1024;
        }
      }
      String stat = Files.readString(proc.resolve("stat"));
      // The fields after the command name (which may hold spaces) start after its closing parenthesis.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return new ProcessUsage(rss, peak, Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
    } catch (IOException | RuntimeException unreadable) {
      return NONE;
    }
  }

  /**
   * {@return the share of one core used on average since the process started}
   *
   * @param alive how long the process has run
   */
  double coresUsed(Duration alive) {
    return alive.isZero() ? 0 : (double) cpu.toMillis() / alive.toMillis();
  }

  private static long kibibytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
