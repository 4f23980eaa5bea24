package io.workbridge.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStoreSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.Test;

/**
 * Two store instances — each with its own connections, as two processes would have — share one PostgreSQL
 * schema: an effect reserved by one is never performed by the other.
 */
@EnabledIfEnvironmentVariable(
    named = "WORKBRIDGE_TEST_PG_URL",
    matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class PostgresSharedStoreTest {
  private final String schema = PostgresTestDatabase.newSchema();

  @AfterEach
  void drop() {
    PostgresTestDatabase.drop(schema);
  }

  @Test
  void twoInstances_racingForTheSameEffects_performEachExactlyOnce() throws Exception {
    try (JdbcSyncStore first = JdbcSyncStore.open(PostgresTestDatabase.URL, schema, SyncStoreSettings.defaults());
        JdbcSyncStore second = JdbcSyncStore.open(PostgresTestDatabase.URL, schema, SyncStoreSettings.defaults())) {
      EffectLog a = first.connection(ConnectionId.of("shared")).effects();
      EffectLog b = second.connection(ConnectionId.of("shared")).effects();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        int wins = 0;
        for (int effect = 0; effect < 50; effect++) {
          String key = "booking:wo-" + effect;
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Boolean>> racers = new ArrayList<>();
          for (EffectLog log : List.of(a, b, a, b)) {
            racers.add(pool.submit(() -> { start.await(); return log.reserve(key); }));
          }
          start.countDown();
          int winners = 0;
          for (Future<Boolean> racer : racers) {
            winners += racer.get(10, TimeUnit.SECONDS) ? 1 : 0;
          }
          assertThat(winners).as("winners for %s", key).isEqualTo(1);
          wins += winners;
        }
        assertThat(wins).isEqualTo(50);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void processesStartingTogether_onANewSchema_allOpenIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 10; round++) {
        String fresh = PostgresTestDatabase.newSchema();
        try {
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Integer>> starting = new ArrayList<>();
          for (int process = 0; process < 4; process++) {
            starting.add(
                pool.submit(
                    () -> {
                      start.await();
                      try (JdbcSyncStore store = JdbcSyncStore.open(PostgresTestDatabase.URL, fresh, SyncStoreSettings.defaults())) {
                        return store.connection(ConnectionId.of("shared")).links().list(LinkKind.WORK_ORDER_BOOKING).size();
                      }
                    }));
          }
          start.countDown();
          for (Future<Integer> opened : starting) {
            assertThat(opened.get(30, TimeUnit.SECONDS)).isZero();
          }
        } finally {
          PostgresTestDatabase.drop(fresh);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
