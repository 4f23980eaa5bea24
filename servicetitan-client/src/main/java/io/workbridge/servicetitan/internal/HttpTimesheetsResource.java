package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.Timesheet;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.servicetitan.resource.TimesheetsResource;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The {@link TimesheetsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpTimesheetsResource implements TimesheetsResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpTimesheetsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
  public PageIterable<Timesheet> ofJob(long jobId) {
    return Feeds.pages(
        "timesheets.job",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.jobTimesheets(context.tenantId(), jobId, page, size),
        OpsMapping::timesheet);
  }

  @Override
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

  @Override
  public PageIterable<Timesheet> export(@Nullable String from) {
    return Feeds.exportStrict(
        "timesheets.export", from, token -> api.exportTimesheets(context.tenantId(), token), OpsMapping::timesheet);
  }

  @Override
  public PageIterable<ExportEntry<Timesheet>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "timesheets.export", from, token -> api.exportTimesheets(context.tenantId(), token), OpsMapping::timesheet, Timesheet::id);
  }
}
