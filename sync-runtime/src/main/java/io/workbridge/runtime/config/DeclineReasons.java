package io.workbridge.runtime.config;

/** ServiceChannel's decline reasons, 1 to 6 (SC-8). */
final class DeclineReasons {
  private DeclineReasons() {}

  /** The valid ids with their meaning, for messages. */
  static final String CHOICES =
      "1 (can't make ETA), 2 (trade not serviced), 3 (location not serviced), 4 (not under warranty), 5 (other),"
          + " 6 (NTE too low)";

  /** Records a problem under {@code key} unless {@code id} is one of ServiceChannel's decline reasons. */
  static void check(int id, String key, Checks checks) {
    checks.require(id >= 1 && id <= 6, key, "expected a ServiceChannel decline reason: " + CHOICES + "; was " + id);
  }
}
