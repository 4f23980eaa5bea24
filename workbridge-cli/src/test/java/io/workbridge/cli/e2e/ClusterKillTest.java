package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.LastCycle;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.testkit.process.ChildJvms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many connections run by two command-line processes sharing one PostgreSQL database ({@code run --config-dir …
 * --cluster-store …}), one of them killed (SIGKILL) mid-run: the other takes over its connections within the
 * handover bound, every stream keeps cycling, and no work order is booked twice. Each connection has simulators of
 * its own. The scale version (1,000 connections, 4 processes) is {@code ClusterSimulation} in the benchmarks.
 */
@EnabledIfEnvironmentVariable(named = "WORKBRIDGE_TEST_PG_URL", matches = ".+", disabledReason = TestStore.POSTGRES_SKIPPED)
class ClusterKillTest {
  private static final int CONNECTIONS = Integer.getInteger("workbridge.cluster.connections", 12);
  private static final Duration INTERVAL = Duration.ofSeconds(4);
  private static final int HEARTBEAT_SECONDS = 1;
  /** Found dead after 5 heartbeats, looked for every 2, picked within a poll (1 s). */
  private static final Duration HANDOVER = Duration.ofSeconds(5 * HEARTBEAT_SECONDS + 2 * HEARTBEAT_SECONDS + 1);

  @TempDir Path data;

  @Test
  void twoProcesses_oneKilled_theOtherTakesItsConnectionsOver_noWorkOrderBookedTwice() throws Exception {
    List<SimulatedWorld> worlds = new ArrayList<>();
    List<TimeLapse> lapses = new ArrayList<>();
    Path directory = Files.createDirectories(data.resolve("connections"));
    try (TestStore database = TestStore.postgres()) {
      try {
        for (int i = 1; i <= CONNECTIONS; i++) {
          SimulatedWorld world = SimulatedWorld.start();
          worlds.add(world);
          // ServiceChannel lets a user sign in once per 5 s of its time: both processes sign in for each connection.
          lapses.add(TimeLapse.start(world.clock(), 20));
          world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.ALBANY);
          Files.writeString(directory.resolve("c" + i + ".yaml"), config(world, "c" + i));
        }
        try (CliProcesses processes = new CliProcesses(data, CliSetup.environment(worlds.get(0)));
            JdbcSyncStore store = database.open(Clock.systemUTC())) {
          ChildJvms.Child first = start(processes, database, directory, "p1");
          start(processes, database, directory, "p2");
          CycleWatch watch = new CycleWatch(store);

          awaitTrue(Duration.ofSeconds(60), () -> watch.everyStreamStartedAtLeast(2), watch, processes);
          assertThat(bookings(worlds)).as("each connection's work order booked once").containsOnly(1);
          processes.kill(first);
          Instant killed = Instant.now();
          for (SimulatedWorld world : worlds) {
            world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.TROY);
          }
          awaitTrue(Duration.ofSeconds(60), () -> watch.everyStreamStartedAfter(killed, 2), watch, processes);
          awaitTrue(Duration.ofSeconds(30), () -> bookings(worlds).stream().allMatch(count -> count == 2), watch, processes);

          assertThat(bookings(worlds)).as("each connection's two work orders booked once each").containsOnly(2);
          Duration bound = INTERVAL.plus(HANDOVER).plus(Duration.ofSeconds(3));
          assertThat(watch.longestGap()).as("longest pause between two cycles of a stream, across the kill").isLessThan(bound);
        }
      } finally {
        lapses.forEach(TimeLapse::close);
        worlds.forEach(SimulatedWorld::close);
      }
    }
  }

  private static ChildJvms.Child start(CliProcesses processes, TestStore database, Path directory, String name) {
    return processes.start(
        name, "run", "--config-dir", directory.toString(), "--cluster-store", database.url(),
        "--cluster-schema", database.schema(), "--process-name", name,
        "--cluster-heartbeat", Integer.toString(HEARTBEAT_SECONDS), "--grace", "5");
  }

  private static String config(SimulatedWorld world, String connectionId) {
    List<String> sections = new ArrayList<>();
    sections.add("schedule:");
    sections.add("  workOrders: " + INTERVAL.toMillis() + "ms");
    sections.add("  serviceTitanChanges: " + INTERVAL.toMillis() + "ms");
    return CliSetup.yaml(world, List.of(), sections, false)
        .replaceFirst("(?m)^connectionId: .*$", "connectionId: " + connectionId);
  }

  private static List<Integer> bookings(List<SimulatedWorld> worlds) {
    return worlds.stream().map(world -> world.serviceTitan().bookings().size()).toList();
  }

  private static void awaitTrue(Duration patience, BooleanSupplier condition, CycleWatch watch, CliProcesses processes)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + patience + "; cycles seen: " + watch + "\n" + processes.lastOutputs(2));
      }
      watch.look();
      Thread.sleep(200);
    }
    watch.look();
  }

  /** Watches the cycles every process records in the shared store: each stream's starts, as they are seen. */
  private static final class CycleWatch {
    private final JdbcSyncStore store;
    private final Map<String, List<Instant>> starts = new TreeMap<>();
    private final Map<String, Instant> last = new HashMap<>();

    CycleWatch(JdbcSyncStore store) {
      this.store = store;
    }

    void look() {
      for (int i = 1; i <= CONNECTIONS; i++) {
        String connection = "c" + i;
        for (LastCycle cycle : LastCycle.read(store.connection(ConnectionId.of(connection)).cursors())) {
          String key = connection + "|" + cycle.stream();
          if (!cycle.startedAt().equals(last.put(key, cycle.startedAt()))) {
            starts.computeIfAbsent(key, k -> new ArrayList<>()).add(cycle.startedAt());
          }
        }
      }
    }

    boolean everyStreamStartedAtLeast(int times) {
      return starts.size() == CONNECTIONS * 2 && starts.values().stream().allMatch(list -> list.size() >= times);
    }

    boolean everyStreamStartedAfter(Instant instant, int times) {
      return starts.size() == CONNECTIONS * 2
          && starts.values().stream().allMatch(list -> list.stream().filter(instant::isBefore).count() >= times);
    }

    Duration longestGap() {
      Duration longest = Duration.ZERO;
      for (List<Instant> list : starts.values()) {
        for (int i = 1; i < list.size(); i++) {
          Duration gap = Duration.between(list.get(i - 1), list.get(i));
          longest = gap.compareTo(longest) > 0 ? gap : longest;
        }
      }
      return longest;
    }

    @Override
    public String toString() {
      Map<String, Integer> counts = new TreeMap<>();
      starts.forEach((key, list) -> counts.put(key, list.size()));
      return counts + " (streams " + WorkBridge.WORK_ORDERS + ", " + WorkBridge.SERVICETITAN_CHANGES + ")";
    }
  }
}
