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
 * time since the last feed read. With each version, whether the work order denies API check-ins (which the
 * model does not carry), so that a check-in needs no read either. Bounded (least recently used entries go
 * first) and thread-safe.
 */
final class KnownWorkOrders {
  /** The default number of work orders kept. */
  static final int DEFAULT_SIZE = 5_000;

  /**
   * A kept version.
   *
   * @param workOrder the work order
   * @param checkInDenial why the work order denies API check-ins ({@code IsCheckInDenied}); empty when it allows them
   */
  record Entry(WorkOrder workOrder, Optional<String> checkInDenial) {}

  private final Map<Long, Entry> entries;

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
          protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > maxSize;
          }
        };
  }

  /** Keeps a version delivered or read now, unless a newer one is kept. */
  void put(WorkOrder workOrder, Optional<String> checkInDenial) {
    synchronized (entries) {
      Entry kept = entries.get(workOrder.id());
      if (kept == null || !kept.workOrder().updatedAt().isAfter(workOrder.updatedAt())) {
        entries.put(workOrder.id(), new Entry(workOrder, checkInDenial));
      }
    }
  }

  /** The version kept, if any. */
  Optional<WorkOrder> get(long workOrderId) {
    return entry(workOrderId).map(Entry::workOrder);
  }

  /** The version kept with its check-in denial, if any. */
  Optional<Entry> entry(long workOrderId) {
    synchronized (entries) {
      return Optional.ofNullable(entries.get(workOrderId));
    }
  }

  /** Records the status the adapter just set. */
  void statusSet(long workOrderId, WorkOrderStatus status) {
    synchronized (entries) {
      Entry kept = entries.get(workOrderId);
      if (kept != null) {
        entries.put(
            workOrderId,
            new Entry(WorkOrder.builder().from(kept.workOrder()).status(status).build(), kept.checkInDenial()));
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
