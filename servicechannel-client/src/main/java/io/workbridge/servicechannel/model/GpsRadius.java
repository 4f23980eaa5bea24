package io.workbridge.servicechannel.model;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a technician must be to check in on a work order ({@code GET /workorders/{id}/GPSRadius}): the
 * location's coordinates and the radius around them (miles; ServiceChannel's default is 2 when the subscriber
 * set no site-access rule).
 */
@Value.Immutable
public interface GpsRadius {
  /** {@return the work order ({@code WorkorderId})} */
  long workOrderId();

  /** {@return the work order's location ({@code LocationID}), if sent} */
  OptionalLong locationId();

  /**
   * {@return the location's latitude ({@code LocLatitude}); empty when absent or when both coordinates are 0}
   */
  OptionalDouble latitude();

  /**
   * {@return the location's longitude ({@code LocLongitude}); empty when absent or when both coordinates are
   * 0}
   */
  OptionalDouble longitude();

  /** {@return the check-in radius ({@code GPSRadius})} */
  OptionalDouble radius();

  /** {@return whether both coordinates are known} */
  default boolean hasCoordinates() {
    return latitude().isPresent() && longitude().isPresent();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GpsRadius}. */
  class Builder extends ImmutableGpsRadius.Builder {}
}
