package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** The content of a booking to create. */
@Value.Immutable
public interface NewBooking {

  /** Free-text source, for example {@code ServiceChannel}. */
  String source();

  /** The customer name. */
  String name();

  /** The summary. */
  String summary();

  /** Whether the customer is new to the contractor. */
  boolean isFirstTimeClient();

  /** Your own id, unique per booking; find the booking again with it (there is no idempotency header). */
  String externalId();

  /** The address (all parts but the unit are required by ServiceTitan). */
  Optional<Address> address();

  /** Contacts. */
  List<Contact> contacts();

  /** Residential or commercial. */
  Optional<CustomerType> customerType();

  /** Requested start. */
  Optional<Instant> start();

  /** Campaign id. */
  OptionalLong campaignId();

  /** Business unit id. */
  OptionalLong businessUnitId();

  /** Job type id. */
  OptionalLong jobTypeId();

  /** Priority. */
  Optional<Priority> priority();

  /** Whether ServiceTitan should send the customer a confirmation email. */
  Optional<Boolean> isSendConfirmationEmail();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewBooking} instances. */
  final class Builder extends ImmutableNewBooking.Builder {}
}
