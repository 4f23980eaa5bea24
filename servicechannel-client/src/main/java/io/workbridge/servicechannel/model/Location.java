package io.workbridge.servicechannel.model;

import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A subscriber's location (store, site) as embedded in a work order. */
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

  /** ServiceChannel's "additional" address line ({@code Address1}). */
  Optional<String> address1();

  /** ServiceChannel's "main" address line ({@code Address2}). */
  Optional<String> address2();

  /** City. */
  Optional<String> city();

  /** State or province. */
  Optional<String> state();

  /** ZIP or postal code. */
  Optional<String> zip();

  /** Country code. */
  Optional<String> country();

  /** Latitude of the location. */
  OptionalDouble latitude();

  /** Longitude of the location. */
  OptionalDouble longitude();

  /** The GPS check-in radius. */
  OptionalDouble radius();

  /** The location's time zone ({@code TimeZoneIanaName}), if sent and valid. */
  Optional<ZoneId> timeZone();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location}. */
  class Builder extends ImmutableLocation.Builder {}
}
