package io.workbridge.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A record whose handling failed transiently (a 5xx, a timeout, an effect of unknown outcome still
 * settling): the stream went on without it and the workflow tries it again once {@link #nextAttempt()} has
 * passed, until it succeeds or, after a bounded number of attempts, is quarantined with its reason.
 *
 * @param connectionId the connection the record belongs to
 * @param stream the stream it was read from (e.g. "sc.work-orders")
 * @param recordKey its key within the stream (e.g. the work order id)
 * @param group the records handled in order with it (e.g. "wo:123" for every record of one work order): while
 *     it is deferred, later records of its group wait behind it
 * @param reason why the last attempt failed
 * @param payload the record as last read (may be empty); never logged by the store
 * @param attempts how many attempts failed (1 after the first failure)
 * @param firstFailed when the first attempt failed (store clock)
 * @param lastFailed when the last attempt failed (store clock)
 * @param nextAttempt when the record is due again (store clock)
 */
public record DeferredRecord(
    ConnectionId connectionId,
    String stream,
    String recordKey,
    String group,
    String reason,
    String payload,
    int attempts,
    Instant firstFailed,
    Instant lastFailed,
    Instant nextAttempt) {
  /**
   * Validates the components.
   *
   * @param connectionId the connection the record belongs to
   * @param stream the stream it was read from
   * @param recordKey its key within the stream
   * @param group the records handled in order with it
   * @param reason why the last attempt failed
   * @param payload the record as last read (may be empty)
   * @param attempts how many attempts failed; at least 1
   * @param firstFailed when the first attempt failed
   * @param lastFailed when the last attempt failed
   * @param nextAttempt when the record is due again
   */
  public DeferredRecord {
    Objects.requireNonNull(connectionId, "connectionId");
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    StoreArguments.requireKey(group, "group");
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    Objects.requireNonNull(firstFailed, "firstFailed");
    Objects.requireNonNull(lastFailed, "lastFailed");
    Objects.requireNonNull(nextAttempt, "nextAttempt");
  }

  /** Leaves the payload out: it may hold personal data. */
  @Override
  public String toString() {
    return "DeferredRecord{connection="
        + connectionId
        + ", stream="
        + stream
        + ", recordKey="
        + recordKey
        + ", group="
        + group
        + ", reason="
        + reason
        + ", attempts="
        + attempts
        + ", firstFailed="
        + firstFailed
        + ", lastFailed="
        + lastFailed
        + ", nextAttempt="
        + nextAttempt
        + "}";
  }
}
