package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.SkipTopPaging;
import io.workbridge.servicechannel.internal.CreatedIds;
import io.workbridge.servicechannel.internal.FieldWire;
import io.workbridge.servicechannel.internal.Mapper;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.Values;
import io.workbridge.servicechannel.internal.Wire;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.InvoiceRequirements;
import io.workbridge.servicechannel.model.LaborLine;
import io.workbridge.servicechannel.model.MaterialLine;
import io.workbridge.servicechannel.model.NewInvoice;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Invoices: a subscriber's requirements, the invoices of a work order, and creating an invoice with line
 * items. Refusals arrive as {@link
 * io.workbridge.servicechannel.InvoiceRejectedException} with a reason (904 not completed, 1104 over NTE, 1107
 * duplicate number, …). Creating is never retried: ServiceChannel has no idempotency keys and invoices cannot
 * be voided through the API. Thread-safe.
 */
public final class InvoicesResource {
  private final ScApi api;

  /** For {@link io.workbridge.servicechannel.ServiceChannelClient}. */
  public InvoicesResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** The subscriber's invoice rules ({@code GET /invoices/{subscriberId}/InvoiceRequirements}). */
  public InvoiceRequirements requirements(long subscriberId) {
    return requirements(subscriberId, RequestOptions.none());
  }

  /** The same, with per-call {@link RequestOptions} (timeout, extra headers). */
  public InvoiceRequirements requirements(long subscriberId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    FieldWire.InvoiceRequirements wire = api.invoiceRequirements(subscriberId, options);
    InvoiceRequirements.Builder builder =
        InvoiceRequirements.builder()
            .requireResolutionText(Values.bool(wire.requireResolutionText()))
            .addAllLaborTradeIds(orEmpty(wire.laborTradeIds()))
            .addAllMaterialsTradeIds(orEmpty(wire.materialsTradeIds()))
            .addAllLaborCategoryIds(orEmpty(wire.laborCategoryIds()))
            .addAllMaterialsCategoryIds(orEmpty(wire.materialsCategoryIds()))
            .providerMayAddSalesTax(Values.bool(wire.providerMayAddSalesTax()));
    if (wire.daysBeforePostingDate() != null) {
      builder.daysBeforePostingDate(wire.daysBeforePostingDate());
    }
    if (wire.maxDaysAfterPostingDate() != null) {
      builder.maxDaysAfterPostingDate(wire.maxDaysAfterPostingDate());
    }
    return builder.build();
  }

  /**
   * The invoices of one work order ({@code GET /odata/invoices?$filter=WoTrackingNumber eq n}), oldest first,
   * fetched page by page as the caller iterates. ServiceChannel lists invoices posted in the last 90 days
   * unless a filter on dates says otherwise, which is enough to find an invoice just created.
   *
   * <p>The description marks the list for subscribers: provider users are often refused with a {@link
   * io.workbridge.servicechannel.PermissionDeniedException} (401, code 504) — be ready to do without it.
   */
  public PageIterable<Invoice> listByWorkOrder(long workOrderId) {
    return listByWorkOrder(workOrderId, RequestOptions.none());
  }

  /** The same, with per-call {@link RequestOptions} (timeout, extra headers). */
  public PageIterable<Invoice> listByWorkOrder(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    String filter = ODataFilter.eq("WoTrackingNumber", workOrderId).expression();
    return SkipTopPaging.iterable(
        "invoices.list",
        WorkOrderQuery.MAX_PAGE_SIZE,
        (skip, top) -> {
          Wire.ODataList<Wire.Invoice> page = api.listInvoices(filter, "Id asc", top, skip, true, options);
          List<Invoice> invoices = new ArrayList<>();
          List<Wire.Invoice> wires = page.value() == null ? List.of() : page.value();
          for (int i = 0; i < wires.size(); i++) {
            invoices.add(Mapper.invoice(wires.get(i), "invoices.list", "$.value[" + i + "]"));
          }
          return SkipTopPaging.Response.of(invoices, page.count());
        });
  }

  /**
   * Creates an invoice ({@code POST /invoices}) and returns its id.
   *
   * @throws io.workbridge.servicechannel.InvoiceRejectedException when ServiceChannel refuses it
   */
  public long create(NewInvoice invoice) {
    return create(invoice, RequestOptions.none());
  }

  /** The same, with per-call {@link RequestOptions} (timeout, extra headers). */
  public long create(NewInvoice invoice, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(invoice, "invoice");
    boolean hasAmounts =
        invoice.laborAmount().isPresent()
            || invoice.materialAmount().isPresent()
            || invoice.travelAmount().isPresent()
            || invoice.freightAmount().isPresent()
            || invoice.otherAmount().isPresent();
    FieldWire.NewInvoice body =
        new FieldWire.NewInvoice(
            invoice.number(),
            invoice.workOrderIdentifier(),
            invoice.invoiceDate().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null),
            invoice.total(),
            invoice.tax(),
            invoice.text().orElse(null),
            hasAmounts
                ? new FieldWire.Amounts(
                    invoice.laborAmount().orElse(null),
                    invoice.materialAmount().orElse(null),
                    invoice.travelAmount().orElse(null),
                    invoice.freightAmount().orElse(null),
                    invoice.otherAmount().orElse(null))
                : null,
            invoice.labors().isEmpty() ? null : invoice.labors().stream().map(InvoicesResource::labor).toList(),
            invoice.materials().isEmpty()
                ? null
                : invoice.materials().stream().map(InvoicesResource::material).toList());
    return CreatedIds.read(api.createInvoice(body, options), "invoices.create");
  }

  private static FieldWire.Labor labor(LaborLine line) {
    return new FieldWire.Labor(
        Integer.toString(line.skillLevel()),
        Integer.toString(line.laborType()),
        Integer.toString(line.technicians()),
        line.hourlyRate(),
        line.hours(),
        line.amount());
  }

  private static FieldWire.Material material(MaterialLine line) {
    return new FieldWire.Material(
        line.description(),
        line.partNumber().orElse(null),
        Integer.toString(line.unitType()),
        line.unitPrice(),
        line.quantity(),
        line.amount());
  }

  private static List<Long> orEmpty(@Nullable List<Long> ids) {
    return ids == null ? List.of() : ids;
  }
}
