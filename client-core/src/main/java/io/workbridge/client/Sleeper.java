package io.workbridge.client;

import java.time.Duration;

/**
 * Waits for a while. Clients sleep through this seam (retry backoff, {@code Retry-After}, rate limiting) so
 * tests can record the waits instead of really sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  /**
   * Waits for the given duration.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
