package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A lead: an opportunity that has not (yet) become a job, worked through Follow Ups. */
@Value.Immutable
public interface Lead {

  /** {@return the lead id} */
  long id();

  /** {@return status} */
  LeadStatus status();

  /** {@return priority} */
  Priority priority();

  /** {@return the campaign} */
  long campaignId();

  /** {@return the customer} */
  OptionalLong customerId();

  /** {@return the location} */
  OptionalLong locationId();

  /** {@return the business unit} */
  OptionalLong businessUnitId();

  /** {@return the job type} */
  OptionalLong jobTypeId();

  /** {@return the call reason} */
  OptionalLong callReasonId();

  /** {@return when to follow up} */
  Optional<Instant> followUpDate();

  /** {@return why it was dismissed} */
  OptionalLong dismissingReasonId();

  /** {@return the summary} */
  Optional<String> summary();

  /** {@return the booking it came from} */
  OptionalLong bookingId();

  /** {@return free-text customer name} */
  Optional<String> leadCustomerName();

  /** {@return free-text phone} */
  Optional<String> leadPhone();

  /** {@return free-text email} */
  Optional<String> leadEmail();

  /** {@return when it was created} */
  Instant createdOn();

  /** {@return when it was last modified} */
  Instant modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Lead} instances. */
  final class Builder extends ImmutableLead.Builder {}
}
