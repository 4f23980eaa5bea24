package io.workbridge.sync.port;

import java.util.Objects;

/**
 * One record read from a change feed: either parsed into the sync's model, or malformed (a payload
 * the adapter could not turn into the model, with a specific reason). Malformed records are
 * quarantined by the workflow while the rest of the batch goes on (SDK-5).
 *
 * @param <T> the model type
 */
public sealed interface FeedItem<T> {

  /** {@return the record's id on its platform, for reports and the quarantine} */
  String recordKey();

  /**
   * A parsed record.
   *
   * @param <T> the model type
   * @param recordKey the record's id
   * @param value the record
   */
  record Parsed<T>(String recordKey, T value) implements FeedItem<T> {
    /**
     * Checks both parts are present.
     *
     * @param recordKey the record's id
     * @param value the record
     */
    public Parsed {
      Objects.requireNonNull(recordKey, "recordKey");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A record that could not be parsed.
   *
   * @param <T> the model type it should have been
   * @param recordKey the record's id, as far as it could be read
   * @param reason a specific reason, e.g. {@code "missing field Location.Id"}
   * @param payload the raw payload, kept in the quarantine so that nothing is lost
   */
  record Malformed<T>(String recordKey, String reason, String payload) implements FeedItem<T> {
    /**
     * Checks all parts are present.
     *
     * @param recordKey the record's id, as far as it could be read
     * @param reason a specific reason, e.g. {@code "missing field Location.Id"}
     * @param payload the raw payload, kept in the quarantine so that nothing is lost
     */
    public Malformed {
      Objects.requireNonNull(recordKey, "recordKey");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(payload, "payload");
    }
  }

  /**
   * A parsed record.
   *
   * @param <T> the model type
   * @param recordKey the record's id
   * @param value the record
   * @return the feed item
   */
  static <T> FeedItem<T> parsed(String recordKey, T value) {
    return new Parsed<>(recordKey, value);
  }

  /**
   * A malformed record.
   *
   * @param <T> the model type
   * @param recordKey the record's id
   * @param reason a specific reason
   * @param payload the raw payload
   * @return the feed item
   */
  static <T> FeedItem<T> malformed(String recordKey, String reason, String payload) {
    return new Malformed<>(recordKey, reason, payload);
  }
}
