package io.workbridge.sync.workflow;

import java.util.Objects;

/**
 * What retrying one quarantined record did.
 *
 * @param stream the record's quarantine stream
 * @param recordKey the record's key
 * @param result whether it left the quarantine
 * @param detail what happened: the new reason when it is still quarantined, why it was not retried
 */
public record RetryOutcome(String stream, String recordKey, Result result, String detail) {

  /** How a retry ended. */
  public enum Result {
    /** The record was read again and processed; it left the quarantine. */
    RELEASED,
    /** The record was read again and failed again; it stays, with the new reason and one more attempt. */
    STILL_QUARANTINED,
    /**
     * The record could not be tried (its platform is unavailable, or it cannot be read again on its own);
     * its quarantine entry is unchanged.
     */
    NOT_RETRIED
  }

  /**
   * Checks every part is present.
   *
   * @param detail the detail
   * @param recordKey the record's key within the stream
   * @param result the result
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   */
  public RetryOutcome {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(recordKey, "recordKey");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(detail, "detail");
  }
}
