package io.workbridge.sync.store;

/**
 * The ServiceTitan side of an entity mapping: a customer and one of its locations.
 *
 * @param customerId the ST customer id
 * @param locationId the ST location id
 */
public record CustomerLocation(String customerId, String locationId) {
  /**
   * Validates the components.
   *
   * @param customerId the ST customer id
   * @param locationId the ST location id
   */
  public CustomerLocation {
    StoreArguments.requireKey(customerId, "customer id");
    StoreArguments.requireKey(locationId, "location id");
  }

  /**
   * {@return the pair}
   *
   * @param customerId the ServiceTitan customer's id
   * @param locationId the ServiceTitan location's id
   */
  public static CustomerLocation of(String customerId, String locationId) {
    return new CustomerLocation(customerId, locationId);
  }
}
