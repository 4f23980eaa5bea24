package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.workbridge.sync.port.PlatformUnavailableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageWorkersTest {

  @Test
  void workersLogWithTheCallersContext_andLeaveNoneBehind() {
    Map<String, String> contexts = new ConcurrentHashMap<>();
    List<PageWorkers.Task> tasks = new ArrayList<>();
    for (String key : List.of("a", "b", "c")) {
      tasks.add(new PageWorkers.Task(key, () -> contexts.put(key, String.valueOf(org.slf4j.MDC.get("workbridge.stream")))));
    }
    org.slf4j.MDC.put("workbridge.stream", "work-orders");
    try {
      new PageWorkers(3).runAll(tasks);
    } finally {
      org.slf4j.MDC.remove("workbridge.stream");
    }

    assertThat(contexts).containsOnlyKeys("a", "b", "c").allSatisfy((key, stream) -> assertThat(stream).isEqualTo("work-orders"));
  }

  @Test
  void recordsOfOneKeyRunInPageOrder_andNoMoreWorkersThanTheConcurrencyRunAtOnce() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
    List<PageWorkers.Task> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String key = "wo:" + (i % 10);
      int index = i;
      tasks.add(
          new PageWorkers.Task(
              key,
              () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(index);
                Thread.yield();
                running.decrementAndGet();
              }));
    }

    new PageWorkers(4).runAll(tasks);

    assertThat(seen).hasSize(10);
    seen.values().forEach(indices -> assertThat(indices).hasSize(20).isSorted());
    assertThat(most.get()).isBetween(1, 4);
  }

  @Test
  void recordsRunConcurrently() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<PageWorkers.Task> tasks = new ArrayList<>();
    for (String key : List.of("a", "b")) {
      tasks.add(
          new PageWorkers.Task(
              key,
              () -> {
                bothStarted.countDown();
                try {
                  if (!bothStarted.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the other record never started");
                  }
                } catch (InterruptedException e) {
                  throw new AssertionError(e);
                }
              }));
    }

    new PageWorkers(2).runAll(tasks);

    assertThat(bothStarted.getCount()).isZero();
  }

  @Test
  void aFailureThatStopsTheStream_startsNoMoreRecords_letsStartedOnesFinish_andIsThrown() {
    CountDownLatch othersStarted = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    List<PageWorkers.Task> tasks = new ArrayList<>();
    tasks.add(
        new PageWorkers.Task(
            "first",
            () -> {
              await(othersStarted);
              throw new PlatformUnavailableException("ServiceTitan is down", null, false, true);
            }));
    tasks.add(
        new PageWorkers.Task(
            "second",
            () -> {
              othersStarted.countDown();
              sleep(200);
              finished.incrementAndGet();
            }));
    for (int i = 0; i < 50; i++) {
      tasks.add(new PageWorkers.Task("later-" + i, () -> { sleep(50); finished.incrementAndGet(); }));
    }

    Throwable thrown = catchThrowable(() -> new PageWorkers(2).runAll(tasks));

    assertThat(thrown).isInstanceOf(PlatformUnavailableException.class).hasMessage("ServiceTitan is down");
    assertThat(finished.get()).isBetween(1, 10);
  }

  @Test
  void anUnexpectedFailure_winsOverOneThatOnlyStopsTheStream() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<PageWorkers.Task> tasks =
        List.of(
            new PageWorkers.Task(
                "a",
                () -> {
                  bothStarted.countDown();
                  await(bothStarted);
                  throw new PlatformUnavailableException("down", null, false, true);
                }),
            new PageWorkers.Task(
                "b",
                () -> {
                  bothStarted.countDown();
                  await(bothStarted);
                  sleep(50);
                  throw new IllegalStateException("a bug");
                }));

    Throwable thrown = catchThrowable(() -> new PageWorkers(2).runAll(tasks));

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
    assertThat(thrown.getSuppressed()).hasSize(1);
  }

  @Test
  void concurrencyOne_runsOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new ArrayList<>();
    new PageWorkers(1)
        .runAll(List.of(new PageWorkers.Task("a", () -> threads.add(Thread.currentThread())),
            new PageWorkers.Task("b", () -> threads.add(Thread.currentThread()))));
    assertThat(threads).containsOnly(caller);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting");
      }
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
