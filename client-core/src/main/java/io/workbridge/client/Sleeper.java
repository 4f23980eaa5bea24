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
          try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedWaitException(interrupted);
          }
        }
      };

  /**
   * Waits for the given duration.
   *
   * @param duration how long
   * @throws InterruptedWaitException when the waiting thread is interrupted (its flag is set again)
   */
  void sleep(Duration duration);
}
