package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.OpsWire.MarkExportedDto;
import io.workbridge.servicetitan.internal.QueryParams;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Invoice;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.servicetitan.model.InvoiceExportResult;
import io.workbridge.servicetitan.model.InvoiceSyncStatus;
import io.workbridge.servicetitan.model.ListFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Invoices ({@code accounting/v2/tenant/{tenant}/invoices}): list with status filters (all statuses by
 * default), read one, the invoices export feed, and mark-as-exported with one result per invoice.
 */
public final class InvoicesResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public InvoicesResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * {@return invoices with any of the given statuses (all when empty), optionally of one job} The filter's
   * ids and date ranges apply; its {@code active} value does not (invoices use their own active state).
   *
   * @param statuses the statuses
   * @param jobId the ServiceTitan job's id
   * @param filter the paging and modification-date filter
   */
  public PageIterable<Invoice> list(List<InvoiceSyncStatus> statuses, OptionalLong jobId, ListFilter filter) {
    List<String> wireStatuses = statuses.stream().map(InvoiceSyncStatus::wireName).toList();
    Map<String, String> params =
        new QueryParams()
            .list("ids", filter.ids())
            .put("jobId", jobId)
            .put("createdBefore", filter.createdBefore())
            .put("createdOnOrAfter", filter.createdOnOrAfter())
            .put("modifiedBefore", filter.modifiedBefore())
            .put("modifiedOnOrAfter", filter.modifiedOnOrAfter())
            .build();
    return Feeds.pages(
        "invoices.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listInvoices(context.tenantId(), page, size, wireStatuses, params),
        OpsMapping::invoice);
  }

  /**
   * {@return one invoice, if it exists (the API reads invoices through the list's {@code ids} filter)}
   *
   * @param id the invoice's id
   */
  public Optional<Invoice> get(long id) {
    return list(List.of(), OptionalLong.empty(), ListFilter.builder().addId(id).build()).stream().findFirst();
  }

  /**
   * {@return the invoices export feed from {@code from}}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Invoice> export(@Nullable String from) {
    return Feeds.exportStrict(
        "invoices.export", from, token -> api.exportInvoices(context.tenantId(), token), OpsMapping::invoice);
  }

  /**
   * {@return the invoices export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<ExportEntry<Invoice>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "invoices.export", from, token -> api.exportInvoices(context.tenantId(), token), OpsMapping::invoice, Invoice::id);
  }

  /**
   * Marks invoices as exported. ServiceTitan answers per invoice: check {@link
   * InvoiceExportResult#success()} of each, or use {@link #markAsExportedOrThrow}.
   *
   * @param marks the invoices to mark, each with its id in the accounting system
   * @return one result per invoice
   */
  public List<InvoiceExportResult> markAsExported(List<InvoiceExportMark> marks) {
    List<MarkExportedDto> body =
        marks.stream()
            .map(m -> new MarkExportedDto(m.invoiceId(), m.externalId().orElse(null), m.externalMessage().orElse(null)))
            .toList();
    var answer = api.markInvoicesExported(context.tenantId(), body);
    String operation = "invoices.markAsExported";
    return Mapping.items(operation, "$", Mapping.required(answer, operation, "$"), OpsMapping::exportResult);
  }

  /**
   * Marks invoices as exported and fails with {@link IllegalStateException} naming every invoice
   * ServiceTitan did not mark (the others stay marked).
   *
   * @param marks the invoices to mark, each with its id in the accounting system
   * @return one result per invoice, all successful
   */
  public List<InvoiceExportResult> markAsExportedOrThrow(List<InvoiceExportMark> marks) {
    List<InvoiceExportResult> results = markAsExported(marks);
    List<InvoiceExportResult> failed = results.stream().filter(r -> !r.success()).toList();
    if (!failed.isEmpty()) {
      throw new IllegalStateException("ServiceTitan did not mark these invoices as exported: " + failed);
    }
    return results;
  }
}
