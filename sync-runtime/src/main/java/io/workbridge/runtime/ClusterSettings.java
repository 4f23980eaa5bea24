package io.workbridge.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * How the processes of a {@link WorkBridgeFleet} share its connections' cycles through a database (PostgreSQL for
 * several processes; H2 works for one): each (connection, stream) is one recurring task of <a
 * href="https://github.com/kagkarlsson/db-scheduler">db-scheduler</a>, executed by one process at a time across
 * the cluster. A process that dies holding a task — its heartbeats stop — is found dead after {@link
 * #missedHeartbeats()} heartbeat intervals and the task runs on another process: within {@link #handoverWithin()}.
 * Tasks the dead process did not hold are picked by the others at their time.
 *
 * <pre>{@code
 * ClusterSettings cluster = ClusterSettings.builder(dataSource).processName("sync-2").build();
 * WorkBridgeFleet fleet = WorkBridgeFleet.builder(dir).sharedStore(store).cluster(cluster).build();
 * }</pre>
 *
 * <p>Needs {@code com.github.kagkarlsson:db-scheduler} on the class path (the command line has it).
 */
public final class ClusterSettings {
  private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  private final DataSource dataSource;
  private final String processName;
  private final Duration pollEvery;
  private final Duration heartbeat;
  private final int missedHeartbeats;
  private final int threads;
  private final String tableName;
  private final boolean createTable;

  private ClusterSettings(Builder builder) {
    this.dataSource = builder.dataSource;
    this.processName = builder.processName != null ? builder.processName : defaultProcessName();
    this.pollEvery = builder.pollEvery;
    this.heartbeat = builder.heartbeat;
    this.missedHeartbeats = builder.missedHeartbeats;
    this.threads = builder.threads;
    this.tableName = builder.tableName;
    this.createTable = builder.createTable;
  }

  /**
   * A builder over the database the processes share.
   *
   * @param dataSource a pooled data source of the shared database
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  private static String defaultProcessName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "host");
    return host + "-" + ProcessHandle.current().pid();
  }

  /** {@return the shared database} */
  public DataSource dataSource() {
    return dataSource;
  }

  /** {@return this process's name in the task table (default: host name and process id)} */
  public String processName() {
    return processName;
  }

  /** {@return how often the process looks for due tasks (default 2 s); a webhook's task on another process waits at most this long} */
  public Duration pollEvery() {
    return pollEvery;
  }

  /** {@return how often a process tells it still runs the tasks it holds (default 3 s)} */
  public Duration heartbeat() {
    return heartbeat;
  }

  /** {@return after how many missed heartbeats a held task counts as dead and runs elsewhere (default 5)} */
  public int missedHeartbeats() {
    return missedHeartbeats;
  }

  /** {@return how many cycles the process runs at once, over all connections (default 8)} */
  public int threads() {
    return threads;
  }

  /** {@return the task table, optionally schema-qualified (default {@code workbridge_scheduled_tasks})} */
  public String tableName() {
    return tableName;
  }

  /** {@return whether the task table is created when it is missing (default true)} */
  public boolean createTable() {
    return createTable;
  }

  /**
   * The longest a task held by a process that died waits before another process runs it: found dead after
   * {@code heartbeat × missedHeartbeats}, looked for every {@code 2 × heartbeat}, picked within a poll
   * (23 s with the defaults).
   *
   * @return the bound
   */
  public Duration handoverWithin() {
    return heartbeat.multipliedBy(missedHeartbeats).plus(heartbeat.multipliedBy(2)).plus(pollEvery);
  }

  @Override
  public String toString() {
    return "ClusterSettings[process=" + processName + ", table=" + tableName + ", threads=" + threads
        + ", pollEvery=" + pollEvery + ", heartbeat=" + heartbeat + " x " + missedHeartbeats + "]";
  }

  /** Builds {@link ClusterSettings}. */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable String processName;
    private Duration pollEvery = Duration.ofSeconds(2);
    private Duration heartbeat = Duration.ofSeconds(3);
    private int missedHeartbeats = 5;
    private int threads = 8;
    private String tableName = "workbridge_scheduled_tasks";
    private boolean createTable = true;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * This process's name in the task table: unique in the cluster (default: host name and process id).
     *
     * @param name the name
     * @return this builder
     */
    public Builder processName(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("processName must not be blank");
      }
      this.processName = name;
      return this;
    }

    /**
     * How often the process looks for due tasks (default 2 s).
     *
     * @param interval positive
     * @return this builder
     */
    public Builder pollEvery(Duration interval) {
      this.pollEvery = positive(interval, "pollEvery");
      return this;
    }

    /**
     * How often a process tells it still runs the tasks it holds (default 3 s).
     *
     * @param interval positive
     * @return this builder
     */
    public Builder heartbeat(Duration interval) {
      this.heartbeat = positive(interval, "heartbeat");
      return this;
    }

    /**
     * After how many missed heartbeats a held task is dead (default 5; at least 2).
     *
     * @param count at least 2
     * @return this builder
     */
    public Builder missedHeartbeats(int count) {
      if (count < 2) {
        throw new IllegalArgumentException("missedHeartbeats must be at least 2, was " + count);
      }
      this.missedHeartbeats = count;
      return this;
    }

    /**
     * How many cycles the process runs at once (default 8).
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + count);
      }
      this.threads = count;
      return this;
    }

    /**
     * The task table (default {@code workbridge_scheduled_tasks}), e.g. {@code workbridge.scheduled_tasks}.
     *
     * @param name a table name, optionally schema-qualified
     * @return this builder
     */
    public Builder tableName(String name) {
      if (name == null || !TABLE.matcher(name).matches()) {
        throw new IllegalArgumentException("tableName must be a table name, optionally with its schema, not " + name);
      }
      this.tableName = name;
      return this;
    }

    /**
     * Whether the task table is created when it is missing (default true); false for hosts that own their schema
     * ({@link ClusterTable#ddl} gives the statements).
     *
     * @param create whether to create it
     * @return this builder
     */
    public Builder createTable(boolean create) {
      this.createTable = create;
      return this;
    }

    /** {@return the settings} */
    public ClusterSettings build() {
      return new ClusterSettings(this);
    }

    private static Duration positive(Duration interval, String name) {
      if (interval == null || interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + interval);
      }
      return interval;
    }
  }
}
