package io.workbridge.runtime;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.workflow.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One ended cycle of one stream, as told to a {@link CycleListener}.
 *
 * @param connection the connection the cycle synced
 * @param stream the stream: {@link WorkBridge#WORK_ORDERS}, {@link WorkBridge#SERVICETITAN_CHANGES} or {@link
 *     WorkBridge#LEADS}
 * @param startedAt when it started
 * @param took how long it ran
 * @param report what it did; empty when it failed with an unexpected exception
 * @param failure the unexpected exception's type and message, when it failed so
 */
public record CycleEvent(
    ConnectionId connection,
    String stream,
    Instant startedAt,
    Duration took,
    Optional<SyncReport> report,
    Optional<String> failure) {
  /**
   * Checks the arguments.
   *
   * @param connection the connection the cycle synced
   * @param stream the stream's name
   * @param startedAt when it started
   * @param took how long it ran
   * @param report what it did, if it ended normally
   * @param failure the unexpected failure, if it did not
   */
  public CycleEvent {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(took, "took");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * {@return how the cycle ended: {@code completed} (every record handled), {@code stopped} (a stream stopped
   * early, its cursor kept; see {@link SyncReport#stoppedBecause()}) or {@code failed} (an unexpected exception)}
   */
  public String outcome() {
    return report.map(r -> r.completed() ? "completed" : "stopped").orElse("failed");
  }
}
