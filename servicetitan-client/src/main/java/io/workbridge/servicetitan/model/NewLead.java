package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A lead to create; ServiceTitan needs a call reason or a follow-up date. */
@Value.Immutable
public interface NewLead {

  /** {@return the campaign} */
  long campaignId();

  /** {@return the summary} */
  String summary();

  /** {@return the customer, if known} */
  OptionalLong customerId();

  /** {@return the location, if known} */
  OptionalLong locationId();

  /** {@return the business unit} */
  OptionalLong businessUnitId();

  /** {@return the job type} */
  OptionalLong jobTypeId();

  /** {@return priority} */
  Optional<Priority> priority();

  /** {@return the call reason (required when there is no follow-up date)} */
  OptionalLong callReasonId();

  /** {@return when to follow up (required when there is no call reason)} */
  Optional<Instant> followUpDate();

  /** {@return tag type ids} */
  List<Long> tagTypeIds();

  /** {@return free-text customer name} */
  Optional<String> leadCustomerName();

  /** {@return free-text phone} */
  Optional<String> leadPhone();

  /** {@return free-text email} */
  Optional<String> leadEmail();

  /** Checks that a call reason or a follow-up date is set. */
  @Value.Check
  default void check() {
    if (callReasonId().isEmpty() && followUpDate().isEmpty()) {
      throw new IllegalStateException("a new lead needs a callReasonId or a followUpDate");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewLead} instances. */
  final class Builder extends ImmutableNewLead.Builder {}
}
