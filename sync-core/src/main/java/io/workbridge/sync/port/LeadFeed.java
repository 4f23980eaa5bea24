package io.workbridge.sync.port;

import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.LeadOutcomeUpdate;
import java.util.Optional;

/**
 * The leads vendor, as {@code LeadSync} needs it: a feed of alerts changed since a cursor, and the
 * outcome write-back. One feed covers every vendor account of the connection (LD-7); an adapter
 * over the partner API packs the per-account {@code updatedSince} positions into its one opaque
 * cursor.
 *
 * <p><b>Feed.</b> Alerts come oldest first (by last update, then id). The same alert may come again
 * after it changes (also after our own outcome write-back); the workflow is idempotent on the alert
 * id (LD-10). A record the adapter cannot turn into a {@link Lead} is delivered as {@link
 * FeedItem.Malformed} with a specific reason and its raw payload, so that it is quarantined and the
 * rest of the page goes on (SDK-5).
 *
 * <p><b>Outcome write-back.</b> {@code SCHEDULED}, {@code DISMISSED} or {@code RESOLVED} with our
 * reference ({@code st-booking:<id>} or {@code st-follow-up:<id>}). Writing the status an alert
 * already has is a no-op, so a write repeated after a crash is harmless. A transition the vendor does
 * not allow (for example to {@code SCHEDULED} after the dealer dismissed the alert in the vendor's
 * dashboard) throws {@link PlatformRejectedException} with {@link RejectionReason#CONFLICT}.
 *
 * <p>Every method may throw {@link PlatformUnavailableException} (transient; a write may or may not
 * have happened). Implementations must be safe to call from one thread at a time.
 */
public interface LeadFeed {

  /**
   * Alerts changed since the cursor, oldest first.
   *
   * @param cursor where the previous page ended; empty to start at the beginning
   * @param limit the most alerts to return (at least 1)
   * @return the page, with the cursor to read from next
   */
  ChangePage<Lead> alertsSince(Optional<String> cursor, int limit);

  /**
   * One alert as it is now, read again by the record key the feed gave it (the alert id): for retrying a
   * quarantined alert on demand. The default cannot.
   *
   * @param recordKey the {@link FeedItem#recordKey()} of an earlier feed item
   * @return the alert as a feed item (parsed, or malformed with the reason), or empty when the vendor no
   *     longer has it
   * @throws UnsupportedOperationException when this feed cannot read a single alert
   */
  default Optional<FeedItem<Lead>> reread(String recordKey) {
    throw new UnsupportedOperationException("cannot read alert " + recordKey + " again on its own");
  }

  /**
   * Whether {@link #reread(String)} can read this alert again. An alert that can is deferred on its own after
   * a transient failure while the feed goes on; otherwise the cycle stops and the feed's cursor stays at its
   * page. The default: none can.
   *
   * @param recordKey the {@link FeedItem#recordKey()} of a feed item
   * @return true when {@link #reread(String)} supports the alert
   */
  default boolean canReread(String recordKey) {
    return false;
  }

  /**
   * Writes an outcome back to the vendor. Idempotent for the status the alert already has.
   *
   * @param update the alert, the outcome and our reference
   * @throws PlatformRejectedException with {@link RejectionReason#CONFLICT} for a transition the
   *     vendor does not allow, or {@link RejectionReason#NOT_FOUND} for an unknown alert
   */
  void writeOutcome(LeadOutcomeUpdate update);
}
