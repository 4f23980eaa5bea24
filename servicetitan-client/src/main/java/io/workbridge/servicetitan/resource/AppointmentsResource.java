package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Filters;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.ListFilter;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Job appointments ({@code jpm/v2/tenant/{tenant}/appointments}): list, read and the appointments export
 * feed. Status changes (dispatch, arrive, done) happen in ServiceTitan, not through the API.
 */
public final class AppointmentsResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public AppointmentsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * {@return appointments matching the filter, optionally of one job}
   *
   * @param jobId the ServiceTitan job's id
   * @param filter the paging and modification-date filter
   */
  public PageIterable<Appointment> list(OptionalLong jobId, ListFilter filter) {
    Map<String, String> params = Filters.common(filter).put("jobId", jobId).build();
    return Feeds.pages(
        "appointments.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listAppointments(context.tenantId(), page, size, params),
        OpsMapping::appointment);
  }

  /**
   * {@return the appointments of a job, active or not}
   *
   * @param jobId the ServiceTitan job's id
   */
  public PageIterable<Appointment> ofJob(long jobId) {
    return list(OptionalLong.of(jobId), ListFilter.builder().active(io.workbridge.servicetitan.model.ActiveFilter.ANY).build());
  }

  /**
   * Reads an appointment.
   *
   * @param id the appointment's id
   * @return the appointment
   */
  public Appointment get(long id) {
    return Mapping.map("appointments.get", api.getAppointment(context.tenantId(), id), OpsMapping::appointment);
  }

  /**
   * {@return the appointments export feed from {@code from} (a persisted token, a date, or null)}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Appointment> export(@Nullable String from) {
    return Feeds.exportStrict(
        "appointments.export", from, token -> api.exportAppointments(context.tenantId(), token), OpsMapping::appointment);
  }

  /**
   * {@return the appointments export feed from {@code from}, decoded record by record: each record is an
   * {@link ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path
   * and problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<ExportEntry<Appointment>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "appointments.export", from, token -> api.exportAppointments(context.tenantId(), token), OpsMapping::appointment, Appointment::id);
  }
}
