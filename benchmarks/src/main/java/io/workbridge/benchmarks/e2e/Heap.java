package io.workbridge.benchmarks.e2e;

import java.lang.management.ManagementFactory;

/** Heap measurements. */
final class Heap {
  private Heap() {}

  /**
   * The heap in use after asking for full garbage collections until the figure settles (at most five).
   *
   * @return bytes in use
   */
  static long usedAfterGc() {
    long previous = Long.MAX_VALUE;
    long used = current();
    for (int i = 0; i < 5 && used < previous; i++) {
      System.gc();
      previous = used;
      used = current();
    }
    return used;
  }

  private static long current() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
