package io.workbridge.benchmarks.e2e;

import io.workbridge.runtime.WorkBridge;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link ClusterSimulation} runs: how many connections on how many processes, for how long, at which
 * stream intervals, when one process is killed, and the database they share.
 *
 * @param connections connection files, each with simulators of its own
 * @param processes command-line processes sharing the connections
 * @param duration how long the processes run before the quiet window
 * @param killAt when, after the processes started, the first process is killed (SIGKILL)
 * @param quiet the window after the workload during which idle calls are counted
 * @param workOrdersEvery the {@code workOrders} stream's interval
 * @param serviceTitanEvery the {@code serviceTitanChanges} stream's interval
 * @param heartbeatSeconds the processes' {@code --cluster-heartbeat}
 * @param threads the processes' {@code --cluster-threads}
 * @param childHeap the processes' {@code -Xmx}
 * @param databaseUrl the shared PostgreSQL database (never printed)
 */
record ClusterSimulationOptions(
    int connections,
    int processes,
    Duration duration,
    Duration killAt,
    Duration quiet,
    Duration workOrdersEvery,
    Duration serviceTitanEvery,
    int heartbeatSeconds,
    int threads,
    String childHeap,
    String databaseUrl) {
  /** The command-line usage. */
  static final String USAGE =
      String.join(
          "\n",
          "Usage: ClusterSimulation [--connections N] [--processes P] [--duration-s S] [--kill-at-s K] [--quiet-s Q]",
          "                         [--work-orders-every-s W] [--servicetitan-every-s T] [--heartbeat-s H]",
          "                         [--threads C] [--child-xmx SIZE] [--pg-url JDBC_URL]",
          "  --connections N          connection files, each with its own simulators (default 1000)",
          "  --processes P            command-line processes sharing them (default 4)",
          "  --duration-s S           seconds the processes run before the quiet window (default 480)",
          "  --kill-at-s K            seconds after the start when the first process is killed (default S / 2)",
          "  --quiet-s Q              seconds of the idle window counted at the end (default 2 x the longest interval)",
          "  --work-orders-every-s W  the workOrders stream's interval (default 60)",
          "  --servicetitan-every-s T the serviceTitanChanges stream's interval (default 30)",
          "  --heartbeat-s H          the processes' --cluster-heartbeat (default 3, the command line's default)",
          "  --threads C              the processes' --cluster-threads (default 8, the command line's default)",
          "  --child-xmx SIZE         each process's -Xmx (default 512m)",
          "  --pg-url JDBC_URL        the shared database (default: WORKBRIDGE_TEST_PG_URL, else",
          "                           jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");

  ClusterSimulationOptions {
    if (connections < 1 || processes < 2) {
      throw new IllegalArgumentException("--connections must be at least 1 and --processes at least 2");
    }
    if (killAt.compareTo(duration) >= 0 || killAt.isNegative() || killAt.isZero()) {
      throw new IllegalArgumentException("--kill-at-s must lie within the run (0 < K < S)");
    }
    if (heartbeatSeconds < 1 || threads < 1) {
      throw new IllegalArgumentException("--heartbeat-s and --threads must be at least 1");
    }
  }

  /**
   * A stream and its interval.
   *
   * @param key its key in a connection file's {@code schedule} section
   * @param name its name in the store's cycle records
   * @param every its interval
   */
  record Stream(String key, String name, Duration every) {}

  /** {@return the streams of every connection, with their intervals} */
  List<Stream> streams() {
    return List.of(
        new Stream("workOrders", WorkBridge.WORK_ORDERS, workOrdersEvery),
        new Stream("serviceTitanChanges", WorkBridge.SERVICETITAN_CHANGES, serviceTitanEvery));
  }

  /** {@return how long a killed process's cycles may wait for another: 7 heartbeats and a poll} */
  Duration handover() {
    return Duration.ofSeconds(7L * heartbeatSeconds + Math.min(2, heartbeatSeconds));
  }

  /**
   * Reads the command line.
   *
   * @param args the arguments, {@code --name value} pairs
   * @return the options
   * @throws IllegalArgumentException naming the unknown or malformed option
   */
  static ClusterSimulationOptions parse(String... args) {
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + args[i]);
      }
      values.put(args[i], args[i + 1]);
    }
    try {
      int connections = Integer.parseInt(values.getOrDefault("--connections", "1000"));
      int processes = Integer.parseInt(values.getOrDefault("--processes", "4"));
      Duration duration = seconds(values.getOrDefault("--duration-s", "480"));
      Duration killAt = values.containsKey("--kill-at-s") ? seconds(values.get("--kill-at-s")) : duration.dividedBy(2);
      Duration workOrders = seconds(values.getOrDefault("--work-orders-every-s", "60"));
      Duration serviceTitan = seconds(values.getOrDefault("--servicetitan-every-s", "30"));
      Duration longest = workOrders.compareTo(serviceTitan) > 0 ? workOrders : serviceTitan;
      Duration quiet = values.containsKey("--quiet-s") ? seconds(values.get("--quiet-s")) : longest.multipliedBy(2);
      int heartbeat = Integer.parseInt(values.getOrDefault("--heartbeat-s", "3"));
      int threads = Integer.parseInt(values.getOrDefault("--threads", "8"));
      String heap = values.getOrDefault("--child-xmx", "512m");
      String environmentUrl = System.getenv("WORKBRIDGE_TEST_PG_URL");
      String url =
          values.getOrDefault(
              "--pg-url",
              environmentUrl != null && !environmentUrl.isBlank()
                  ? environmentUrl
                  : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
      for (String name : values.keySet()) {
        if (!USAGE.contains(name + " ")) {
          throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return new ClusterSimulationOptions(
          connections, processes, duration, killAt, quiet, workOrders, serviceTitan, heartbeat, threads, heap, url);
    } catch (NumberFormatException malformed) {
      throw new IllegalArgumentException("not a number: " + malformed.getMessage(), malformed);
    }
  }

  private static Duration seconds(String value) {
    return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
  }
}
