package io.workbridge.servicechannel.model;

import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A subscriber's location (store, site).
 *
 * <p>Two sources fill it differently. The {@code Location} embedded in a work order is <b>sparse</b> in live
 * responses: id, subscriber id, store id, name (region and district too) — no address, phone, coordinates,
 * radius or time zone. {@link io.workbridge.servicechannel.resource.LocationsResource#get(long)} ({@code GET
 * /locations/{id}}) answers the full location; read it once per location and keep it.
 */
@Value.Immutable
public interface Location {
  /** {@return the location id} */
  long id();

  /** {@return the owning subscriber's id, if sent} */
  OptionalLong subscriberId();

  /** {@return the subscriber's own store id, a string that may have leading zeros ({@code "0024"})} */
  Optional<String> storeId();

  /** {@return the location name} */
  Optional<String> name();

  /** {@return the region the subscriber files the location under} */
  Optional<String> region();

  /** {@return the district the subscriber files the location under} */
  Optional<String> district();

  /**
   * {@return {@code Address1}, which ServiceChannel's description calls the "additional" address line}
   * Subscribers fill the two lines differently: read both.
   */
  Optional<String> address1();

  /** {@return {@code Address2}, which ServiceChannel's description calls the "main" address line} */
  Optional<String> address2();

  /** {@return city} */
  Optional<String> city();

  /** {@return state or province} */
  Optional<String> state();

  /** {@return ZIP or postal code} */
  Optional<String> zip();

  /** {@return country code} */
  Optional<String> country();

  /** {@return the store's phone number ({@code Phone})} */
  Optional<String> phone();

  /** {@return latitude of the location} */
  OptionalDouble latitude();

  /** {@return longitude of the location} */
  OptionalDouble longitude();

  /** {@return the GPS check-in radius} */
  OptionalDouble radius();

  /**
   * {@return the location's time zone ({@code TimeZoneIanaName}, else {@code TimezoneName} when that is an
   * IANA name), if sent and valid} Work orders' scheduled and expiration dates are wall-clock times in this
   * zone.
   */
  Optional<ZoneId> timeZone();

  /** {@return whether both coordinates are known} */
  default boolean hasCoordinates() {
    return latitude().isPresent() && longitude().isPresent();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location}. */
  class Builder extends ImmutableLocation.Builder {}
}
