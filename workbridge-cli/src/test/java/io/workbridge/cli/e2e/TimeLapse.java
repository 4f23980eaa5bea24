package io.workbridge.cli.e2e;

import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves a simulated clock forward in step with real time, {@code speed} times faster, while processes on the
 * real clock talk to the simulators: their rate-limit windows (ServiceChannel's one token call per 5 s per
 * user, the vendor's 20 requests per second) roll as the real systems' would, and their access tokens expire
 * (the clients renew them).
 */
final class TimeLapse implements AutoCloseable {
  private static final long STEP_MILLIS = 50;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "time-lapse");
            thread.setDaemon(true);
            return thread;
          });

  private TimeLapse(MutableClock clock, int speed) {
    Duration step = Duration.ofMillis(STEP_MILLIS * speed);
    timer.scheduleAtFixedRate(() -> clock.advance(step), STEP_MILLIS, STEP_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts moving {@code clock} {@code speed} times as fast as real time. */
  static TimeLapse start(MutableClock clock, int speed) {
    return new TimeLapse(clock, speed);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
