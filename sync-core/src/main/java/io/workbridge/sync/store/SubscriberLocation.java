package io.workbridge.sync.store;

/**
 * The ServiceChannel side of an entity mapping: a subscriber and one of its locations.
 *
 * @param subscriberId the SC subscriber id
 * @param locationId the SC location (store) id
 */
public record SubscriberLocation(String subscriberId, String locationId) {
  /**
   * Validates the components.
   *
   * @param subscriberId the SC subscriber id
   * @param locationId the SC location (store) id
   */
  public SubscriberLocation {
    StoreArguments.requireKey(subscriberId, "subscriber id");
    StoreArguments.requireKey(locationId, "location id");
  }

  /**
   * {@return the pair}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   * @param locationId the ServiceChannel location's id
   */
  public static SubscriberLocation of(String subscriberId, String locationId) {
    return new SubscriberLocation(subscriberId, locationId);
  }
}
