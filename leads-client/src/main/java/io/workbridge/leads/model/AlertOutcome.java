package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What happened to an alert on our side, written back to the vendor: the new status, our reference (for
 * example the ServiceTitan booking, {@code st-booking:123}) and an optional note.
 */
@Value.Immutable
public interface AlertOutcome {

  /** The prefix of {@link #bookingReference(long)}. */
  String BOOKING_REFERENCE_PREFIX = "st-booking:";

  /** The new status. */
  OutcomeStatus status();

  /** Our reference for the vendor's records, e.g. {@code st-booking:123}. */
  Optional<String> externalRef();

  /** A short note for the dealer dashboard. */
  Optional<String> note();

  /** The alert was booked: {@code SCHEDULED} with our booking reference. */
  static AlertOutcome scheduled(String externalRef) {
    return builder().status(OutcomeStatus.SCHEDULED).externalRef(externalRef).build();
  }

  /** The problem was fixed: {@code RESOLVED} with our booking (or job) reference. */
  static AlertOutcome resolved(String externalRef) {
    return builder().status(OutcomeStatus.RESOLVED).externalRef(externalRef).build();
  }

  /** The alert was dismissed, with a note saying why. */
  static AlertOutcome dismissed(String note) {
    return builder().status(OutcomeStatus.DISMISSED).note(note).build();
  }

  /** The reference of a ServiceTitan booking, {@code st-booking:<id>}. */
  static String bookingReference(long bookingId) {
    return BOOKING_REFERENCE_PREFIX + bookingId;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AlertOutcome} instances. */
  final class Builder extends ImmutableAlertOutcome.Builder {}
}
