package io.workbridge.runtime;

import io.workbridge.sync.store.CursorStore;
import io.workbridge.sync.workflow.SyncReport;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a stream's last cycle did, kept in the store so another process ({@code workbridge status}) can show
 * it: when it started, how many effects it performed, and its outcome. Stored in the connection's cursor store
 * under {@code last-cycle:<stream>}, beside the feeds' cursors, and written by {@link WorkBridge} after every
 * cycle.
 *
 * @param stream the bridge's stream, e.g. {@code work-orders}
 * @param startedAt when the cycle started
 * @param effects the effects it performed
 * @param outcome {@code completed}, {@code stopped early: <reason>} or {@code failed: <error>}, with the records
 *     it quarantined
 */
public record LastCycle(String stream, Instant startedAt, int effects, String outcome) {
  /** The prefix of the keys the records are stored under. */
  public static final String KEY_PREFIX = "last-cycle:";

  /** The record of a cycle that ran to its end or stopped early. */
  static LastCycle of(String stream, Instant startedAt, SyncReport report) {
    String outcome = report.completed() ? "completed" : "stopped early: " + report.stoppedBecause().orElse("?");
    if (!report.quarantined().isEmpty()) {
      outcome += ", " + report.quarantined().size() + " record(s) quarantined";
    }
    return new LastCycle(stream, startedAt, report.totalPerformed(), outcome);
  }

  /** The record of a cycle that failed. */
  static LastCycle failed(String stream, Instant startedAt, RuntimeException failure) {
    return new LastCycle(stream, startedAt, 0, "failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  /** Stores this record. */
  void store(CursorStore cursors) {
    cursors.set(KEY_PREFIX + stream, startedAt + "|" + effects + "|" + outcome.replace('\n', ' '));
  }

  /**
   * {@return every stream's last cycle stored for the connection, by stream name}
   *
   * @param cursors the connection's cursor store
   */
  public static List<LastCycle> read(CursorStore cursors) {
    List<LastCycle> cycles = new ArrayList<>();
    for (Map.Entry<String, String> entry : cursors.list().entrySet()) {
      if (!entry.getKey().startsWith(KEY_PREFIX)) {
        continue;
      }
      String[] parts = entry.getValue().split("\\|", 3);
      try {
        cycles.add(
            new LastCycle(
                entry.getKey().substring(KEY_PREFIX.length()), Instant.parse(parts[0]), Integer.parseInt(parts[1]),
                parts.length > 2 ? parts[2] : ""));
      } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException unreadable) {
        cycles.add(new LastCycle(entry.getKey().substring(KEY_PREFIX.length()), Instant.EPOCH, 0, "unreadable record"));
      }
    }
    return cycles;
  }

  /**
   * {@return whether a cursor store key holds a last-cycle record rather than a feed's cursor}
   *
   * @param key the cursor store key
   */
  public static boolean isRecordKey(String key) {
    return key.startsWith(KEY_PREFIX);
  }
}
