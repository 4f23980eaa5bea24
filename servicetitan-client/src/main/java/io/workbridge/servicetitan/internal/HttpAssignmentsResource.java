package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.OpsWire.AssignTechniciansDto;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.AppointmentAssignment;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.resource.AssignmentsResource;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The {@link AssignmentsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpAssignmentsResource implements AssignmentsResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpAssignmentsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
  public PageIterable<AppointmentAssignment> list(OptionalLong jobId, ListFilter filter) {
    Map<String, String> params = Filters.common(filter).put("jobId", jobId).build();
    return Feeds.pages(
        "assignments.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listAssignments(context.tenantId(), page, size, params),
        OpsMapping::assignment);
  }

  @Override
  public PageIterable<AppointmentAssignment> export(@Nullable String from) {
    return Feeds.export(
        "assignments.export",
        from,
        token -> api.exportAssignments(context.tenantId(), token, ActiveFilter.ANY.wireName()),
        OpsMapping::assignment);
  }

  @Override
  public Appointment assign(long appointmentId, List<Long> technicianIds) {
    var dto = api.assignTechnicians(context.tenantId(), new AssignTechniciansDto(appointmentId, List.copyOf(technicianIds)));
    return Mapping.map("assignments.assign", dto, OpsMapping::appointment);
  }

  @Override
  public Appointment unassign(long appointmentId, List<Long> technicianIds) {
    var dto = api.unassignTechnicians(context.tenantId(), new AssignTechniciansDto(appointmentId, List.copyOf(technicianIds)));
    return Mapping.map("assignments.unassign", dto, OpsMapping::appointment);
  }
}
