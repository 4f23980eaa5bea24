package io.workbridge.benchmarks;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.LinkKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bookkeeping cost of one remote effect on {@link InMemorySyncStore}: reserve a new key, confirm
 * it with the created id, link the ids and advance the cursor — what a workflow does around each
 * remote write — and the cost of skipping an effect that is already confirmed (a replay).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EffectProtocolBenchmark {
  /** A fresh store every so many effects, so memory stays bounded however long the run. */
  private static final int EFFECTS_PER_CONNECTION = 10_000;

  private ConnectionStore store;
  private long sequence;
  private String cursor;

  /** A fresh store, with one confirmed effect to replay. */
  @Setup
  public void setUp() {
    freshConnection();
  }

  private void freshConnection() {
    store = InMemorySyncStore.create().connection(ConnectionId.of("bench"));
    store.effects().reserve("booking:replayed");
    store.effects().confirm("booking:replayed", "bk-replayed");
    cursor = "0";
    store.cursors().set("sc.work-orders", cursor);
  }

  /** Reserve, confirm with result, link, advance the cursor: one new effect. */
  @Benchmark
  public boolean newEffect() {
    long n = ++sequence;
    if (n % EFFECTS_PER_CONNECTION == 0) {
      freshConnection();
    }
    String workOrder = "wo-" + n;
    String key = "booking:" + workOrder;
    if (!store.effects().reserve(key)) {
      throw new IllegalStateException("fresh key was already reserved: " + key);
    }
    store.effects().confirm(key, "bk-" + n);
    store.links().link(LinkKind.WORK_ORDER_BOOKING, workOrder, "bk-" + n);
    String next = Long.toString(n);
    boolean advanced = store.cursors().compareAndSet("sc.work-orders", cursor, next);
    cursor = next;
    return advanced;
  }

  /** Reserve refused on a confirmed key and its result read back: one replayed effect. */
  @Benchmark
  public String replayedEffect() {
    if (store.effects().reserve("booking:replayed")) {
      throw new IllegalStateException("confirmed effect was reserved again");
    }
    return store.effects().result("booking:replayed").orElseThrow();
  }
}
