package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A recorded check-in/check-out pair (labour) on a work order. */
@Value.Immutable
public interface WorkActivity {
  /** The activity id. */
  long id();

  /** When the technician checked in. */
  Optional<Instant> timeIn();

  /** When the technician checked out; empty while still on site. */
  Optional<Instant> timeOut();

  /** The technician's user id. */
  OptionalLong userId();

  /** The technician's user name. */
  Optional<String> userName();

  /** {@code Repair}, {@code Travel} or a custom work type. */
  Optional<String> workType();

  /** How many technicians. */
  OptionalInt techsCount();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkActivity}. */
  class Builder extends ImmutableWorkActivity.Builder {}
}
