package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** The content of a booking to create. */
@Value.Immutable
public interface NewBooking {

  /** {@return free-text source, for example {@code ServiceChannel}} */
  String source();

  /** {@return the customer name} */
  String name();

  /** {@return the summary} */
  String summary();

  /** {@return whether the customer is new to the contractor} */
  boolean isFirstTimeClient();

  /**
   * {@return your own id, unique per booking; find the booking again with it (there is no idempotency
   * header)}
   */
  String externalId();

  /** {@return the address (all parts but the unit are required by ServiceTitan)} */
  Optional<Address> address();

  /** {@return contacts} */
  List<Contact> contacts();

  /** {@return residential or commercial} */
  Optional<CustomerType> customerType();

  /** {@return requested start} */
  Optional<Instant> start();

  /** {@return campaign id} */
  OptionalLong campaignId();

  /** {@return business unit id} */
  OptionalLong businessUnitId();

  /** {@return job type id} */
  OptionalLong jobTypeId();

  /** {@return priority} */
  Optional<Priority> priority();

  /** {@return whether ServiceTitan should send the customer a confirmation email} */
  Optional<Boolean> isSendConfirmationEmail();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewBooking} instances. */
  final class Builder extends ImmutableNewBooking.Builder {}
}
