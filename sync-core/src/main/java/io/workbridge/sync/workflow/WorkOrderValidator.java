package io.workbridge.sync.workflow;

import io.workbridge.sync.model.WorkOrder;
import java.util.Optional;

/**
 * Checks that a parsed work order has what the sync needs, and says specifically what is wrong when
 * it has not (SDK-5). A work order that fails is quarantined; the rest of the batch goes on.
 */
public final class WorkOrderValidator {

  /**
   * The first problem of the work order, if any.
   *
   * @param workOrder the work order
   * @return a specific reason, e.g. {@code "missing work order number"}
   */
  public Optional<String> problem(WorkOrder workOrder) {
    if (workOrder.id() <= 0) {
      return Optional.of("invalid work order id " + workOrder.id());
    }
    if (workOrder.number().isBlank()) {
      return Optional.of("missing work order number");
    }
    if (workOrder.subscriber().id() <= 0) {
      return Optional.of("missing subscriber id");
    }
    if (workOrder.subscriber().name().isBlank()) {
      return Optional.of("missing subscriber name");
    }
    if (workOrder.location().id() <= 0) {
      return Optional.of("missing location id");
    }
    if (workOrder.nte().filter(nte -> nte.amount().signum() < 0).isPresent()) {
      return Optional.of("negative NTE " + workOrder.nte().get());
    }
    if (workOrder.updatedAt().isBefore(workOrder.createdAt())) {
      return Optional.of("updated before it was created");
    }
    return Optional.empty();
  }
}
