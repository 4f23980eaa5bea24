package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A lead to create; ServiceTitan needs a call reason or a follow-up date. */
@Value.Immutable
public interface NewLead {

  /** The campaign. */
  long campaignId();

  /** The summary. */
  String summary();

  /** The customer, if known. */
  OptionalLong customerId();

  /** The location, if known. */
  OptionalLong locationId();

  /** The business unit. */
  OptionalLong businessUnitId();

  /** The job type. */
  OptionalLong jobTypeId();

  /** Priority. */
  Optional<Priority> priority();

  /** The call reason (required when there is no follow-up date). */
  OptionalLong callReasonId();

  /** When to follow up (required when there is no call reason). */
  Optional<Instant> followUpDate();

  /** Tag type ids. */
  List<Long> tagTypeIds();

  /** Free-text customer name. */
  Optional<String> leadCustomerName();

  /** Free-text phone. */
  Optional<String> leadPhone();

  /** Free-text email. */
  Optional<String> leadEmail();

  /** Checks that a call reason or a follow-up date is set. */
  @Value.Check
  default void check() {
    if (callReasonId().isEmpty() && followUpDate().isEmpty()) {
      throw new IllegalStateException("a new lead needs a callReasonId or a followUpDate");
    }
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewLead} instances. */
  final class Builder extends ImmutableNewLead.Builder {}
}
