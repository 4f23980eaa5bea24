package io.workbridge.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.EffectLog;
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
}
