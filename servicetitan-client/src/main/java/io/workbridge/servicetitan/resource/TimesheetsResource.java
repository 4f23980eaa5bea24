package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Filters;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.Timesheet;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Payroll job timesheets ({@code payroll/v2/tenant/{tenant}/jobs/…/timesheets}): the only API source of
 * when a technician was dispatched, arrived ({@code arrivedOn}) and finished ({@code doneOn}).
 */
public final class TimesheetsResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public TimesheetsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * {@return the timesheets of one job}
   *
   * @param jobId the ServiceTitan job's id
   */
  public PageIterable<Timesheet> ofJob(long jobId) {
    return Feeds.pages(
        "timesheets.job",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.jobTimesheets(context.tenantId(), jobId, page, size),
        OpsMapping::timesheet);
  }

  /**
   * {@return timesheets of all jobs matching the filter (ids are not supported here)}
   *
   * @param filter the paging and modification-date filter
   */
  public PageIterable<Timesheet> list(ListFilter filter) {
    if (!filter.ids().isEmpty()) {
      throw new IllegalArgumentException("the timesheet list has no ids filter; use ofJob(jobId)");
    }
    Map<String, String> params = Filters.common(filter).build();
    return Feeds.pages(
        "timesheets.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listTimesheets(context.tenantId(), page, size, params),
        OpsMapping::timesheet);
  }

  /**
   * {@return the timesheets export feed from {@code from}}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Timesheet> export(@Nullable String from) {
    return Feeds.exportStrict(
        "timesheets.export", from, token -> api.exportTimesheets(context.tenantId(), token), OpsMapping::timesheet);
  }

  /**
   * {@return the timesheets export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<ExportEntry<Timesheet>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "timesheets.export", from, token -> api.exportTimesheets(context.tenantId(), token), OpsMapping::timesheet, Timesheet::id);
  }
}
