package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A recorded check-in/check-out pair (labour) on a work order. */
@Value.Immutable
public interface WorkActivity {
  /** {@return the activity id} */
  long id();

  /** {@return when the technician checked in} */
  Optional<Instant> timeIn();

  /** {@return when the technician checked out; empty while still on site} */
  Optional<Instant> timeOut();

  /** {@return the technician's user id} */
  OptionalLong userId();

  /** {@return the technician's user name} */
  Optional<String> userName();

  /** {@return {@code Repair}, {@code Travel} or a custom work type} */
  Optional<String> workType();

  /** {@return how many technicians} */
  OptionalInt techsCount();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkActivity}. */
  class Builder extends ImmutableWorkActivity.Builder {}
}
