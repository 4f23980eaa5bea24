package io.workbridge.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.workbridge.runtime.ClusterSettings;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of a directory of connections run by several processes that share one database: every process is
 * started with the same directory and the same {@code --cluster-store}; each connection's state lives in that
 * database (its files' {@code store} sections are not used), and each (connection, stream) cycle runs on one
 * process at a time.
 */
final class ClusterOptions {
  @Option(
      names = "--cluster-store",
      defaultValue = "${env:WORKBRIDGE_CLUSTER_STORE}",
      description =
          "With --config-dir: the JDBC URL of the database the processes share (PostgreSQL; H2 for one process),"
              + " keeping every connection's state and the cluster's task table. Default: the environment"
              + " variable WORKBRIDGE_CLUSTER_STORE. Its credentials are never printed.")
  @Nullable String url;

  @Option(
      names = "--cluster-schema",
      defaultValue = "workbridge",
      description = "The schema holding the connections' tables and the task table (default: ${DEFAULT-VALUE}).")
  String schema = "workbridge";

  @Option(
      names = "--process-name",
      description = "This process's name in the cluster, unique among the processes (default: host name and process id).")
  @Nullable String processName;

  @Option(
      names = "--cluster-threads",
      defaultValue = "8",
      description = "How many cycles this process runs at once, over all connections (default: ${DEFAULT-VALUE}).")
  int threads = 8;

  @Option(
      names = "--cluster-heartbeat",
      defaultValue = "3",
      description =
          "Seconds between a process's heartbeats (default: ${DEFAULT-VALUE}). A process that misses 5 is dead and its"
              + " running cycles move to another within 7 heartbeats and a poll (23 s by default).")
  int heartbeatSeconds = 3;

  /** {@return whether a cluster store is given} */
  boolean enabled() {
    return url != null && !url.isBlank();
  }

  /** The shared database, its store and the cluster settings; closing it closes the store and the pool. */
  Opened open() {
    String jdbcUrl = java.util.Objects.requireNonNull(url, "url");
    if (heartbeatSeconds < 1) {
      throw new IllegalArgumentException("--cluster-heartbeat must be at least 1 second, was " + heartbeatSeconds);
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "--cluster-store must be a PostgreSQL (jdbc:postgresql:...) or H2 (jdbc:h2:...) JDBC URL");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("workbridge-cluster");
    config.setMaximumPoolSize(threads + 6); // the cycles, the scheduler's polls and heartbeats
    config.setMinimumIdle(2);
    config.setInitializationFailTimeout(10_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException unreachable) {
      // The pool's message may quote the URL with its password: name the option instead.
      throw new IllegalArgumentException(
          "cannot reach the --cluster-store database: " + unreachable.getClass().getSimpleName(), null);
    }
    try {
      ClusterSettings.Builder cluster =
          ClusterSettings.builder(pool)
              .threads(threads)
              .tableName(schema + ".workbridge_scheduled_tasks")
              .heartbeat(Duration.ofSeconds(heartbeatSeconds))
              .pollEvery(Duration.ofSeconds(Math.min(2, heartbeatSeconds)));
      if (processName != null) {
        cluster.processName(processName);
      }
      ClusterSettings settings = cluster.build();
      JdbcSyncStore store =
          JdbcSyncStore.open(
              pool,
              schema,
              SyncStoreSettings.builder().owner(settings.processName()).build());
      return new Opened(pool, store, settings);
    } catch (RuntimeException failed) {
      pool.close();
      throw failed;
    }
  }

  /** The opened database: its pool, the connections' store over it, and the cluster settings. */
  record Opened(HikariDataSource pool, JdbcSyncStore store, ClusterSettings settings) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
      pool.close();
    }
  }
}
