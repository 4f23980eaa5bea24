package io.workbridge.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored entity mapping.
 *
 * @param key the SC subscriber and location
 * @param value the ST customer and location it maps to
 * @param origin learnt or explicit
 * @param updatedAt when the mapping was last written (store clock)
 */
public record StoredMapping(
    SubscriberLocation key, CustomerLocation value, MappingOrigin origin, Instant updatedAt) {
  /**
   * Validates the components.
   *
   * @param key the SC subscriber and location
   * @param value the ST customer and location it maps to
   * @param origin learnt or explicit
   * @param updatedAt when the mapping was last written (store clock)
   */
  public StoredMapping {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
