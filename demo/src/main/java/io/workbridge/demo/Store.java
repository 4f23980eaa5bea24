package io.workbridge.demo;

/**
 * One location of a subscriber.
 *
 * @param id the ServiceChannel location id
 * @param subscriber the subscriber
 * @param number the store number
 * @param street the street address (for the ServiceTitan customer a CSR creates)
 * @param city the city
 * @param state the state
 * @param zip the ZIP code
 * @param latitude the GPS latitude check-ins are made at
 * @param longitude the GPS longitude
 * @param zone the IANA time zone
 */
record Store(
    long id,
    Subscriber subscriber,
    String number,
    String street,
    String city,
    String state,
    String zip,
    double latitude,
    double longitude,
    String zone) {

  /** How the store is named in ServiceTitan, e.g. {@code Northwind Stores #0024}. */
  String customerName() {
    return subscriber.name() + " #" + number;
  }
}
