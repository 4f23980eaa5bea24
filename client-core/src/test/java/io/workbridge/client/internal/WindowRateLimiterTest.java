package io.workbridge.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.workbridge.client.InterruptedWaitException;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.Sleeper;
import io.workbridge.testkit.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WindowRateLimiterTest {

  private final MutableClock time = MutableClock.at(Instant.parse("2026-11-25T12:00:00.990Z"));

  /** The most requests sent within one fixed window aligned on whole multiples of {@code window}. */
  private static long mostInAlignedWindow(List<Instant> sent, Duration window) {
    long windowMillis = window.toMillis();
    return sent.stream()
        .collect(Collectors.groupingBy(at -> Math.floorDiv(at.toEpochMilli(), windowMillis),
            Collectors.counting()))
        .values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  @Test
  void aFullWindowGoesAtOnce_thenEachPermitReturnsOneWindowAfterItsAnswer() {
    WindowRateLimiter limiter = new WindowRateLimiter(3, Duration.ofSeconds(1), time, time::sleep);
    for (int i = 0; i < 3; i++) {
      limiter.acquire();
      time.advance(Duration.ofMillis(20));
      limiter.answered();
    }
    assertThat(time.sleeps()).isEmpty();

    limiter.acquire();

    // the first request was answered at 12:00:01.010; its permit comes back one second later
    assertThat(time.instant()).isEqualTo(Instant.parse("2026-11-25T12:00:02.010Z"));
  }

  @Test
  void aServerWindowNeverSeesMoreThanThePermits_whereverItStarts() {
    // A token bucket of 60/s sends 60 at 0.990 s and then one every 16.7 ms: 60 + 60 land in the window from
    // 1.000 s. Here the same load never puts more than 60 into any whole second.
    WindowRateLimiter limiter = new WindowRateLimiter(60, Duration.ofSeconds(1), time, time::sleep);
    List<Instant> arrivals = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      limiter.acquire();
      time.advance(Duration.ofMillis(1)); // on its way to the server
      arrivals.add(time.instant());
      limiter.answered();
    }
    assertThat(mostInAlignedWindow(arrivals, Duration.ofSeconds(1))).isEqualTo(60);
    for (long offset = 0; offset < 1000; offset += 50) {
      Duration shift = Duration.ofMillis(offset);
      List<Instant> shifted = arrivals.stream().map(at -> at.plus(shift)).toList();
      assertThat(mostInAlignedWindow(shifted, Duration.ofSeconds(1))).isLessThanOrEqualTo(60);
    }
  }

  @Test
  void permitsHeldByUnansweredRequestsAreNotHandedOut() {
    WindowRateLimiter limiter = new WindowRateLimiter(2, Duration.ofMinutes(1), time, time::sleep);
    limiter.acquire();
    limiter.acquire();

    assertThat(limiter.tryTake()).isPositive();
    time.advance(Duration.ofMinutes(5));
    assertThat(limiter.tryTake()).isPositive();

    limiter.answered();
    assertThat(limiter.tryTake()).isPositive(); // answered just now: counts for one more minute
    time.advance(Duration.ofMinutes(1));
    assertThat(limiter.tryTake()).isZero();
  }

  @Test
  void pauseFor_holdsEveryPermit() {
    WindowRateLimiter limiter = new WindowRateLimiter(10, Duration.ofSeconds(1), time, time::sleep);
    limiter.pauseFor(Duration.ofSeconds(7));

    limiter.acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void allOf_givesBackTheFirstPermitWhenTheSecondWaitIsInterrupted() {
    WindowRateLimiter first = new WindowRateLimiter(1, Duration.ofSeconds(1), time, time::sleep);
    RateLimiter interrupted =
        new RateLimiter() {
          @Override
          public void acquire() {
            throw new InterruptedWaitException(new InterruptedException());
          }

          @Override
          public void pauseFor(Duration duration) {}
        };
    RateLimiter both = RateLimiter.allOf(first, interrupted);

    catchThrowable(both::acquire);
    time.advance(Duration.ofSeconds(1));

    assertThat(first.tryTake()).isZero();
  }

  @Test
  void concurrentCallers_neverHoldMoreThanThePermits() throws Exception {
    WindowRateLimiter limiter =
        new WindowRateLimiter(5, Duration.ofMillis(50), Clock.systemUTC(), Sleeper.SYSTEM);
    AtomicInteger holding = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        done.add(
            pool.submit(
                () -> {
                  limiter.acquire();
                  most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                  holding.decrementAndGet();
                  limiter.answered();
                }));
      }
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isBetween(1, 5);
  }
}
