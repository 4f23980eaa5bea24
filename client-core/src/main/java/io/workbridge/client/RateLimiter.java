package io.workbridge.client;

import io.workbridge.client.internal.TokenBucketRateLimiter;
import io.workbridge.client.internal.WindowRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client-side limit on how fast a client sends requests. Every attempt (retries included) takes one
 * permit and reports its answer (or its failure) with {@link #answered()}; when the server answers 429
 * with {@code Retry-After}, the limiter is paused for that long so the client's other threads stop too. Implementations are thread-safe.
 */
public interface RateLimiter {

  /**
   * Blocks until a permit is available.
   *
   * @throws InterruptedWaitException when the waiting thread is interrupted
   */
  void acquire();

  /**
   * Reports that a request that took a permit got its answer, or failed: limiters that count a request until
   * its answer ({@link #perWindow}) free its permit from then on. Does nothing by default.
   */
  default void answered() {}

  /**
   * Stops handing out permits for the given duration (the server said {@code Retry-After}).
   *
   * @param duration how long
   */
  void pauseFor(Duration duration);

  /** {@return a limiter that never waits} */
  static RateLimiter unlimited() {
    return Unlimited.INSTANCE;
  }

  /**
   * {@return a token bucket allowing {@code permits} requests per {@code period}, with bursts up to {@code
   * permits}}
   *
   * @param permits requests allowed per period, at least 1
   * @param period the window, for example one second or one minute
   * @param clock the time source (inject a fake one in tests)
   * @param sleeper how to wait (inject a recording one in tests)
   */
  static RateLimiter tokenBucket(int permits, Duration period, Clock clock, Sleeper sleeper) {
    return new TokenBucketRateLimiter(permits, period, clock, sleeper);
  }

  /**
   * {@return a limiter that never lets a server see more than {@code permits} requests in one {@code window},
   * wherever the server's windows start (e.g. fixed windows on whole seconds or minutes)} A request counts
   * from the moment it takes its permit until one window after its answer, so a full window's allowance is
   * sent at once and then each permit comes back one window after the answer of the request that held it.
   *
   * @param permits requests allowed per window, at least 1
   * @param window the server's window, for example one second or one minute
   * @param clock the time source (inject a fake one in tests)
   * @param sleeper how to wait (inject a recording one in tests)
   */
  static RateLimiter perWindow(int permits, Duration window, Clock clock, Sleeper sleeper) {
    return new WindowRateLimiter(permits, window, clock, sleeper);
  }

  /**
   * {@return a limiter that takes a permit from each of the given limiters in order (e.g. per client and per
   * company)}
   *
   * @param limiters the rate limiters
   */
  static RateLimiter allOf(RateLimiter... limiters) {
    List<RateLimiter> all = List.of(limiters);
    return new RateLimiter() {
      @Override
      public void acquire() {
        List<RateLimiter> taken = new ArrayList<>();
        try {
          for (RateLimiter limiter : all) {
            limiter.acquire();
            taken.add(limiter);
          }
        } catch (RuntimeException interrupted) {
          taken.forEach(RateLimiter::answered);
          throw interrupted;
        }
      }

      @Override
      public void answered() {
        all.forEach(RateLimiter::answered);
      }

      @Override
      public void pauseFor(Duration duration) {
        all.forEach(limiter -> limiter.pauseFor(duration));
      }
    };
  }

  /** The limiter that never waits. */
  enum Unlimited implements RateLimiter {
    /** The one instance. */
    INSTANCE;

    @Override
    public void acquire() {}

    @Override
    public void pauseFor(Duration duration) {}
  }
}
