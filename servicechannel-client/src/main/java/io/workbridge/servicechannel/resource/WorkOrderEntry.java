package io.workbridge.servicechannel.resource;

import io.workbridge.servicechannel.model.WorkOrder;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One work order of a list page or of the change feed: {@link Parsed} when it fits the model, {@link Malformed}
 * when it does not (a wrong-typed or missing {@code Id}, an NTE that is not an amount, …), with the exact reason
 * and the raw JSON, so that the caller can quarantine it while the rest of the page goes on.
 */
public sealed interface WorkOrderEntry {

  /** {@return the work order's id, when it could be read} */
  OptionalLong workOrderId();

  /**
   * A work order that fits the model.
   *
   * @param workOrder the work order
   */
  record Parsed(WorkOrder workOrder) implements WorkOrderEntry {
    /**
     * Checks the work order is present.
     *
     * @param workOrder the work order
     */
    public Parsed {
      Objects.requireNonNull(workOrder, "workOrder");
    }

    @Override
    public OptionalLong workOrderId() {
      return OptionalLong.of(workOrder.id());
    }
  }

  /**
   * A work order that does not fit the model.
   *
   * @param workOrderId its {@code Id}, when it could be read as a number
   * @param updatedDate its {@code UpdatedDate}, when it could be read with an explicit offset
   * @param jsonPath where the problem is, for example {@code $.value[3].Id}
   * @param problem what is wrong, for example {@code Expected a long but was STRING}
   * @param payload its raw JSON as ServiceChannel sent it
   */
  record Malformed(
      OptionalLong workOrderId, Optional<Instant> updatedDate, String jsonPath, String problem, String payload)
      implements WorkOrderEntry {
    /**
     * Checks the parts are present.
     *
     * @param workOrderId its {@code Id}, when it could be read as a number
     * @param updatedDate its {@code UpdatedDate}, when it could be read with an explicit offset
     * @param jsonPath where the problem is, for example {@code $.value[3].Id}
     * @param problem what is wrong, for example {@code Expected a long but was STRING}
     * @param payload its raw JSON as ServiceChannel sent it
     */
    public Malformed {
      Objects.requireNonNull(workOrderId, "workOrderId");
      Objects.requireNonNull(updatedDate, "updatedDate");
      Objects.requireNonNull(jsonPath, "jsonPath");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(payload, "payload");
    }

    /** {@return {@code "$.value[3].Id: Expected a long but was STRING"}} */
    public String reason() {
      return jsonPath + ": " + problem;
    }
  }
}
