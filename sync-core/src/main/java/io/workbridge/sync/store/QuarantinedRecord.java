package io.workbridge.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be processed (SDK-5), kept with the reason so an operator can fix and retry
 * or drop it.
 *
 * @param connectionId the connection the record belongs to
 * @param stream the stream it was read from (e.g. "sc.work-orders")
 * @param recordKey its key within the stream (e.g. the work order id)
 * @param reason the specific reason it was quarantined, or why the last retry failed
 * @param payload the record as received (may be empty); never logged by the store
 * @param attempts how many times processing failed (1 when first quarantined)
 * @param firstSeen when it was first quarantined (store clock)
 * @param lastSeen when processing last failed (store clock)
 */
public record QuarantinedRecord(
    ConnectionId connectionId,
    String stream,
    String recordKey,
    String reason,
    String payload,
    int attempts,
    Instant firstSeen,
    Instant lastSeen) {
  /**
   * Validates the components.
   *
   * @param connectionId the connection the record belongs to
   * @param stream the stream it was read from (e.g. "sc.work-orders")
   * @param recordKey its key within the stream (e.g. the work order id)
   * @param reason the specific reason it was quarantined, or why the last retry failed
   * @param payload the record as received (may be empty); never logged by the store
   * @param attempts how many times processing failed (1 when first quarantined)
   * @param firstSeen when it was first quarantined (store clock)
   * @param lastSeen when processing last failed (store clock)
   */
  public QuarantinedRecord {
    Objects.requireNonNull(connectionId, "connectionId");
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }

  /** Leaves the payload out: it may hold personal data. */
  @Override
  public String toString() {
    return "QuarantinedRecord{connection="
        + connectionId
        + ", stream="
        + stream
        + ", recordKey="
        + recordKey
        + ", reason="
        + reason
        + ", attempts="
        + attempts
        + ", firstSeen="
        + firstSeen
        + ", lastSeen="
        + lastSeen
        + "}";
  }
}
