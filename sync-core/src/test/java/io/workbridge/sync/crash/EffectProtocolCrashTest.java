package io.workbridge.sync.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The storage protocol the workflows rely on survives a crash at any point: a small copier reads
 * records after a cursor, and for each one reserves an effect, looks the remote record up before
 * creating it, links the ids, confirms the effect with the remote id and advances the cursor. For
 * many seeds the process dies at a random crash point — in a remote call before or after its effect,
 * or in a store call before or after its write (see {@link CrashPoints}) — and restarts with fresh objects over the same store
 * and remote; the remote must then hold every record exactly once, as in the crash-free run.
 */
class EffectProtocolCrashTest {
  private static final int RECORDS = 120;
  private static final int SEEDS = 500;
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final LinkKind COPY = LinkKind.of("record.copy");
  private static final ConnectionId TENANT = ConnectionId.of("tenant");

  /** The source side: records after a cursor, in order. */
  interface Source {
    List<String> after(int cursor, int limit);
  }

  /** The remote side: lookup by external id and create. */
  interface Remote {
    Optional<Long> find(String externalId);

    long create(String externalId);
  }

  /** The source: records "r-1" … "r-N". */
  static final class FakeSource implements Source {
    @Override
    public List<String> after(int cursor, int limit) {
      List<String> page = new ArrayList<>();
      for (int i = cursor + 1; i <= Math.min(RECORDS, cursor + limit); i++) {
        page.add("r-" + i);
      }
      return page;
    }
  }

  /** The remote: ids from a counter, every creation recorded (duplicates included). */
  static final class FakeRemote implements Remote {
    final Map<String, Long> byExternalId = new HashMap<>();
    final List<String> creations = new ArrayList<>();
    long nextId = 1_000;

    @Override
    public Optional<Long> find(String externalId) {
      return Optional.ofNullable(byExternalId.get(externalId));
    }

    @Override
    public long create(String externalId) {
      creations.add(externalId);
      long id = nextId++;
      byExternalId.putIfAbsent(externalId, id);
      return id;
    }
  }

  /** One process: fresh objects over the durable store and the remote. */
  static final class Copier {
    private final ConnectionStore store;
    private final Source source;
    private final Remote remote;

    Copier(SyncStore store, Source source, Remote remote) {
      this.store = store.connection(TENANT);
      this.source = source;
      this.remote = remote;
    }

    /** One cycle; returns false when there was nothing left to copy. */
    boolean cycle() {
      Optional<String> cursor = store.cursors().get("records");
      int position = cursor.map(Integer::parseInt).orElse(0);
      List<String> page = source.after(position, 25);
      for (String record : page) {
        String key = "copy:" + record;
        if (store.effects().reserve(key)) {
          long id = remote.find(record).orElseGet(() -> remote.create(record));
          store.links().link(COPY, record, Long.toString(id));
          store.effects().confirm(key, Long.toString(id));
        } else if (!store.effects().isConfirmed(key)) {
          return true; // someone else holds a live lease: try again later
        }
        String next = record.substring(2);
        if (!store.cursors().compareAndSet("records", cursor.orElse(null), next)) {
          return true; // another process advanced it: start over from its position
        }
        cursor = Optional.of(next);
      }
      return !page.isEmpty();
    }
  }

  @Test
  void crashAtAnyPoint_restartCopiesEveryRecordExactlyOnce() {
    Run reference = run(CrashPlan.never());
    assertThat(reference.remote.creations).hasSize(RECORDS).doesNotHaveDuplicates();
    int crashed = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      long point = CrashPoints.forSeed(reference.plan, 20261125L, seed);
      Run run = run(CrashPlan.at(point));

      String context = "seed " + seed + ", " + run.plan;
      assertThat(run.plan.crashedAtEveryPoint()).as(context).isTrue();
      crashed++;
      assertThat(run.remote.creations).as(context).containsExactlyElementsOf(reference.remote.creations);
      assertThat(run.remote.byExternalId).as(context).isEqualTo(reference.remote.byExternalId);
      assertThat(run.links()).as(context).isEqualTo(reference.links());
    }
    assertThat(crashed).isEqualTo(SEEDS);
  }

  private record Run(CrashPlan plan, FakeRemote remote, SyncStore store) {
    Map<String, String> links() {
      Map<String, String> links = new LinkedHashMap<>();
      store.connection(TENANT).links().list(COPY).forEach(l -> links.put(l.sourceId(), l.targetId()));
      for (String record : links.keySet()) {
        assertThat(store.connection(TENANT).effects().result("copy:" + record))
            .contains(links.get(record));
      }
      return links;
    }
  }

  private static Run run(CrashPlan plan) {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    SyncStore durable =
        InMemorySyncStore.create(SyncStoreSettings.builder().clock(clock).defaultLease(LEASE).build());
    FakeRemote remote = new FakeRemote();
    SyncStore store = Crashing.store(durable, plan);
    Source source = Crashing.port(Source.class, new FakeSource(), plan, "source");
    Remote crashingRemote = Crashing.port(Remote.class, remote, plan, "remote");
    int restarts = 0;
    while (true) {
      Copier copier = new Copier(store, source, crashingRemote);
      try {
        while (copier.cycle()) {
          clock.advance(Duration.ofSeconds(1));
        }
        return new Run(plan, remote, durable);
      } catch (SimulatedCrash crash) {
        restarts++;
        assertThat(restarts).as("restarts").isLessThan(5);
        clock.advance(LEASE); // the restarted process finds the dead one's lease expired
      }
    }
  }
}
