package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.OpsWire.MarkExportedDto;
import io.workbridge.servicetitan.model.Invoice;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.servicetitan.model.InvoiceExportResult;
import io.workbridge.servicetitan.model.InvoiceSyncStatus;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.servicetitan.resource.InvoicesResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The {@link InvoicesResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpInvoicesResource implements InvoicesResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpInvoicesResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
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

  @Override
  public Optional<Invoice> get(long id) {
    return list(List.of(), OptionalLong.empty(), ListFilter.builder().addId(id).build()).stream().findFirst();
  }

  @Override
  public PageIterable<Invoice> export(@Nullable String from) {
    return Feeds.exportStrict(
        "invoices.export", from, token -> api.exportInvoices(context.tenantId(), token), OpsMapping::invoice);
  }

  @Override
  public PageIterable<ExportEntry<Invoice>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "invoices.export", from, token -> api.exportInvoices(context.tenantId(), token), OpsMapping::invoice, Invoice::id);
  }

  @Override
  public List<InvoiceExportResult> markAsExported(List<InvoiceExportMark> marks) {
    List<MarkExportedDto> body =
        marks.stream()
            .map(m -> new MarkExportedDto(m.invoiceId(), m.externalId().orElse(null), m.externalMessage().orElse(null)))
            .toList();
    var answer = api.markInvoicesExported(context.tenantId(), body);
    String operation = "invoices.markAsExported";
    return Mapping.items(operation, "$", Mapping.required(answer, operation, "$"), OpsMapping::exportResult);
  }

  @Override
  public List<InvoiceExportResult> markAsExportedOrThrow(List<InvoiceExportMark> marks) {
    List<InvoiceExportResult> results = markAsExported(marks);
    List<InvoiceExportResult> failed = results.stream().filter(r -> !r.success()).toList();
    if (!failed.isEmpty()) {
      throw new IllegalStateException("ServiceTitan did not mark these invoices as exported: " + failed);
    }
    return results;
  }
}
