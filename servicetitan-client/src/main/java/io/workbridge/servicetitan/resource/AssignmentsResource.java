package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Filters;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.OpsWire.AssignTechniciansDto;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.AppointmentAssignment;
import io.workbridge.servicetitan.model.ListFilter;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Technician assignments to appointments ({@code dispatch/v2/tenant/{tenant}/appointment-assignments}):
 * list, export, assign and unassign (there is no "replace": unassign, then assign).
 */
public final class AssignmentsResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public AssignmentsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * {@return assignments matching the filter, optionally of one job}
   *
   * @param jobId the ServiceTitan job's id
   * @param filter the paging and modification-date filter
   */
  public PageIterable<AppointmentAssignment> list(OptionalLong jobId, ListFilter filter) {
    Map<String, String> params = Filters.common(filter).put("jobId", jobId).build();
    return Feeds.pages(
        "assignments.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listAssignments(context.tenantId(), page, size, params),
        OpsMapping::assignment);
  }

  /**
   * {@return the assignments export feed (active and inactive) from {@code from}}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<AppointmentAssignment> export(@Nullable String from) {
    return Feeds.export(
        "assignments.export",
        from,
        token -> api.exportAssignments(context.tenantId(), token, ActiveFilter.ANY.wireName()),
        OpsMapping::assignment);
  }

  /**
   * Assigns technicians to an appointment; returns the appointment as dispatch describes it (without
   * customer, confirmation and active flags; see {@link Appointment}).
   *
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianIds ids of the ServiceTitan technicians
   * @return the appointment as dispatch describes it
   */
  public Appointment assign(long appointmentId, List<Long> technicianIds) {
    var dto = api.assignTechnicians(context.tenantId(), new AssignTechniciansDto(appointmentId, List.copyOf(technicianIds)));
    return Mapping.map("assignments.assign", dto, OpsMapping::appointment);
  }

  /**
   * Removes technicians from an appointment; returns the appointment as dispatch describes it.
   *
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianIds ids of the ServiceTitan technicians
   * @return the appointment as dispatch describes it
   */
  public Appointment unassign(long appointmentId, List<Long> technicianIds) {
    var dto = api.unassignTechnicians(context.tenantId(), new AssignTechniciansDto(appointmentId, List.copyOf(technicianIds)));
    return Mapping.map("assignments.unassign", dto, OpsMapping::appointment);
  }
}
