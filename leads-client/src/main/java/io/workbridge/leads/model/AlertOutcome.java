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

  /** {@return the new status} */
  OutcomeStatus status();

  /** {@return our reference for the vendor's records, e.g. {@code st-booking:123}} */
  Optional<String> externalRef();

  /** {@return a short note for the dealer dashboard} */
  Optional<String> note();

  /**
   * {@return the alert was booked: {@code SCHEDULED} with our booking reference}
   *
   * @param externalRef our booking reference
   */
  static AlertOutcome scheduled(String externalRef) {
    return builder().status(OutcomeStatus.SCHEDULED).externalRef(externalRef).build();
  }

  /**
   * {@return the problem was fixed: {@code RESOLVED} with our booking (or job) reference}
   *
   * @param externalRef our booking (or job) reference
   */
  static AlertOutcome resolved(String externalRef) {
    return builder().status(OutcomeStatus.RESOLVED).externalRef(externalRef).build();
  }

  /**
   * {@return the alert was dismissed, with a note saying why}
   *
   * @param note why the alert was dismissed
   */
  static AlertOutcome dismissed(String note) {
    return builder().status(OutcomeStatus.DISMISSED).note(note).build();
  }

  /**
   * {@return the reference of a ServiceTitan booking, {@code st-booking:<id>}}
   *
   * @param bookingId the ServiceTitan booking's id
   */
  static String bookingReference(long bookingId) {
    return BOOKING_REFERENCE_PREFIX + bookingId;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AlertOutcome} instances. */
  final class Builder extends ImmutableAlertOutcome.Builder {}
}
