package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.Timesheet;
import org.jspecify.annotations.Nullable;

/**
 * Payroll job timesheets ({@code payroll/v2/tenant/{tenant}/jobs/…/timesheets}): the only API source of
 * when a technician was dispatched, arrived ({@code arrivedOn}) and finished ({@code doneOn}).
 */
public interface TimesheetsResource {
  /**
   * {@return the timesheets of one job}
   *
   * @param jobId the ServiceTitan job's id
   */
  PageIterable<Timesheet> ofJob(long jobId);

  /**
   * {@return timesheets of all jobs matching the filter (ids are not supported here)}
   *
   * @param filter the paging and modification-date filter
   */
  PageIterable<Timesheet> list(ListFilter filter);

  /**
   * {@return the timesheets export feed from {@code from}}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<Timesheet> export(@Nullable String from);

  /**
   * {@return the timesheets export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<ExportEntry<Timesheet>> exportEntries(@Nullable String from);
}
