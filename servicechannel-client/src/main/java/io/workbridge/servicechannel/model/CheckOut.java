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
  /** {@return the work type: 1 Repair (default), 2 Travel, or a custom id} */
  @Value.Default
  default int workTypeId() {
    return 1;
  }

  /** {@return the status to set; required for Repair} */
  Optional<CheckOutStatus> status();

  /** {@return the extended status to set} */
  Optional<String> extendedStatus();

  /** {@return what was done} */
  Optional<String> resolution();

  /** {@return the technician's ServiceChannel user id (the same as at check-in)} */
  OptionalLong userId();

  /** {@return how many technicians check out} */
  OptionalInt techsCount();

  /** {@return the technician's latitude} */
  OptionalDouble latitude();

  /** {@return the technician's longitude} */
  OptionalDouble longitude();

  /** {@return the check-out time (UTC or with an offset); omit to let ServiceChannel use "now"} */
  Optional<OffsetDateTime> time();

  /** {@return the name shown as acting} */
  Optional<String> actor();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CheckOut}. */
  class Builder extends ImmutableCheckOut.Builder {}
}
