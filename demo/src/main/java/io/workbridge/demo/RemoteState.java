package io.workbridge.demo;

import io.workbridge.testkit.servicechannel.WorkOrderState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The simulated systems' state at the end of the demo, indexed by work order and alert: the report counts it
 * and the verdict checks it.
 */
final class RemoteState {
  /** The prefix of a job note copied from ServiceChannel. */
  static final String COPIED_FROM_SERVICECHANNEL = "[ServiceChannel note ";
  /** The prefix of a work order note copied from ServiceTitan. */
  static final String COPIED_FROM_SERVICETITAN = "ServiceTitan note #";
  /** The prefix of the job number note (SC-9). */
  static final String JOB_NUMBER_NOTE = "ServiceTitan job #";

  private final Simulators world;
  private final Map<String, List<Map<String, @Nullable Object>>> bookingsByExternalId = new HashMap<>();
  private final List<Map<String, @Nullable Object>> bookings;
  private final List<Map<String, @Nullable Object>> jobs;
  private final Map<Long, WorkOrderState> workOrders = new HashMap<>();

  /** Reads the simulators now. */
  RemoteState(Simulators world, List<WorkOrderPlan> plans) {
    this.world = world;
    this.bookings = world.serviceTitan.bookings();
    this.jobs = world.serviceTitan.jobs();
    for (Map<String, @Nullable Object> booking : bookings) {
      Object externalId = booking.get("externalId");
      if (externalId != null) {
        bookingsByExternalId.computeIfAbsent(externalId.toString(), id -> new ArrayList<>()).add(booking);
      }
    }
    for (WorkOrderPlan plan : plans) {
      workOrders.put(plan.id, world.serviceChannel.workOrderState(plan.id));
    }
  }

  /** Every ServiceTitan booking. */
  List<Map<String, @Nullable Object>> bookings() {
    return bookings;
  }

  /** Every ServiceTitan job. */
  List<Map<String, @Nullable Object>> jobs() {
    return jobs;
  }

  /** The ServiceTitan bookings carrying an external id (a work order id or an alert id). */
  List<Map<String, @Nullable Object>> bookingsFor(String externalId) {
    return bookingsByExternalId.getOrDefault(externalId, List.of());
  }

  /** The work order as ServiceChannel holds it. */
  WorkOrderState workOrder(WorkOrderPlan plan) {
    return Objects.requireNonNull(workOrders.get(plan.id), plan::label);
  }

  /**
   * The ServiceTitan jobs of a work order: converted from its booking, or created directly with its id as
   * external id.
   */
  List<Map<String, @Nullable Object>> jobsFor(WorkOrderPlan plan) {
    String workOrderId = Long.toString(plan.id);
    List<Object> bookingIds = bookingsFor(workOrderId).stream().map(booking -> booking.get("id")).toList();
    return jobs.stream()
        .filter(job -> bookingIds.contains(job.get("bookingId")) || workOrderId.equals(People.externalId(job)))
        .toList();
  }

  /** The notes of a ServiceTitan job. */
  List<String> jobNotes(Map<String, @Nullable Object> job) {
    return world.serviceTitan.jobNoteTexts(id(job));
  }

  /** The file names attached to a ServiceTitan job. */
  List<String> jobAttachments(Map<String, @Nullable Object> job) {
    return world.serviceTitan.attachmentNamesOf(id(job));
  }

  /** A job custom field's value. */
  static Optional<String> customField(Map<String, @Nullable Object> job, String name) {
    if (job.get("customFields") instanceof List<?> fields) {
      for (Object field : fields) {
        if (field instanceof Map<?, ?> entry && name.equals(entry.get("name"))) {
          return Optional.ofNullable(entry.get("value")).map(Object::toString);
        }
      }
    }
    return Optional.empty();
  }

  /** An invoice's status in ServiceTitan ({@code Pending}, {@code Posted}, {@code Exported}). */
  Optional<String> invoiceStatus(long invoiceId) {
    return world.serviceTitan.invoice(invoiceId).map(invoice -> String.valueOf(invoice.get("syncStatus")));
  }

  /** The outcome statuses written back to the vendor for an alert, in order. */
  List<String> outcomes(AlertPlan alert) {
    return world.vendor.outcomes(alert.id).stream().map(outcome -> String.valueOf(outcome.get("status"))).toList();
  }

  /** How many alerts the vendor holds. */
  int alertCount() {
    return world.vendor.accountIds().stream().mapToInt(account -> world.vendor.alertIds(account).size()).sum();
  }

  static long id(Map<String, @Nullable Object> row) {
    return ((Number) Objects.requireNonNull(row.get("id"))).longValue();
  }
}
