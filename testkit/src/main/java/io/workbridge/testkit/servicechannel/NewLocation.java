package io.workbridge.testkit.servicechannel;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's location as the simulator keeps it (test helper input): what {@code GET /locations/{id}}
 * answers — address, phone, GPS coordinates and radius, IANA time zone. Work orders embed only its id, store
 * id, name, region and district, as live responses do. Build with {@link #builder}.
 */
public final class NewLocation {
  final long id;
  final long subscriberId;
  final String storeId;
  final String name;
  final String region;
  final String district;
  final String address1;
  final String address2;
  final String city;
  final String state;
  final String zip;
  final String country;
  final String phone;
  final @Nullable Double latitude;
  final @Nullable Double longitude;
  final double radiusMiles;
  final ZoneId zone;

  private NewLocation(Builder b) {
    id = b.id;
    subscriberId = b.subscriberId;
    storeId = b.storeId;
    name = b.name != null ? b.name : "Store " + b.storeId;
    region = b.region;
    district = b.district;
    address1 = b.address1;
    address2 = b.address2;
    city = b.city;
    state = b.state;
    zip = b.zip;
    country = b.country;
    phone = b.phone;
    latitude = b.latitude;
    longitude = b.longitude;
    radiusMiles = b.radiusMiles;
    zone = b.zone;
  }

  /**
   * {@return a location of a subscriber} Unless set: named "Store {storeId}", at {@code Address2} "100 Main
   * St", Albany, NY 12207, US (the description's "main" line; {@code Address1}, the "additional" line,
   * empty), phone 5185550100, in America/New_York, with a 2-mile radius (ServiceChannel's default) and
   * <b>no</b> GPS coordinates.
   *
   * @param locationId the ServiceChannel location's id
   * @param subscriberId the ServiceChannel subscriber's id
   * @param storeId the store id the subscriber uses for the location
   */
  public static Builder builder(long locationId, long subscriberId, String storeId) {
    return new Builder(locationId, subscriberId, storeId);
  }

  /** Builds a {@link NewLocation}. */
  public static final class Builder {
    private final long id;
    private final long subscriberId;
    private final String storeId;
    private @Nullable String name;
    private String region = "Northeast";
    private String district = "";
    private String address1 = "";
    private String address2 = "100 Main St";
    private String city = "Albany";
    private String state = "NY";
    private String zip = "12207";
    private String country = "US";
    private String phone = "5185550100";
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private double radiusMiles = 2.0;
    private ZoneId zone = ZoneId.of("America/New_York");

    private Builder(long id, long subscriberId, String storeId) {
      this.id = id;
      this.subscriberId = subscriberId;
      this.storeId = Objects.requireNonNull(storeId, "storeId");
    }

    /**
     * The location name.
     *
     * @param value the location name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Region and district, as the subscriber files the location.
     *
     * @param regionName the region
     * @param districtName the district
     * @return this builder
     */
    public Builder region(String regionName, String districtName) {
      this.region = Objects.requireNonNull(regionName);
      this.district = Objects.requireNonNull(districtName);
      return this;
    }

    /**
     * The address: {@code Address2} (the description's "main" line, the street), {@code Address1} (the
     * "additional" line: suite, unit; may be empty), city, state, ZIP, country.
     *
     * @param street the street
     * @param additional more values
     * @param cityName the city
     * @param stateCode the state code
     * @param zipCode the ZIP code
     * @param countryCode the country code
     * @return this builder
     */
    public Builder address(String street, String additional, String cityName, String stateCode, String zipCode, String countryCode) {
      this.address2 = Objects.requireNonNull(street);
      this.address1 = Objects.requireNonNull(additional);
      this.city = Objects.requireNonNull(cityName);
      this.state = Objects.requireNonNull(stateCode);
      this.zip = Objects.requireNonNull(zipCode);
      this.country = Objects.requireNonNull(countryCode);
      return this;
    }

    /**
     * The store's phone number.
     *
     * @param value the store's phone number
     * @return this builder
     */
    public Builder phone(String value) {
      this.phone = Objects.requireNonNull(value);
      return this;
    }

    /**
     * GPS coordinates of the store.
     *
     * @param lat latitude in degrees
     * @param lon longitude in degrees
     * @return this builder
     */
    public Builder coordinates(double lat, double lon) {
      this.latitude = lat;
      this.longitude = lon;
      return this;
    }

    /**
     * The GPS check-in radius in miles.
     *
     * @param value the GPS check-in radius in miles
     * @return this builder
     */
    public Builder radiusMiles(double value) {
      this.radiusMiles = value;
      return this;
    }

    /**
     * The IANA time zone name.
     *
     * @param ianaName the IANA time zone name
     * @return this builder
     */
    public Builder zone(String ianaName) {
      this.zone = ZoneId.of(ianaName);
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     */
    public NewLocation build() {
      return new NewLocation(this);
    }
  }
}
