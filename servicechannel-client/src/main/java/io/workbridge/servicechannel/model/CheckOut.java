package io.workbridge.servicechannel.model;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A technician check-out ({@code universalCheckOut}); pairs with the check-in of the same user. */
@Value.Immutable
public interface CheckOut {
  /** The work type: 1 Repair (default), 2 Travel, or a custom id. */
  @Value.Default
  default int workTypeId() {
    return 1;
  }

  /** The status to set; required for Repair. */
  Optional<CheckOutStatus> status();

  /** The extended status to set. */
  Optional<String> extendedStatus();

  /** What was done. */
  Optional<String> resolution();

  /** The technician's ServiceChannel user id (the same as at check-in). */
  OptionalLong userId();

  /** How many technicians check out. */
  OptionalInt techsCount();

  /** The technician's latitude. */
  OptionalDouble latitude();

  /** The technician's longitude. */
  OptionalDouble longitude();

  /** The check-out time (UTC or with an offset); omit to let ServiceChannel use "now". */
  Optional<OffsetDateTime> time();

  /** The name shown as acting. */
  Optional<String> actor();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CheckOut}. */
  class Builder extends ImmutableCheckOut.Builder {}
}
