package io.workbridge.sync.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Records whose handling failed transiently and are tried again on later cycles with backoff, while their
 * stream goes on with the other records. Keeping them here, written before the stream's cursor moves past
 * them, is what makes "the stream goes on" lose nothing: a deferred record stays until it is handled, given
 * up on (quarantined) or removed. Entries are keyed by stream and record key; times come from the store's
 * clock. Scoped to one connection; thread-safe.
 */
public interface DeferredRecords {
  /**
   * Records a failed attempt: creates the entry with one attempt, or counts one more attempt with the new
   * group, reason and payload (the first failure time is kept); either way the record is due again after {@code
   * retryAfter}.
   *
   * @param stream the stream the record was read from
   * @param recordKey its key within the stream
   * @param group the records handled in order with this one, e.g. {@code "wo:123"}
   * @param reason why the attempt failed
   * @param payload the record as last read; may be empty, never null
   * @param retryAfter how long from now (store clock) until the record is due; zero or positive
   * @return the entry as stored
   */
  DeferredRecord defer(
      String stream, String recordKey, String group, String reason, String payload, Duration retryAfter);

  /**
   * Returns the entry for the record, if deferred.
   *
   * @param stream the stream the record was read from
   * @param recordKey its key within the stream
   * @return the entry, or empty when the record is not deferred
   */
  Optional<DeferredRecord> find(String stream, String recordKey);

  /**
   * Returns the records of one stream that are due (next attempt at or before now on the store clock),
   * earliest due first (ties by record key).
   *
   * @param stream the stream
   * @param limit the most entries returned; positive
   * @return the due entries
   */
  List<DeferredRecord> due(String stream, int limit);

  /**
   * Returns every deferred record of the connection, earliest due first (ties by stream, then record key).
   *
   * @return every entry
   */
  List<DeferredRecord> list();

  /**
   * Removes the record: handled, quarantined, or no longer wanted.
   *
   * @param stream the stream the record was read from
   * @param recordKey its key within the stream
   * @return true if it was deferred
   */
  boolean remove(String stream, String recordKey);
}
