package io.workbridge.sync.workflow;

import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.StoreArguments;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-record failure bookkeeping of one stream in one cycle (or one operator retry): a record that
 * failed transiently is deferred in the store with a backoff ({@link RecordRetryPolicy}) and the stream goes
 * on; one that keeps failing is quarantined after the policy's attempts; failures that concern the whole
 * platform, or too many records failing in a row, stop the stream instead. A record handled successfully
 * leaves the deferred records and the quarantine — looked up once per stream, so a record that was in
 * neither costs no store write.
 *
 * <p>Records belong to groups handled in order (every record of one work order): while one is deferred,
 * a later record of its group that {@link Turn#join joins} it waits behind it, deferred too, so that their
 * changes are not applied out of order.
 *
 * <p>Thread-safe: the workers of one stream share it (its methods hold its lock while they update the store's
 * deferred records and quarantine, so a record's entries and this bookkeeping change together).
 */
final class RecordRetries {

  private static final Logger LOG = LoggerFactory.getLogger(RecordRetries.class);

  private final ConnectionStore store;
  private final String stream;
  private final RecordRetryPolicy policy;
  private final SyncReport.Recorder recorder;
  private final Predicate<String> rereadable;
  private final String reportPrefix;
  private Set<String> quarantined;
  private Map<String, DeferredRecord> deferred;
  private final Set<String> quarantinedNow = new HashSet<>();
  private int failuresInARow;

  private RecordRetries(
      ConnectionStore store,
      String stream,
      RecordRetryPolicy policy,
      SyncReport.Recorder recorder,
      Predicate<String> rereadable,
      String reportPrefix) {
    this.store = store;
    this.stream = stream;
    this.policy = policy;
    this.recorder = recorder;
    this.rereadable = rereadable;
    this.reportPrefix = reportPrefix;
  }

  /**
   * The bookkeeping of a cycle: a transient failure of a record its platform can read again on its own defers
   * it; one of a record it cannot stops the stream, so that the record comes again with its page.
   *
   * @param reportPrefix what the report puts before a record key, e.g. {@code "alert:"}
   */
  static RecordRetries forCycle(
      ConnectionStore store,
      String stream,
      RecordRetryPolicy policy,
      SyncReport.Recorder recorder,
      Predicate<String> rereadable,
      String reportPrefix) {
    return new RecordRetries(store, stream, policy, recorder, rereadable, reportPrefix);
  }

  /** The bookkeeping of an operator's retry: a transient failure propagates and leaves every entry as it was. */
  static RecordRetries forOperatorRetry(
      ConnectionStore store, String stream, SyncReport.Recorder recorder, String reportPrefix) {
    return new RecordRetries(store, stream, RecordRetryPolicy.DEFAULTS, recorder, key -> false, reportPrefix);
  }

  /**
   * The turn of one record: its group is its own key until the handler names the group it belongs to.
   *
   * @param recordKey the record's key in the stream
   */
  Turn turn(String recordKey) {
    return new Turn(recordKey);
  }

  /**
   * The record was handled: it leaves the deferred records, and the quarantine if it was in it before — one
   * quarantined during this very handling stays.
   */
  synchronized void succeeded(Turn turn) {
    failuresInARow = 0;
    String recordKey = turn.recordKey;
    if (deferred().remove(recordKey) != null) {
      store.deferred().remove(stream, recordKey);
    }
    if (!quarantinedNow.contains(recordKey) && quarantined().remove(recordKey)) {
      store.quarantine().retrySucceeded(stream, recordKey);
    }
  }

  /** Quarantines the record with its reason (SDK-5); it is no longer retried by itself, nor waited for. */
  synchronized void quarantine(String recordKey, String reason, String payload) {
    failuresInARow = 0;
    park(recordKey, reason, payload);
  }

  private void park(String recordKey, String reason, String payload) {
    store.quarantine().add(stream, recordKey, reason, payload);
    quarantined().add(recordKey);
    quarantinedNow.add(recordKey);
    if (deferred().remove(recordKey) != null) {
      store.deferred().remove(stream, recordKey);
    }
    recorder.quarantined(reportPrefix + recordKey, reason);
    LOG.warn("quarantined {} record {}: {}", stream, recordKey, reason);
  }

  /**
   * The record failed transiently: defers it with a backoff, or quarantines it once the policy's attempts are
   * spent. A record meeting an effect held elsewhere or settling is deferred without counting an attempt, and
   * stays due until that effect is resolved. Rethrows the failure — stopping the stream — when it concerns the whole platform, when too many
   * records failed in a row, when the record cannot be read again on its own, or during an operator's retry.
   *
   * @param failure a {@link PlatformUnavailableException}, an {@link EffectInFlightException} (an effect of
   *     the record is held elsewhere or still settling after an unknown outcome; not the platform's fault), or
   *     a {@link RecordWaitsException}
   */
  synchronized void failed(Turn turn, RuntimeException failure, Supplier<String> payload) {
    String recordKey = turn.recordKey;
    boolean platformsFault = failure instanceof PlatformUnavailableException;
    if (!rereadable.test(recordKey)
        || (failure instanceof PlatformUnavailableException unavailable && unavailable.platformWide())) {
      throw failure;
    }
    if (platformsFault && ++failuresInARow >= policy.stopStreamAfter()) {
      throw new PlatformUnavailableException(
          failuresInARow + " records in a row failed, the last with: " + failure.getMessage(), failure);
    }
    String reason = String.valueOf(failure.getMessage());
    DeferredRecord before = deferred().get(recordKey);
    if (failure instanceof RecordWaitsException) {
      if (before == null) {
        defer(turn, reason, payload.get(), policy.firstDelay());
      }
      return; // waiting is not an attempt: it ends when the record it waits for is done or quarantined
    }
    if (failure instanceof EffectInFlightException) {
      // Held by another process (or settling after an unknown outcome): not the record's failure, and bounded by
      // the holder's lease, so not an attempt. Deferred once; after that it stays due, so that whichever process
      // comes next finds it (the holder, restarted under its owner name, resumes it at once) instead of each
      // process in turn pushing it past the other's next cycle with a growing backoff.
      if (before == null) {
        defer(turn, reason, payload.get(), policy.firstDelay());
      } else {
        recorder.deferred(reportPrefix + recordKey, reason, before.attempts());
      }
      return;
    }
    int attempts = (before == null ? 0 : before.attempts()) + 1;
    if (attempts >= policy.maxAttempts()) {
      park(recordKey, "still failing after " + attempts + " attempts: " + reason, payload.get());
      return;
    }
    defer(turn, reason, payload.get(), policy.delayAfter(attempts));
  }

  private void defer(Turn turn, String reason, String payload, Duration retryAfter) {
    DeferredRecord now = store.deferred().defer(stream, turn.recordKey, turn.group, reason, payload, retryAfter);
    deferred().put(turn.recordKey, now);
    recorder.deferred(reportPrefix + turn.recordKey, reason, now.attempts());
    LOG.warn(
        "deferred {} record {} (attempt {} of {}, next at {}): {}",
        stream, turn.recordKey, now.attempts(), policy.maxAttempts(), now.nextAttempt(), reason);
  }

  /** The deferred records of the stream whose time has come, earliest first; read before the feed. */
  List<DeferredRecord> due(int limit) {
    return store.deferred().due(stream, StoreArguments.requirePositive(limit, "limit"));
  }

  /** A deferred record of the group that failed on its own (not one that only waits), other than this one. */
  private synchronized Optional<DeferredRecord> blockerOf(String group, String recordKey) {
    return deferred().values().stream()
        .filter(record -> record.group().equals(group) && !record.recordKey().equals(recordKey))
        .filter(record -> !RecordWaitsException.onlyWaits(record.reason()))
        .findFirst();
  }

  private synchronized Set<String> quarantined() {
    if (quarantined == null) {
      quarantined = new HashSet<>(store.quarantine().keys(stream));
    }
    return quarantined;
  }

  private synchronized Map<String, DeferredRecord> deferred() {
    if (deferred == null) {
      deferred = new HashMap<>();
      for (DeferredRecord record : store.deferred().list()) {
        if (record.stream().equals(stream)) {
          deferred.put(record.recordKey(), record);
        }
      }
    }
    return deferred;
  }

  /** One record's turn: which group it belongs to, and whether it must wait behind a deferred one. */
  final class Turn {
    private final String recordKey;
    private String group;

    private Turn(String recordKey) {
      this.recordKey = recordKey;
      this.group = recordKey;
    }

    /**
     * Names the record's group (e.g. {@code "wo:123"}), before anything is written for it.
     *
     * @throws RecordWaitsException when another record of the group is deferred: this one waits behind it
     */
    void join(String group) {
      this.group = group;
      Optional<DeferredRecord> blocker = blockerOf(group, recordKey);
      if (blocker.isPresent()) {
        throw new RecordWaitsException(group, blocker.get().recordKey());
      }
    }
  }
}
