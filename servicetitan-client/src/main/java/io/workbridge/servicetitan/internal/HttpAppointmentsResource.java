package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.resource.AppointmentsResource;
import io.workbridge.servicetitan.resource.ExportEntry;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The {@link AppointmentsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpAppointmentsResource implements AppointmentsResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpAppointmentsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
  public PageIterable<Appointment> list(OptionalLong jobId, ListFilter filter) {
    Map<String, String> params = Filters.common(filter).put("jobId", jobId).build();
    return Feeds.pages(
        "appointments.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listAppointments(context.tenantId(), page, size, params),
        OpsMapping::appointment);
  }

  @Override
  public PageIterable<Appointment> ofJob(long jobId) {
    return list(OptionalLong.of(jobId), ListFilter.builder().active(io.workbridge.servicetitan.model.ActiveFilter.ANY).build());
  }

  @Override
  public Appointment get(long id) {
    return Mapping.map("appointments.get", api.getAppointment(context.tenantId(), id), OpsMapping::appointment);
  }

  @Override
  public PageIterable<Appointment> export(@Nullable String from) {
    return Feeds.exportStrict(
        "appointments.export", from, token -> api.exportAppointments(context.tenantId(), token), OpsMapping::appointment);
  }

  @Override
  public PageIterable<ExportEntry<Appointment>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "appointments.export", from, token -> api.exportAppointments(context.tenantId(), token), OpsMapping::appointment, Appointment::id);
  }
}
