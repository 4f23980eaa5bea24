package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.workflow.SyncReport;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncSchedulerTest {

  @Test
  void trigger_whileRunning_runsExactlyOnceMoreAndNeverConcurrently() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    SyncScheduler scheduler = new SyncScheduler(Clock.systemUTC());
    scheduler.add(
        "s",
        Duration.ofHours(1),
        () -> {
          maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
          try {
            if (runs.incrementAndGet() == 1) {
              firstStarted.countDown();
              release.await(5, TimeUnit.SECONDS);
            }
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          } finally {
            concurrent.decrementAndGet();
          }
          return SyncReport.recorder().build();
        });
    scheduler.start();
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

    scheduler.trigger("s");
    scheduler.trigger("s");
    release.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (runs.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(scheduler.stop(Duration.ofSeconds(5))).isTrue();

    assertThat(runs.get()).isEqualTo(2);
    assertThat(maxConcurrent.get()).isEqualTo(1);
  }

  @Test
  void failingCycle_isRecordedAndDoesNotStopTheStream() {
    AtomicInteger calls = new AtomicInteger();
    SyncScheduler scheduler = new SyncScheduler(Clock.systemUTC());
    scheduler.add(
        "flaky",
        Duration.ofHours(1),
        () -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("remote down");
          }
          return SyncReport.recorder().build();
        });

    assertThatThrownBy(() -> scheduler.runNow("flaky")).hasMessageContaining("remote down");
    assertThat(scheduler.status().get("flaky").lastFailure()).hasValueSatisfying(m -> assertThat(m).contains("remote down"));

    scheduler.runNow("flaky");
    assertThat(scheduler.status().get("flaky").lastFailure()).isEmpty();
    assertThat(scheduler.status().get("flaky").runs()).isEqualTo(2);
  }

  @Test
  void unknownStream_isNamedInTheError() {
    SyncScheduler scheduler = new SyncScheduler(Clock.systemUTC());
    scheduler.add("work-orders", Duration.ofSeconds(1), () -> SyncReport.recorder().build());

    assertThatThrownBy(() -> scheduler.trigger("leeds")).hasMessageContaining("leeds").hasMessageContaining("work-orders");
  }
}
