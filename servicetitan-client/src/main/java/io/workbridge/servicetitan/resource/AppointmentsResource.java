package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.ListFilter;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Job appointments ({@code jpm/v2/tenant/{tenant}/appointments}): list, read and the appointments export
 * feed. Status changes (dispatch, arrive, done) happen in ServiceTitan, not through the API.
 */
public interface AppointmentsResource {
  /**
   * {@return appointments matching the filter, optionally of one job}
   *
   * @param jobId the ServiceTitan job's id
   * @param filter the paging and modification-date filter
   */
  PageIterable<Appointment> list(OptionalLong jobId, ListFilter filter);

  /**
   * {@return the appointments of a job, active or not}
   *
   * @param jobId the ServiceTitan job's id
   */
  PageIterable<Appointment> ofJob(long jobId);

  /**
   * Reads an appointment.
   *
   * @param id the appointment's id
   * @return the appointment
   */
  Appointment get(long id);

  /**
   * {@return the appointments export feed from {@code from} (a persisted token, a date, or null)}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<Appointment> export(@Nullable String from);

  /**
   * {@return the appointments export feed from {@code from}, decoded record by record: each record is an
   * {@link ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path
   * and problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<ExportEntry<Appointment>> exportEntries(@Nullable String from);
}
