package io.workbridge.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * One store instance called by more threads than its pool has connections, as the work-order workers do:
 * each thread's writes land, once, and nothing fails for want of a connection.
 */
class JdbcStoreConcurrencyTest {
  private static final int THREADS = JdbcSyncStore.POOL_SIZE * 2;
  private static final int RECORDS_PER_THREAD = 25;

  @TempDir Path directory;

  @Test
  void embeddedH2_manyThreadsOnOneStore_everyWriteLandsOnce() throws Exception {
    try (JdbcSyncStore store = JdbcSyncStore.embedded(directory, SyncStoreSettings.defaults())) {
      hammer(store.connection(ConnectionId.of("acme")));
    }
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "WORKBRIDGE_TEST_PG_URL", matches = ".+", disabledReason = PostgresTestDatabase.SKIP_REASON)
  void postgres_manyThreadsOnOneStore_everyWriteLandsOnce() throws Exception {
    String schema = PostgresTestDatabase.newSchema();
    try (JdbcSyncStore store = JdbcSyncStore.open(PostgresTestDatabase.URL, schema, SyncStoreSettings.defaults())) {
      hammer(store.connection(ConnectionId.of("acme")));
    } finally {
      PostgresTestDatabase.drop(schema);
    }
  }

  /** What one worker does per work order: reserve, confirm, link, defer and clear, read back. */
  private static void hammer(ConnectionStore store) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> workers = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  int reserved = 0;
                  for (int i = 0; i < RECORDS_PER_THREAD; i++) {
                    String workOrder = thread + "-" + i;
                    String key = "booking:" + workOrder;
                    if (store.effects().reserve(key)) {
                      reserved++;
                    }
                    store.effects().confirm(key, "bk-" + workOrder);
                    store.links().link(LinkKind.WORK_ORDER_BOOKING, workOrder, "bk-" + workOrder);
                    store.deferred().defer("sc.work-orders", workOrder, workOrder, "502", "{}", Duration.ofMinutes(1));
                    store.deferred().remove("sc.work-orders", workOrder);
                    // A second reservation of the same effect is refused: it is confirmed.
                    if (store.effects().reserve(key)) {
                      reserved++;
                    }
                  }
                  return reserved;
                }));
      }
      start.countDown();
      int reserved = 0;
      for (Future<Integer> worker : workers) {
        reserved += worker.get(60, TimeUnit.SECONDS);
      }
      assertThat(reserved).isEqualTo(THREADS * RECORDS_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.links().list(LinkKind.WORK_ORDER_BOOKING)).hasSize(THREADS * RECORDS_PER_THREAD);
    assertThat(store.deferred().list()).isEmpty();
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < RECORDS_PER_THREAD; i++) {
        String workOrder = t + "-" + i;
        assertThat(store.effects().isConfirmed("booking:" + workOrder)).as(workOrder).isTrue();
        assertThat(store.links().target(LinkKind.WORK_ORDER_BOOKING, workOrder)).contains("bk-" + workOrder);
      }
    }
  }
}
