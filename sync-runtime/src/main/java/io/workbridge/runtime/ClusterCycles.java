package io.workbridge.runtime;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cycles of a fleet's connections as db-scheduler tasks shared by the fleet's processes: one task instance
 * per (connection, stream), {@code <connectionId>|<stream>}, run by one process at a time across the cluster and
 * rescheduled after each cycle at the end of the cycle plus the stream's interval (the interval counts from the
 * end of one cycle to the start of the next, as in one process).
 *
 * <p>A cycle whose connection has a stream running on another live process steps back and comes again after a
 * poll or two: a connection runs on one process at a time, so that process's rate limiter is the connection's.
 *
 * <p>Every process reads the same connection files and builds every connection's bridge, but runs only the
 * cycles it picks. A process adds the tasks of the connections it runs when they are missing (at start and after
 * each reading of the directory), so a task lost in a race comes back; a task whose connection no process runs
 * (its file removed) is deleted by the process that meets it. A trigger (a webhook) moves the task to now; when
 * the task is running, the cycle runs once more right after it.
 */
final class ClusterCycles implements FleetCycles {
  /** The task name of every (connection, stream) instance in the table. */
  static final String TASK = "workbridge-cycle";

  private static final Logger LOG = LoggerFactory.getLogger(ClusterCycles.class);
  private static final char SEPARATOR = '|';
  /** How long a trigger for a task running elsewhere keeps trying to move it to now. */
  private static final Duration TRIGGER_PATIENCE = Duration.ofMinutes(5);

  private final ClusterSettings settings;
  private final Clock clock;
  private final Map<String, WorkBridge> bridges = new ConcurrentHashMap<>();
  /** The tasks running in this process now; its monitor is notified when one ends. */
  private final Set<String> runningHere = new HashSet<>();
  /** Tasks triggered while they ran in this process: they run again right after. */
  private final Set<String> again = ConcurrentHashMap.newKeySet();
  private final CustomTask<Void> task;
  private final Scheduler scheduler;
  private final ScheduledExecutorService triggers;
  private volatile boolean started;

  /**
   * The cycles of the fleet's connections on the cluster's scheduler.
   *
   * @param grace how long stopping waits for the cycles running in this process
   */
  ClusterCycles(ClusterSettings settings, Clock clock, Duration grace) {
    this.settings = settings;
    this.clock = clock;
    boolean postgres = ClusterTable.isPostgres(settings.dataSource());
    if (settings.createTable()) {
      ClusterTable.create(settings.dataSource(), settings.tableName(), postgres);
    }
    this.task = Tasks.custom(TASK, Void.class).execute((instance, context) -> runCycle(instance));
    this.scheduler =
        Scheduler.create(settings.dataSource(), task)
            .tableName(settings.tableName())
            .jdbcCustomization(
                postgres ? new PostgreSqlJdbcCustomization(false, false) : new DefaultJdbcCustomization(false))
            .schedulerName(new SchedulerName.Fixed(settings.processName()))
            .threads(settings.threads())
            .pollingInterval(settings.pollEvery())
            .heartbeatInterval(settings.heartbeat())
            .missedHeartbeatsLimit(settings.missedHeartbeats())
            .enableImmediateExecution()
            .shutdownMaxWait(grace)
            .build();
    this.triggers =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "workbridge-cluster-triggers");
              thread.setDaemon(true);
              return thread;
            });
  }

  static String instanceId(String connectionId, String stream) {
    return connectionId + SEPARATOR + stream;
  }

  /** Runs the connection's cycles here when this process picks them; its tasks are added by {@link #reloaded}. */
  @Override
  public void connectionStarted(String connectionId, WorkBridge bridge) {
    bridges.put(connectionId, bridge);
    bridge.triggersGoTo(stream -> trigger(connectionId, stream, bridge)); // e.g. its webhook endpoints
  }

  @Override
  public void connectionStopping(String connectionId, WorkBridge bridge, Duration grace, boolean removed) {
    bridges.remove(connectionId, bridge);
    bridge.triggersGoTo(null);
    waitForCycles(connectionId, grace);
    if (removed) {
      for (String stream : bridge.streams()) {
        cancel(instanceId(connectionId, stream));
      }
    }
  }

  /** Adds the missing tasks of the connections this process runs (one read of the table). */
  @Override
  public void reloaded() {
    Set<String> present = new HashSet<>();
    scheduler.fetchScheduledExecutionsForTask(
        TASK,
        Void.class,
        ScheduledExecutionsFilter.all(),
        (ScheduledExecution<Void> execution) -> present.add(execution.getTaskInstance().getId()));
    Instant now = clock.instant();
    for (Map.Entry<String, WorkBridge> connection : bridges.entrySet()) {
      for (String stream : connection.getValue().streams()) {
        String id = instanceId(connection.getKey(), stream);
        if (!present.contains(id)) {
          scheduler.scheduleIfNotExists(task.instance(id), now);
        }
      }
    }
  }

  @Override
  public void start() {
    started = true;
    scheduler.start();
    LOG.info("clustered cycles started as {} ({})", settings.processName(), settings);
  }

  /** A trigger of the bridge (see {@link WorkBridge#trigger}): the task runs now, or once more right after. */
  private void trigger(String connectionId, String stream, WorkBridge bridge) {
    if (!bridge.streams().contains(stream)) {
      throw new IllegalArgumentException("no stream named " + stream + "; streams: " + bridge.streams());
    }
    String id = instanceId(connectionId, stream);
    again.add(id);
    if (isRunningHere(id)) {
      return; // its cycle ends here and runs again right after
    }
    again.remove(id);
    moveToNow(id, clock.instant().plus(TRIGGER_PATIENCE));
  }

  /** Moves the task to now; while another process runs it, tries again every poll until it ran or patience ends. */
  private void moveToNow(String id, Instant giveUpAt) {
    try {
      scheduler.reschedule(TaskInstanceId.of(TASK, id), clock.instant());
    } catch (TaskInstanceCurrentlyExecutingException running) {
      if (clock.instant().isBefore(giveUpAt) && !triggers.isShutdown()) {
        triggers.schedule(() -> moveToNow(id, giveUpAt), settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (TaskInstanceNotFoundException gone) {
      LOG.debug("trigger for {}: no such task (its connection was removed)", id);
    } catch (RuntimeException failed) {
      LOG.warn("trigger for {} failed: {}", id, failed.toString());
    }
  }

  private CompletionHandler<Void> runCycle(TaskInstance<Void> instance) {
    String id = instance.getId();
    int separator = id.lastIndexOf(SEPARATOR);
    String connectionId = separator < 0 ? id : id.substring(0, separator);
    String stream = separator < 0 ? "" : id.substring(separator + 1);
    WorkBridge bridge = bridges.get(connectionId);
    if (bridge == null || !bridge.streams().contains(stream)) {
      // No connection file of this process runs it: removed (or not read here yet; the processes that run it add
      // the task again after their next reading of the directory).
      LOG.info("task {} belongs to no connection this process runs; removed", id);
      return (complete, operations) -> operations.remove();
    }
    if (runningElsewhere(connectionId)) {
      // Another process runs a stream of this connection now: one process at a time keeps the connection's rate
      // limits with one limiter. Come back after a poll or two (the jitter parts two processes that met).
      Duration later = settings.pollEvery().plusMillis(ThreadLocalRandom.current().nextLong(settings.pollEvery().toMillis() + 1));
      return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(later));
    }
    synchronized (runningHere) {
      runningHere.add(id);
    }
    Duration every = bridge.interval(stream);
    try {
      bridge.runCycle(stream);
    } catch (RuntimeException failed) {
      // Recorded in the bridge's status and logged by it; the stream keeps its schedule.
    } finally {
      synchronized (runningHere) {
        runningHere.remove(id);
        runningHere.notifyAll();
      }
    }
    boolean runAgain = again.remove(id);
    return (complete, operations) ->
        operations.reschedule(complete, runAgain ? complete.getTimeDone() : complete.getTimeDone().plus(every));
  }

  /**
   * Whether another live process is running a stream of the connection: a task of it picked by another process
   * whose heartbeat is recent. Either of two processes that pick two streams of a connection at once sees the
   * other's pick (each pick is committed before its check), so they never both run.
   */
  private boolean runningElsewhere(String connectionId) {
    String sql =
        "select count(*) from " + settings.tableName()
            + " where task_name = ? and task_instance like ? escape '!' and picked = true and picked_by <> ?"
            + " and last_heartbeat > ?";
    Instant alive = clock.instant().minus(settings.heartbeat().multipliedBy(settings.missedHeartbeats()));
    try (Connection connection = settings.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, TASK);
      statement.setString(2, likeEscaped(connectionId) + SEPARATOR + "%");
      statement.setString(3, settings.processName());
      statement.setTimestamp(4, Timestamp.from(alive));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    } catch (SQLException failed) {
      LOG.warn("cannot tell whether another process runs connection {}: {}", connectionId, failed.getMessage());
      return false;
    }
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private boolean isRunningHere(String id) {
    synchronized (runningHere) {
      return runningHere.contains(id);
    }
  }

  /** Waits up to {@code grace} until no cycle of the connection runs in this process. */
  private void waitForCycles(String connectionId, Duration grace) {
    String prefix = connectionId + SEPARATOR;
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (runningHere) {
      while (runningHere.stream().anyMatch(id -> id.startsWith(prefix))) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          LOG.warn("connection {}: cycles still running after {}", connectionId, grace);
          return;
        }
        try {
          runningHere.wait(left);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void cancel(String id) {
    try {
      scheduler.cancel(TaskInstanceId.of(TASK, id));
    } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException ignored) {
      // Gone already, or running elsewhere: the process that runs it finds no connection and removes it.
    }
  }

  /** Stops the scheduler, which waits up to the fleet's grace for the cycles running here; true if none is left. */
  @Override
  public boolean stop() {
    triggers.shutdownNow();
    if (started) {
      started = false;
      scheduler.stop();
    }
    synchronized (runningHere) {
      return runningHere.isEmpty();
    }
  }
}
