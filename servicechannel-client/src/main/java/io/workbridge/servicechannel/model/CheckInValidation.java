package io.workbridge.servicechannel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** ServiceChannel's answer to a check-in or check-out pre-check. */
@Value.Immutable
public interface CheckInValidation {
  /** {@return whether the coordinates are outside the location's GPS radius} */
  boolean outsideGeolocation();

  /** {@return whether this login type may check in at all (false when the subscriber forces IVR)} */
  boolean loginTypeAllowed();

  /** {@return whether the time is outside the acceptable window} */
  boolean outsideAcceptableTimeframe();

  /** {@return whether a badge scan is required} */
  boolean badgeScanRequired();

  /** {@return a message about operational hours, if any} */
  Optional<String> outsideOperationalHoursMessage();

  /** {@return whether nothing stands in the way of the check-in/out} */
  default boolean isAllowed() {
    return loginTypeAllowed() && !outsideGeolocation() && !badgeScanRequired();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CheckInValidation}. */
  class Builder extends ImmutableCheckInValidation.Builder {}
}
