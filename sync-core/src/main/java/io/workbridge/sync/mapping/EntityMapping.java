package io.workbridge.sync.mapping;

import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.MappingStore;
import io.workbridge.sync.store.SubscriberLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * Which ServiceTitan customer + location a ServiceChannel (subscriber, location) pair maps to (SC-5).
 * The mapping is learnt the first time a booking for the pair is converted into a job, or set
 * explicitly by the integrator (an explicit mapping is never replaced by learning). Once known, later
 * work orders for the pair may be sent directly as jobs (SC-4).
 */
public final class EntityMapping {

  private final MappingStore store;

  /**
   * An entity mapping kept in a store.
   *
   * @param store the connection's mapping store
   */
  public EntityMapping(MappingStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * The ServiceTitan customer + location for the work order's subscriber and location.
   *
   * @param workOrder the work order
   * @return the mapping, when known
   */
  public Optional<CustomerLocation> resolve(WorkOrder workOrder) {
    return store.get(keyOf(workOrder));
  }

  /**
   * Learns the mapping from a job made for the work order, unless the pair is mapped already.
   *
   * @param workOrder the work order
   * @param job the ServiceTitan job made for it
   * @return true if the mapping was learnt now
   */
  public boolean learn(WorkOrder workOrder, FieldJob job) {
    return store.learn(
        keyOf(workOrder),
        CustomerLocation.of(Long.toString(job.customerId()), Long.toString(job.locationId())));
  }

  /**
   * Sets a mapping explicitly, replacing any learnt one.
   *
   * @param subscriberId the ServiceChannel subscriber
   * @param scLocationId the ServiceChannel location
   * @param customerId the ServiceTitan customer
   * @param stLocationId the ServiceTitan location
   */
  public void set(long subscriberId, long scLocationId, long customerId, long stLocationId) {
    store.set(
        SubscriberLocation.of(Long.toString(subscriberId), Long.toString(scLocationId)),
        CustomerLocation.of(Long.toString(customerId), Long.toString(stLocationId)));
  }

  private static SubscriberLocation keyOf(WorkOrder workOrder) {
    return SubscriberLocation.of(
        Long.toString(workOrder.subscriber().id()), Long.toString(workOrder.location().id()));
  }
}
