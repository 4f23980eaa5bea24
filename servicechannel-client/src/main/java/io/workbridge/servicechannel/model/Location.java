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
  /** The location id. */
  long id();

  /** The owning subscriber's id, if sent. */
  OptionalLong subscriberId();

  /** The subscriber's own store id, a string that may have leading zeros ({@code "0024"}). */
  Optional<String> storeId();

  /** The location name. */
  Optional<String> name();

  /** The region the subscriber files the location under. */
  Optional<String> region();

  /** The district the subscriber files the location under. */
  Optional<String> district();

  /**
   * {@code Address1}, which ServiceChannel's description calls the "additional" address line. Subscribers fill
   * the two lines differently: read both.
   */
  Optional<String> address1();

  /** {@code Address2}, which ServiceChannel's description calls the "main" address line. */
  Optional<String> address2();

  /** City. */
  Optional<String> city();

  /** State or province. */
  Optional<String> state();

  /** ZIP or postal code. */
  Optional<String> zip();

  /** Country code. */
  Optional<String> country();

  /** The store's phone number ({@code Phone}). */
  Optional<String> phone();

  /** Latitude of the location. */
  OptionalDouble latitude();

  /** Longitude of the location. */
  OptionalDouble longitude();

  /** The GPS check-in radius. */
  OptionalDouble radius();

  /**
   * The location's time zone ({@code TimeZoneIanaName}, else {@code TimezoneName} when that is an IANA name),
   * if sent and valid. Work orders' scheduled and expiration dates are wall-clock times in this zone.
   */
  Optional<ZoneId> timeZone();

  /** Whether both coordinates are known. */
  default boolean hasCoordinates() {
    return latitude().isPresent() && longitude().isPresent();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location}. */
  class Builder extends ImmutableLocation.Builder {}
}
