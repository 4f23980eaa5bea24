package io.workbridge.servicechannel.model;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A technician check-in ({@code universalCheckIn}). Coordinates are required for Repair (work type 1) unless the
 * provider has the XML check-in permission; an explicit time is accepted only with that permission.
 */
@Value.Immutable
public interface CheckIn {
  /** {@return the work type: 1 Repair (default), 2 Travel, or a subscriber's custom id} */
  @Value.Default
  default int workTypeId() {
    return 1;
  }

  /**
   * {@return the technician's ServiceChannel user id (default: the API user); use the same one to check out}
   */
  OptionalLong userId();

  /** {@return how many technicians check in} */
  OptionalInt techsCount();

  /** {@return the technician's latitude} */
  OptionalDouble latitude();

  /** {@return the technician's longitude} */
  OptionalDouble longitude();

  /** {@return the check-in time (UTC or with an offset); omit to let ServiceChannel use "now"} */
  Optional<OffsetDateTime> time();

  /** {@return the name shown as acting} */
  Optional<String> actor();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CheckIn}. */
  class Builder extends ImmutableCheckIn.Builder {}
}
