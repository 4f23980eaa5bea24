package io.workbridge.servicechannel.internal;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.WorkOrderEntry;
import java.util.ArrayList;
import java.util.List;

/** Typed pages of work orders: the entries' work orders, or the failure a malformed entry reports. */
public final class WorkOrderEntries {
  private WorkOrderEntries() {}

  /** The work orders of a page, failing at the first that does not fit the model (typed pages). */
  public static List<WorkOrder> strict(List<WorkOrderEntry> entries) {
    List<WorkOrder> orders = new ArrayList<>(entries.size());
    for (WorkOrderEntry entry : entries) {
      orders.add(strict(entry));
    }
    return orders;
  }

  /** The work order, or the failure a typed page reports for a malformed one. */
  public static WorkOrder strict(WorkOrderEntry entry) {
    if (entry instanceof WorkOrderEntry.Malformed malformed) {
      throw new InvalidResponseException("workorders.list", malformed.jsonPath(), malformed.problem(), null);
    }
    return ((WorkOrderEntry.Parsed) entry).workOrder();
  }
}
