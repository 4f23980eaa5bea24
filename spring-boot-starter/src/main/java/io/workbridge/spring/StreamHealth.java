package io.workbridge.spring;

import io.workbridge.runtime.CycleEvent;
import io.workbridge.runtime.SyncObserver;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each stream's recent cycles ended, for the health indicator: a stream whose last {@link #UNHEALTHY_AFTER}
 * cycles all failed or stopped early (credentials refused, a platform unreachable, a bug) is unhealthy; one stop
 * in between completed cycles is the ordinary transient kind the next cycle retries. Thread-safe.
 */
public final class StreamHealth implements SyncObserver {
  /** Consecutive cycles that did not complete after which a stream counts as unhealthy. */
  public static final int UNHEALTHY_AFTER = 3;

  /**
   * What is known of one stream.
   *
   * @param lastOutcome how its last cycle ended: {@code completed}, {@code stopped} or {@code failed}
   * @param lastEnded when its last cycle ended
   * @param notCompletedInARow how many cycles in a row ended without completing
   * @param lastProblem why the last cycle that did not complete stopped or failed
   */
  public record Stream(String lastOutcome, Instant lastEnded, int notCompletedInARow, Optional<String> lastProblem) {
    /** {@return whether the stream is healthy} */
    public boolean healthy() {
      return notCompletedInARow < UNHEALTHY_AFTER;
    }
  }

  private final Map<String, Stream> streams = new ConcurrentHashMap<>();

  @Override
  public void cycleEnded(CycleEvent cycle) {
    Optional<String> problem =
        cycle.failure().or(() -> cycle.report().flatMap(report -> report.stoppedBecause()));
    boolean completed = cycle.outcome().equals("completed");
    streams.compute(
        cycle.stream(),
        (name, before) ->
            new Stream(
                cycle.outcome(),
                cycle.startedAt().plus(cycle.took()),
                completed ? 0 : (before == null ? 0 : before.notCompletedInARow()) + 1,
                completed ? Optional.empty() : problem));
  }

  /** {@return each stream that ran at least one cycle, by name} */
  public Map<String, Stream> streams() {
    return new TreeMap<>(streams);
  }
}
