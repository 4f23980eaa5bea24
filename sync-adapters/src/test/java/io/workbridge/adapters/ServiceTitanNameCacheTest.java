package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link NameCache}, which names ServiceTitan note authors and call reasons for the adapter. */
class ServiceTitanNameCacheTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T14:00:00Z"));
  private final List<Set<Long>> lookups = Collections.synchronizedList(new ArrayList<>());

  private NameCache cache(Function<Set<Long>, Map<Long, String>> names, int capacity) {
    return new NameCache(
        ids -> {
          lookups.add(ids);
          return names.apply(ids);
        },
        clock,
        capacity,
        Duration.ofHours(24),
        Duration.ofHours(1));
  }

  private static final Map<Long, String> PEOPLE = Map.of(1L, "Ada", 2L, "Grace", 3L, "Olivia");

  private static Map<Long, String> people(Set<Long> ids) {
    Map<Long, String> found = new java.util.HashMap<>(PEOPLE);
    found.keySet().retainAll(ids);
    return found;
  }

  @Test
  void namesOf_looksUpOnlyUnknownIds_severalInOneCall() {
    NameCache cache = cache(ServiceTitanNameCacheTest::people, 100);

    assertThat(cache.namesOf(List.of(1L, 2L, 1L))).isEqualTo(Map.of(1L, "Ada", 2L, "Grace"));
    assertThat(cache.namesOf(List.of(2L, 3L))).isEqualTo(Map.of(2L, "Grace", 3L, "Olivia"));
    assertThat(cache.namesOf(List.of(1L, 2L, 3L))).hasSize(3);

    assertThat(lookups).containsExactly(Set.of(1L, 2L), Set.of(3L));
  }

  @Test
  void namesOf_idNobodyAnswers_isRememberedAsUnknown_untilItsTimeIsUp() {
    NameCache cache = cache(ServiceTitanNameCacheTest::people, 100);

    assertThat(cache.namesOf(List.of(9L))).isEmpty();
    assertThat(cache.namesOf(List.of(9L))).isEmpty();
    assertThat(lookups).hasSize(1);

    clock.advance(Duration.ofHours(1));
    assertThat(cache.namesOf(List.of(9L, 1L))).containsOnlyKeys(1L);
    assertThat(lookups).hasSize(2);
    // The name found an hour in is still kept; the unknown id was asked again.
    assertThat(lookups.get(1)).isEqualTo(Set.of(1L, 9L));
  }

  @Test
  void namesOf_nameIsKeptForItsTimeToLive() {
    NameCache cache = cache(ServiceTitanNameCacheTest::people, 100);
    cache.namesOf(List.of(1L));
    clock.advance(Duration.ofHours(23));
    cache.namesOf(List.of(1L));
    assertThat(lookups).hasSize(1);
    clock.advance(Duration.ofHours(1));
    cache.namesOf(List.of(1L));
    assertThat(lookups).hasSize(2);
  }

  @Test
  void namesOf_failedLookup_isNotRemembered_andAskedAgainNextTime() {
    boolean[] failing = {true};
    NameCache cache =
        cache(
            ids -> {
              if (failing[0]) {
                throw new IllegalStateException("technicians unavailable");
              }
              return people(ids);
            },
            100);

    assertThatThrownBy(() -> cache.namesOf(List.of(1L))).hasMessage("technicians unavailable");
    assertThat(cache.size()).isZero();
    failing[0] = false;

    assertThat(cache.namesOf(List.of(1L))).containsEntry(1L, "Ada");
    assertThat(lookups).hasSize(2);
  }

  @Test
  void namesOf_lookupAnsweringMoreThanAsked_keepsEveryAnswer() {
    NameCache cache = cache(ids -> PEOPLE, 100);

    assertThat(cache.namesOf(List.of(1L))).isEqualTo(Map.of(1L, "Ada"));
    assertThat(cache.namesOf(List.of(3L))).isEqualTo(Map.of(3L, "Olivia"));
    assertThat(lookups).hasSize(1);
  }

  @Test
  void namesOf_isBounded_leastRecentlyUsedGoesFirst() {
    NameCache cache = cache(ServiceTitanNameCacheTest::people, 2);
    cache.namesOf(List.of(1L));
    cache.namesOf(List.of(2L));
    cache.namesOf(List.of(1L));
    cache.namesOf(List.of(3L));

    assertThat(cache.size()).isEqualTo(2);
    cache.namesOf(List.of(1L, 3L));
    assertThat(lookups).hasSize(3);
    cache.namesOf(List.of(2L));
    assertThat(lookups).hasSize(4);
  }

  @Test
  void namesOf_idBeingLookedUpByAnotherThread_isWaitedFor_notLookedUpAgain() throws Exception {
    CountDownLatch inLookup = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    NameCache cache =
        cache(
            ids -> {
              inLookup.countDown();
              await(release);
              return people(ids);
            },
            100);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Map<Long, String>> first = threads.submit(() -> cache.namesOf(List.of(1L)));
      await(inLookup);
      Thread[] second = new Thread[1];
      CountDownLatch started = new CountDownLatch(1);
      Future<Map<Long, String>> waiting =
          threads.submit(
              () -> {
                second[0] = Thread.currentThread();
                started.countDown();
                return cache.namesOf(List.of(1L));
              });
      await(started);
      // The second caller parks on the first one's lookup (a state, not a time).
      while (second[0].getState() != Thread.State.WAITING) {
        Thread.onSpinWait();
      }
      release.countDown();

      assertThat(first.get()).containsEntry(1L, "Ada");
      assertThat(waiting.get()).containsEntry(1L, "Ada");
      assertThat(lookups).containsExactly(Set.of(1L));
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
