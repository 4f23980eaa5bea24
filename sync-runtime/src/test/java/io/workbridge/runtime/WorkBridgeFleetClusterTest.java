package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.fake.FakeServiceChannel;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WorkBridgeFleet} with {@link ClusterSettings}: two fleets over one database stand for two processes of a
 * cluster. Each (connection, stream) cycle runs on one of them at a time, the work is shared, a stopped process hands
 * its connections to the other, a trigger on either runs the stream soon, and a removed file's tasks are deleted.
 */
class WorkBridgeFleetClusterTest {
  private static final Duration INTERVAL = Duration.ofMillis(300);
  private static final int CONNECTIONS = 6;
  private static final Duration HEARTBEAT = Duration.ofMillis(500);
  private static final Duration POLL = Duration.ofMillis(200);
  /** Found dead after 5 heartbeats, looked for every 2, picked within a poll. */
  private static final Duration HANDOVER = HEARTBEAT.multipliedBy(7).plus(POLL);

  @TempDir Path connections;
  @TempDir Path data;

  private final SimulatedSystems systems = new SimulatedSystems();
  /** The remote world of each connection, shared by both processes as the real systems are. */
  private final Map<String, World> worlds = new ConcurrentHashMap<>();
  private final List<Cycle> cycles = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> closing = new ArrayList<>();

  private record World(FakeServiceChannel serviceChannel, FakeServiceTitan serviceTitan) {}

  /** One cycle as a process ran it. */
  private record Cycle(String process, String connection, String stream, Instant start, Instant end) {}

  @AfterEach
  void close() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
    systems.close();
  }

  @Test
  void h2_twoProcesses_shareTheCycles_runNoneTwiceAtOnce_andAStoppedOneHandsItsConnectionsOver() throws Exception {
    shareTheCyclesAndHandOver(h2());
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "WORKBRIDGE_TEST_PG_URL", matches = ".+", disabledReason = "set WORKBRIDGE_TEST_PG_URL to run against PostgreSQL")
  void postgres_twoProcesses_shareTheCycles_runNoneTwiceAtOnce_andAStoppedOneHandsItsConnectionsOver() throws Exception {
    shareTheCyclesAndHandOver(postgres());
  }

  private void shareTheCyclesAndHandOver(Database database) throws Exception {
    for (int i = 1; i <= CONNECTIONS; i++) {
      write("c" + i);
    }
    JdbcSyncStore store = database.store();
    WorkBridgeFleet first = fleet("p1", database, store);
    WorkBridgeFleet second = fleet("p2", database, store);
    first.start();
    second.start();

    awaitTrue(Duration.ofSeconds(20), () -> everyStreamRanAtLeast(4, cycles));
    Instant stopped = Instant.now();
    assertThat(first.stop(Duration.ofSeconds(5))).isTrue();
    awaitTrue(Duration.ofSeconds(20), () -> everyStreamRanAtLeast(3, cyclesOf("p2", stopped)));
    second.stop(Duration.ofSeconds(5));

    assertThat(overlaps()).as("cycles of one stream running at once").isEmpty();
    assertThat(connectionsOnTwoProcessesAtOnce()).as("a connection's cycles on two processes at once").isEmpty();
    assertThat(cycles.stream().map(Cycle::process).distinct()).as("both processes ran cycles").contains("p1", "p2");
    worlds.forEach(
        (connection, world) ->
            assertThat(world.serviceTitan().allBookings()).as(connection + "'s bookings").hasSize(1));
    // Liveness, not speed: a stream left behind would pause far longer (the wait for p2 above already fails then).
    Duration bound = INTERVAL.multipliedBy(2).plus(HANDOVER).plus(Duration.ofSeconds(2));
    assertThat(longestGapAfterTheFirstCycles()).as("longest gap between two cycles of a stream").isLessThan(bound);
  }

  @Test
  void trigger_onEitherProcess_runsTheStreamWithinAPoll_andARemovedFileDeletesItsTasks() throws Exception {
    write("c1", "schedule.workOrders=1h", "schedule.serviceTitanChanges=1h");
    write("c2", "schedule.workOrders=1h", "schedule.serviceTitanChanges=1h");
    Database database = h2();
    JdbcSyncStore store = database.store();
    WorkBridgeFleet first = fleet("p1", database, store);
    WorkBridgeFleet second = fleet("p2", database, store);
    first.start();
    second.start();
    awaitTrue(Duration.ofSeconds(20), () -> everyStreamRanAtLeast(1, cycles));
    int before = ranOf("c1", WorkBridge.WORK_ORDERS);

    // As a webhook endpoint serving the connection would: through the bridge, on the other process.
    second.bridge("c1").orElseThrow().trigger(WorkBridge.WORK_ORDERS);

    awaitTrue(Duration.ofSeconds(5), () -> ranOf("c1", WorkBridge.WORK_ORDERS) == before + 1);
    assertThat(ranOf("c1", WorkBridge.SERVICETITAN_CHANGES)).as("the other stream waits for its hour").isEqualTo(1);

    Files.delete(connections.resolve("c2.yaml"));
    first.reload();
    second.reload();
    assertThat(taskIds(database)).containsExactlyInAnyOrder("c1|work-orders", "c1|servicetitan-changes");
  }

  // ---------------------------------------------------------------- the processes

  private WorkBridgeFleet fleet(String process, Database database, JdbcSyncStore store) {
    ClusterSettings cluster =
        ClusterSettings.builder(database.dataSource())
            .processName(process)
            .pollEvery(POLL)
            .heartbeat(HEARTBEAT)
            .threads(4)
            .tableName(database.table())
            .build();
    WorkBridgeFleet fleet =
        WorkBridgeFleet.builder(connections)
            .environment(systems.environment())
            .rescanEvery(Duration.ofHours(1))
            .grace(Duration.ofSeconds(5))
            .cluster(cluster)
            .factory(config -> bridge(process, config, store))
            .build();
    closing.add(fleet);
    return fleet;
  }

  /** A connection's bridge over its own fake systems and the shared store, telling each cycle. */
  private WorkBridge bridge(String process, WorkBridgeConfig config, JdbcSyncStore store) {
    World world = worlds.computeIfAbsent(config.connectionId(), this::world);
    return WorkBridge.builder()
        .connectionId(ConnectionId.of(config.connectionId()))
        .store(store)
        .workOrders(
            world.serviceChannel(),
            world.serviceTitan(),
            WorkOrderSyncSettings.builder()
                .companyName("Cool Air HVAC")
                .activatedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .build())
        .every(WorkBridge.WORK_ORDERS, config.schedule().workOrders())
        .every(WorkBridge.SERVICETITAN_CHANGES, config.schedule().serviceTitanChanges())
        .listener(
            event ->
                cycles.add(
                    new Cycle(
                        process, event.connection().value(), event.stream(), event.startedAt(),
                        event.startedAt().plus(event.took()))))
        .build();
  }

  private World world(String connectionId) {
    Clock clock = Clock.systemUTC();
    FakeServiceChannel serviceChannel = new FakeServiceChannel(clock);
    serviceChannel.addSubscriber(SampleWorkOrders.SUBSCRIBER, FakeServiceChannel.defaultCatalogue(), false);
    long id = 2_147_400_000L + Math.abs(connectionId.hashCode() % 1000);
    serviceChannel.putWorkOrder(SampleWorkOrders.open(id, clock.instant()));
    return new World(serviceChannel, new FakeServiceTitan(clock));
  }

  private void write(String connectionId, String... extraLines) throws Exception {
    List<String> lines = new ArrayList<>(List.of("connectionId=" + connectionId, "store.provider=memory"));
    lines.add("schedule.workOrders=" + INTERVAL.toMillis() + "ms");
    lines.add("schedule.serviceTitanChanges=" + INTERVAL.toMillis() + "ms");
    lines.addAll(List.of(extraLines));
    Files.writeString(
        connections.resolve(connectionId + ".yaml"),
        systems.configText(data.resolve(connectionId), lines.toArray(String[]::new)));
  }

  // ---------------------------------------------------------------- the database

  /** The shared database: a data source, the task table's name, the store over it. */
  private record Database(DataSource dataSource, String schema, String table, JdbcSyncStore store) {}

  private Database h2() {
    org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return database(dataSource, "WB", false);
  }

  private Database postgres() throws Exception {
    org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
    dataSource.setURL(System.getenv("WORKBRIDGE_TEST_PG_URL"));
    String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    closing.add(
        () -> {
          try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
          }
        });
    return database(dataSource, schema, true);
  }

  private Database database(DataSource dataSource, String schema, boolean postgres) {
    JdbcSyncStore store = JdbcSyncStore.open(dataSource, schema, SyncStoreSettings.defaults());
    closing.add(store);
    return new Database(dataSource, schema, schema + ".scheduled_tasks", store);
  }

  private static List<String> taskIds(Database database) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select task_instance from " + database.table())) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  // ---------------------------------------------------------------- what ran

  private List<Cycle> cyclesOf(String process, Instant after) {
    return cycles.stream().filter(c -> c.process().equals(process) && c.start().isAfter(after)).toList();
  }

  /** Whether every stream of every connection file ran at least {@code times} in {@code ran}. */
  private boolean everyStreamRanAtLeast(int times, List<Cycle> ran) {
    Map<String, Long> counts =
        ran.stream().collect(Collectors.groupingBy(c -> c.connection() + "|" + c.stream(), Collectors.counting()));
    long files = WorkBridgeFleet.connectionFiles(connections).size();
    return counts.size() == files * 2 && counts.values().stream().allMatch(count -> count >= times);
  }

  private int ranOf(String connection, String stream) {
    return (int) cycles.stream().filter(c -> c.connection().equals(connection) && c.stream().equals(stream)).count();
  }

  /** Pairs of cycles of the same stream whose times overlap. */
  private List<String> overlaps() {
    List<String> found = new ArrayList<>();
    byStream().forEach(
        (stream, ran) -> {
          for (int i = 1; i < ran.size(); i++) {
            if (ran.get(i).start().isBefore(ran.get(i - 1).end())) {
              found.add(stream + ": " + ran.get(i - 1) + " and " + ran.get(i));
            }
          }
        });
    return found;
  }

  /** Pairs of cycles of one connection that two processes ran at the same time (its streams may share a process). */
  private List<String> connectionsOnTwoProcessesAtOnce() {
    List<String> found = new ArrayList<>();
    Map<String, List<Cycle>> byConnection = cycles.stream().collect(Collectors.groupingBy(Cycle::connection));
    byConnection.forEach(
        (connection, ran) -> {
          for (Cycle one : ran) {
            for (Cycle other : ran) {
              if (!one.process().equals(other.process())
                  && one.start().isBefore(other.end())
                  && other.start().isBefore(one.end())) {
                found.add(connection + ": " + one + " and " + other);
              }
            }
          }
        });
    return found;
  }

  /** The longest pause between two cycles of a stream, after each stream's first cycle. */
  private Duration longestGapAfterTheFirstCycles() {
    AtomicLong longest = new AtomicLong();
    byStream().forEach(
        (stream, ran) -> {
          for (int i = 1; i < ran.size(); i++) {
            long gap = Duration.between(ran.get(i - 1).end(), ran.get(i).start()).toMillis();
            longest.accumulateAndGet(gap, Math::max);
          }
        });
    return Duration.ofMillis(longest.get());
  }

  private Map<String, List<Cycle>> byStream() {
    return cycles.stream()
        .collect(
            Collectors.groupingBy(
                c -> c.connection() + "|" + c.stream(),
                Collectors.collectingAndThen(
                    Collectors.toList(),
                    list -> list.stream().sorted(Comparator.comparing(Cycle::start)).toList())));
  }

  private static void awaitTrue(Duration patience, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + patience);
      }
      Thread.sleep(50);
    }
  }
}
