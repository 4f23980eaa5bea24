package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A lead: an opportunity that has not (yet) become a job, worked through Follow Ups. */
@Value.Immutable
public interface Lead {

  /** The lead id. */
  long id();

  /** Status. */
  LeadStatus status();

  /** Priority. */
  Priority priority();

  /** The campaign. */
  long campaignId();

  /** The customer. */
  OptionalLong customerId();

  /** The location. */
  OptionalLong locationId();

  /** The business unit. */
  OptionalLong businessUnitId();

  /** The job type. */
  OptionalLong jobTypeId();

  /** The call reason. */
  OptionalLong callReasonId();

  /** When to follow up. */
  Optional<Instant> followUpDate();

  /** Why it was dismissed. */
  OptionalLong dismissingReasonId();

  /** The summary. */
  Optional<String> summary();

  /** The booking it came from. */
  OptionalLong bookingId();

  /** Free-text customer name. */
  Optional<String> leadCustomerName();

  /** Free-text phone. */
  Optional<String> leadPhone();

  /** Free-text email. */
  Optional<String> leadEmail();

  /** When it was created. */
  Instant createdOn();

  /** When it was last modified. */
  Instant modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Lead} instances. */
  final class Builder extends ImmutableLead.Builder {}
}
