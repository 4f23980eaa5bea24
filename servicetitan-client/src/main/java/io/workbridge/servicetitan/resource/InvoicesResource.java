package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Invoice;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.servicetitan.model.InvoiceExportResult;
import io.workbridge.servicetitan.model.InvoiceSyncStatus;
import io.workbridge.servicetitan.model.ListFilter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Invoices ({@code accounting/v2/tenant/{tenant}/invoices}): list with status filters (all statuses by
 * default), read one, the invoices export feed, and mark-as-exported with one result per invoice.
 */
public interface InvoicesResource {
  /**
   * {@return invoices with any of the given statuses (all when empty), optionally of one job} The filter's
   * ids and date ranges apply; its {@code active} value does not (invoices use their own active state).
   *
   * @param statuses the statuses
   * @param jobId the ServiceTitan job's id
   * @param filter the paging and modification-date filter
   */
  PageIterable<Invoice> list(List<InvoiceSyncStatus> statuses, OptionalLong jobId, ListFilter filter);

  /**
   * {@return one invoice, if it exists (the API reads invoices through the list's {@code ids} filter)}
   *
   * @param id the invoice's id
   */
  Optional<Invoice> get(long id);

  /**
   * {@return the invoices export feed from {@code from}}
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<Invoice> export(@Nullable String from);

  /**
   * {@return the invoices export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<ExportEntry<Invoice>> exportEntries(@Nullable String from);

  /**
   * Marks invoices as exported. ServiceTitan answers per invoice: check {@link
   * InvoiceExportResult#success()} of each, or use {@link #markAsExportedOrThrow}.
   *
   * @param marks the invoices to mark, each with its id in the accounting system
   * @return one result per invoice
   */
  List<InvoiceExportResult> markAsExported(List<InvoiceExportMark> marks);

  /**
   * Marks invoices as exported and fails with {@link IllegalStateException} naming every invoice
   * ServiceTitan did not mark (the others stay marked).
   *
   * @param marks the invoices to mark, each with its id in the accounting system
   * @return one result per invoice, all successful
   */
  List<InvoiceExportResult> markAsExportedOrThrow(List<InvoiceExportMark> marks);
}
