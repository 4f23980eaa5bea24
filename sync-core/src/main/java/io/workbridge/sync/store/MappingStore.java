package io.workbridge.sync.store;

import java.util.List;
import java.util.Optional;

/**
 * Entity mappings from a ServiceChannel subscriber + location to a ServiceTitan customer + location
 * (SC-5). A mapping is learnt the first time a booking for the pair becomes a job, or set explicitly by
 * the integrator; an explicit mapping is never replaced by learning. Scoped to one connection;
 * thread-safe.
 */
public interface MappingStore {
  /**
   * Records a learnt mapping if the pair has none yet (the first learning wins; an explicit mapping is
   * kept).
   *
   * @param key the subscriber and location
   * @param value the ServiceTitan customer and location
   * @return true if the mapping was stored, false if the pair was already mapped
   */
  boolean learn(SubscriberLocation key, CustomerLocation value);

  /**
   * Sets an explicit mapping for the pair, replacing any existing one.
   *
   * @param key the subscriber and location
   * @param value the ServiceTitan customer and location
   */
  void set(SubscriberLocation key, CustomerLocation value);

  /**
   * {@return the ST customer + location the pair maps to, if known}
   *
   * @param key the subscriber and location
   */
  default Optional<CustomerLocation> get(SubscriberLocation key) {
    return find(key).map(StoredMapping::value);
  }

  /**
   * {@return the stored mapping for the pair with its origin, if any}
   *
   * @param key the subscriber and location
   */
  Optional<StoredMapping> find(SubscriberLocation key);

  /**
   * Removes the pair's mapping.
   *
   * @param key the subscriber and location
   * @return true if a mapping was removed
   */
  boolean remove(SubscriberLocation key);

  /** {@return every mapping of the connection, in the order the pairs were first mapped} */
  List<StoredMapping> list();
}
