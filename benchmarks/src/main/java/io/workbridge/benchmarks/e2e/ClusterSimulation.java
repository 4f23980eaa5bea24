package io.workbridge.benchmarks.e2e;

import io.workbridge.testkit.process.ChildJvms.Child;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Many connections on several command-line processes over one PostgreSQL database, one process killed mid-run.
 * Every connection has a ServiceChannel and a ServiceTitan simulator of its own in this JVM and one or two work
 * orders at the start, one more after the kill. The processes ({@code workbridge run --config-dir …
 * --cluster-store …}) are child JVMs sharing a throw-away schema, dropped at the end.
 *
 * <p>It reports, in Markdown on standard output (progress on standard error): cycles per connection per interval,
 * the longest pause between two cycles of any stream before and across the kill (goal ≤ 2 × its interval),
 * duplicate bookings (goal 0), API calls per connection per idle cycle (goal ≤ 6), and each process's memory
 * and CPU. It exits with 1 when a work order was booked twice. The small version run by {@code mvn verify} is
 * the command line's {@code ClusterKillTest}.
 */
public final class ClusterSimulation {
  private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

  private final ClusterSimulationOptions options;
  private final String schema = "cluster_sim_" + UUID.randomUUID().toString().substring(0, 8);
  private final Instant harnessStarted = Instant.now();

  private ClusterSimulation(ClusterSimulationOptions options) {
    this.options = options;
  }

  /**
   * Runs the simulation.
   *
   * @param args {@code --name value} options, see {@link ClusterSimulationOptions#USAGE}
   * @throws Exception when the run cannot be set up
   */
  public static void main(String[] args) throws Exception {
    ClusterSimulationOptions options;
    try {
      options = ClusterSimulationOptions.parse(args);
    } catch (IllegalArgumentException wrong) {
      System.err.println(wrong.getMessage());
      System.err.println(ClusterSimulationOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new ClusterSimulation(options).run());
  }

  private int run() throws IOException, SQLException, InterruptedException {
    double loadBefore = loadAverage();
    Path work = Files.createTempDirectory("cluster-simulation");
    Path directory = Files.createDirectories(work.resolve("connections"));
    Path logs = Files.createDirectories(work.resolve("logs"));
    List<SimulatedConnection> connections = new ArrayList<>();
    try (Connection database = DriverManager.getConnection(options.databaseUrl())) {
      try {
        startConnections(connections, directory);
        execute(database, "CREATE SCHEMA " + schema);
        progress("schema %s, connection files in %s, process logs in %s", schema, directory, logs);
        try (ClusterProcesses processes =
            new ClusterProcesses(logs, connections.get(0).environment(), options.childHeap())) {
          ClusterReport report = new ClusterReport(options, loadBefore);
          int duplicates = simulate(connections, processes, new CycleWatch(database, schema), directory, report);
          System.out.println(report.render());
          return duplicates > 0 ? 1 : 0;
        }
      } finally {
        connections.forEach(SimulatedConnection::close);
        execute(database, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private void startConnections(List<SimulatedConnection> connections, Path directory) throws IOException {
    for (int i = 1; i <= options.connections(); i++) {
      SimulatedConnection connection = SimulatedConnection.start("c" + i);
      connections.add(connection);
      connection.createWorkOrder();
      if (i % 2 == 0) {
        connection.createWorkOrder();
      }
      Files.writeString(directory.resolve(connection.id() + ".yaml"), connection.configuration(options.streams()));
      if (i % 100 == 0) {
        progress("%d connections' simulators started", i);
      }
    }
  }

  private int simulate(
      List<SimulatedConnection> connections, ClusterProcesses processes, CycleWatch watch, Path directory,
      ClusterReport report) throws InterruptedException {
    Instant started = Instant.now();
    for (int p = 1; p <= options.processes(); p++) {
      processes.start("p" + p, arguments(directory, "p" + p));
    }
    int streams = connections.size() * options.streams().size();
    Instant[] steady = new Instant[1];
    BooleanSupplier noteSteady =
        () -> {
          if (steady[0] == null && watch.everyStreamStarted(streams, Instant.EPOCH, 1)) {
            steady[0] = Instant.now();
            progress(
                "every stream has cycled once, %s after the start",
                ClusterReport.seconds(Duration.between(started, steady[0])));
          }
          return false;
        };
    watchUntil(started.plus(options.killAt()), watch, noteSteady, connections, processes);

    Child victim = processes.children().get(0);
    ProcessUsage victimUsage = ClusterProcesses.usage(victim);
    Duration victimAlive = Duration.between(victim.started(), Instant.now());
    victim.kill();
    Instant killed = Instant.now();
    progress("%s killed", victim.name());
    connections.forEach(SimulatedConnection::createWorkOrder);
    watchUntil(started.plus(options.duration()), watch, noteSteady, connections, processes);
    Instant runEnd = Instant.now();

    Duration patience = options.workOrdersEvery().multipliedBy(2).plus(options.handover());
    boolean allBooked =
        watchUntil(runEnd.plus(patience), watch, () -> booked(connections) == workOrders(connections), connections,
            processes);
    Instant quietStart = Instant.now();
    long requestsBefore = requests(connections);
    watchUntil(quietStart.plus(options.quiet()), watch, () -> false, connections, processes);
    Instant quietEnd = Instant.now();
    long idleRequests = requests(connections) - requestsBefore;

    Timeline timeline = new Timeline(started, steady[0], killed, runEnd, quietStart, quietEnd);
    return report(report, timeline, watch, connections, processes, allBooked, patience, idleRequests,
        new ProcessSample(victim, victimUsage, victimAlive));
  }

  /** The moments of a run: start, every stream cycled once (or null), kill, end of the run, idle window. */
  private record Timeline(Instant started, Instant steady, Instant killed, Instant runEnd, Instant quietStart,
      Instant quietEnd) {}

  /** A process's usage measured at one moment. */
  private record ProcessSample(Child child, ProcessUsage usage, Duration alive) {}

  /** Fills the report in; returns the number of duplicate bookings. */
  private int report(
      ClusterReport report, Timeline timeline, CycleWatch watch, List<SimulatedConnection> connections,
      ClusterProcesses processes, boolean allBooked, Duration patience, long idleRequests, ProcessSample victim) {
    Instant started = timeline.started();
    Instant quietStart = timeline.quietStart();
    Instant quietEnd = timeline.quietEnd();
    measureCycles(report, watch, timeline.steady(), timeline.runEnd(), connections.size());
    measureGaps(report, watch, timeline.steady(), timeline.killed(), quietEnd);
    int duplicates = connections.stream().mapToInt(SimulatedConnection::duplicateBookings).sum();
    report.measure(
        "duplicate bookings (a work order booked more than once)", Integer.toString(duplicates), "0", duplicates == 0);
    String late = allBooked ? "" : " (not all within " + ClusterReport.seconds(patience) + " after the run)";
    report.measure(
        "work orders booked", booked(connections) + " of " + workOrders(connections) + late, "all",
        booked(connections) == workOrders(connections));
    measureIdle(report, watch, idleRequests, quietStart, quietEnd, connections.size());

    report.process(
        victim.child().name(), "just before its kill", victim.usage(), victim.alive(), ClusterProcesses.problemLines(victim.child()));
    for (Child child : processes.children().subList(1, processes.children().size())) {
      report.process(
          child.name(), child.process().isAlive() ? "at the end" : "at the end (it had exited)", ClusterProcesses.usage(child),
          Duration.between(child.started(), Instant.now()), ClusterProcesses.problemLines(child));
    }
    report.process(
        "this JVM (" + connections.size() * 2 + " simulators)", "at the end",
        ProcessUsage.of(ProcessHandle.current().pid()), Duration.between(harnessStarted, Instant.now()), -1);
    report.note(
        String.format(
            Locale.ROOT,
            "Load average at the end: %.2f. Idle window: %s from %s after the start. Process logs: %s.",
            loadAverage(), ClusterReport.seconds(Duration.between(quietStart, quietEnd)),
            ClusterReport.seconds(Duration.between(started, quietStart)),
            processes.children().get(0).log().getParent()));
    return duplicates;
  }

  private List<String> arguments(Path directory, String name) {
    return List.of(
        "run", "--config-dir", directory.toString(), "--cluster-store", options.databaseUrl(),
        "--cluster-schema", schema, "--process-name", name,
        "--cluster-heartbeat", Integer.toString(options.heartbeatSeconds()),
        "--cluster-threads", Integer.toString(options.threads()), "--grace", "5");
  }

  /**
   * Looks at the cycles every second until {@code until} or until {@code done}; returns whether done. Fails when
   * every process has exited.
   */
  private boolean watchUntil(
      Instant until, CycleWatch watch, BooleanSupplier done, List<SimulatedConnection> connections,
      ClusterProcesses processes) throws InterruptedException {
    Instant nextProgress = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(until)) {
      if (processes.children().stream().noneMatch(child -> child.process().isAlive())) {
        throw new IllegalStateException(
            "every process has exited: see " + processes.children().get(0).log().getParent());
      }
      watch.look();
      if (done.getAsBoolean()) {
        return true;
      }
      if (Instant.now().isAfter(nextProgress)) {
        nextProgress = Instant.now().plusSeconds(30);
        long cycles = watch.starts().values().stream().mapToLong(List::size).sum();
        progress("%d streams seen, %d cycle starts, %d of %d work orders booked", watch.starts().size(), cycles,
            booked(connections), workOrders(connections));
      }
      Thread.sleep(LOOK_EVERY.toMillis());
    }
    watch.look();
    return done.getAsBoolean();
  }

  private void measureCycles(ClusterReport report, CycleWatch watch, Instant steady, Instant runEnd, int connections) {
    if (steady == null) {
      report.measure("streams that cycled at least once", watch.starts().size() + " of "
          + connections * options.streams().size(), "all", false);
      return;
    }
    Duration window = Duration.between(steady, runEnd);
    for (ClusterSimulationOptions.Stream stream : options.streams()) {
      double intervals = window.toMillis() / (double) stream.every().toMillis();
      double mean = watch.startsOf(stream.name(), steady, runEnd) / (connections * intervals);
      double fewest = watch.fewestStartsOf(stream.name(), connections, steady, runEnd) / intervals;
      report.measure(
          String.format(Locale.ROOT, "%s cycles per connection per interval (%s, over %s)", stream.name(),
              ClusterReport.seconds(stream.every()), ClusterReport.seconds(window)),
          String.format(Locale.ROOT, "mean %.2f, fewest %.2f", mean, fewest),
          "≈ 1 (the interval counts from a cycle's end)", null);
    }
  }

  private void measureGaps(ClusterReport report, CycleWatch watch, Instant steady, Instant killed, Instant end) {
    for (ClusterSimulationOptions.Stream stream : options.streams()) {
      Duration goal = stream.every().multipliedBy(2);
      gapRow(report, stream.name() + ": longest pause between two cycles, before the kill",
          watch.longestGap(stream.name(), steady == null ? Instant.EPOCH : steady, killed), goal);
      gapRow(report, stream.name() + ": longest pause between two cycles, across and after the kill",
          watch.longestGap(stream.name(), killed, end), goal);
    }
  }

  private static void gapRow(ClusterReport report, String what, Optional<CycleWatch.Gap> gap, Duration goal) {
    String measured =
        gap.map(g -> ClusterReport.seconds(g.length()) + " (" + g.key().connection() + ")").orElse("no cycles");
    report.measure(what, measured, "≤ " + ClusterReport.seconds(goal),
        gap.isPresent() && gap.get().length().compareTo(goal) <= 0);
  }

  private void measureIdle(
      ClusterReport report, CycleWatch watch, long requests, Instant from, Instant to, int connections) {
    long cycles = options.streams().stream().mapToLong(stream -> watch.startsOf(stream.name(), from, to)).sum();
    double perCycle = cycles == 0 ? Double.NaN : requests / (double) cycles;
    report.measure(
        String.format(Locale.ROOT,
            "API calls per connection per idle cycle (%d calls, tokens included, over %d cycles of %d connections)",
            requests, cycles, connections),
        String.format(Locale.ROOT, "%.2f", perCycle), "≤ 6", cycles > 0 && perCycle <= 6);
  }

  private static long requests(List<SimulatedConnection> connections) {
    return connections.stream().mapToLong(SimulatedConnection::requests).sum();
  }

  private static int booked(List<SimulatedConnection> connections) {
    return connections.stream().mapToInt(SimulatedConnection::workOrdersBooked).sum();
  }

  private static int workOrders(List<SimulatedConnection> connections) {
    return connections.stream().mapToInt(SimulatedConnection::workOrders).sum();
  }

  private static void execute(Connection database, String sql) throws SQLException {
    try (Statement statement = database.createStatement()) {
      statement.execute(sql);
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void progress(String format, Object... values) {
    String time = Instant.now().toString().substring(11, 19);
    System.err.println("[cluster-simulation " + time + "] " + String.format(Locale.ROOT, format, values));
  }
}
