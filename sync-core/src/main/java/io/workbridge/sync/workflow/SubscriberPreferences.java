package io.workbridge.sync.workflow;

import io.workbridge.sync.model.Decline;
import org.immutables.value.Value;

/**
 * A subscriber's switches for the work-order sync (SC-14 "preferences"): note sync (SC-18),
 * attachments added after completion (SC-15, beyond), and whether the subscriber takes IVR check-ins
 * only (then check-ins and check-outs become notes, SC-11/12), and the decline reason (SC-8).
 */
@Value.Immutable
public interface SubscriberPreferences {

  /** The defaults: notes synced, late attachments not sent, API check-ins. */
  SubscriberPreferences DEFAULTS = builder().build();

  /** {@return whether notes sync both ways for this subscriber (SC-18); on by default} */
  @Value.Default
  default boolean notesEnabled() {
    return true;
  }

  /**
   * {@return whether attachments added after the job is done are sent too (SC-15, beyond); off by default}
   */
  @Value.Default
  default boolean sendAttachmentsAfterDone() {
    return false;
  }

  /** {@return whether the subscriber takes IVR check-ins only; off by default} */
  @Value.Default
  default boolean ivrOnly() {
    return false;
  }

  /**
   * {@return the ServiceChannel decline reason id sent when a booking is dismissed in ServiceTitan (SC-8): 1
   * "Can't make ETA", 2 "Trade not serviced", 3 "Location not serviced", 4 "Not under warranty", 5 "Other"
   * (the default, with ServiceTitan's reason as text) or 6 "NTE too low"}
   */
  @Value.Default
  default int declineReasonId() {
    return Decline.OTHER;
  }

  /** Checks the decline reason id is one ServiceChannel knows. */
  @Value.Check
  default void check() {
    if (declineReasonId() < 1 || declineReasonId() > 6) {
      throw new IllegalArgumentException("declineReasonId must be 1 to 6, was " + declineReasonId());
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SubscriberPreferences} instances. */
  final class Builder extends ImmutableSubscriberPreferences.Builder {}
}
