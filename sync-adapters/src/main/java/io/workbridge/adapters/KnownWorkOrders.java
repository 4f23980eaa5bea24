package io.workbridge.adapters;

import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest version of each work order the ServiceChannel adapter delivered or read, so that a workflow
 * handling a ServiceTitan event has its work order without reading it again: ServiceChannel's change feed,
 * read every cycle, delivers every newer version, and the adapter's own status writes update the status here.
 * A version kept here is as current as a single read, which comes from the same lagging read replicas, less the
 * time since the last feed read. Bounded (least recently used entries go first) and thread-safe.
 */
final class KnownWorkOrders {
  /** The default number of work orders kept. */
  static final int DEFAULT_SIZE = 5_000;

  private final Map<Long, WorkOrder> entries;

  /**
   * A cache.
   *
   * @param maxSize the most work orders kept
   */
  KnownWorkOrders(int maxSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize must be at least 1, was " + maxSize);
    }
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, WorkOrder> eldest) {
            return size() > maxSize;
          }
        };
  }

  /** Keeps a version delivered or read now, unless a newer one is kept. */
  void put(WorkOrder workOrder) {
    synchronized (entries) {
      WorkOrder kept = entries.get(workOrder.id());
      if (kept == null || !kept.updatedAt().isAfter(workOrder.updatedAt())) {
        entries.put(workOrder.id(), workOrder);
      }
    }
  }

  /** The version kept, if any. */
  Optional<WorkOrder> get(long workOrderId) {
    synchronized (entries) {
      return Optional.ofNullable(entries.get(workOrderId));
    }
  }

  /** Records the status the adapter just set. */
  void statusSet(long workOrderId, WorkOrderStatus status) {
    synchronized (entries) {
      WorkOrder kept = entries.get(workOrderId);
      if (kept != null) {
        entries.put(workOrderId, WorkOrder.builder().from(kept).status(status).build());
      }
    }
  }

  /** Forgets a work order (after a write whose effect on it is not known here). */
  void forget(long workOrderId) {
    synchronized (entries) {
      entries.remove(workOrderId);
    }
  }
}
