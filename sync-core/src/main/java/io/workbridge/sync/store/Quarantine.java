package io.workbridge.sync.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records that could not be processed (SDK-5): the one bad record is parked here with a specific reason
 * and the rest of the batch goes on. Entries are keyed by stream and record key. Scoped to one
 * connection; thread-safe.
 */
public interface Quarantine {
  /**
   * Quarantines a record. If it is already quarantined, its reason and payload are replaced, its
   * attempts incremented and its last-seen time updated.
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param recordKey the record's key within the stream
   * @param reason why
   * @param payload the record as received; may be empty, never null
   * @return the entry as stored
   */
  QuarantinedRecord add(String stream, String recordKey, String reason, String payload);

  /**
   * {@return the entry for the record, if quarantined}
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param recordKey the record's key within the stream
   */
  Optional<QuarantinedRecord> find(String stream, String recordKey);

  /** {@return every quarantined record of the connection, first quarantined first} */
  List<QuarantinedRecord> list();

  /**
   * {@return the quarantined records of one stream, first quarantined first}
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   */
  List<QuarantinedRecord> list(String stream);

  /**
   * Returns the keys of one stream's quarantined records: cheaper than {@link #list(String)} when only
   * membership matters (e.g. to release a record that was processed without a write for every other one).
   *
   * @param stream the stream
   * @return the record keys of its quarantined records
   */
  default Set<String> keys(String stream) {
    Set<String> keys = new HashSet<>();
    for (QuarantinedRecord record : list(stream)) {
      keys.add(record.recordKey());
    }
    return keys;
  }

  /**
   * Notes that a retry of a quarantined record failed again: increments its attempts and records the
   * reason and time.
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param recordKey the record's key within the stream
   * @param reason why
   * @return the updated entry, or empty if the record is not quarantined
   */
  Optional<QuarantinedRecord> retryFailed(String stream, String recordKey, String reason);

  /**
   * Removes the record after a retry processed it successfully.
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param recordKey the record's key within the stream
   * @return true if it was quarantined
   */
  boolean retrySucceeded(String stream, String recordKey);

  /**
   * Removes the record without processing it (an operator decided to discard it).
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   * @param recordKey the record's key within the stream
   * @return true if it was quarantined
   */
  boolean drop(String stream, String recordKey);
}
