package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Sleeper;
import io.workbridge.client.SkipTopPaging;
import io.workbridge.servicechannel.internal.CreatedIds;
import io.workbridge.servicechannel.internal.FieldWire;
import io.workbridge.servicechannel.internal.Mapper;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.Values;
import io.workbridge.servicechannel.internal.Wire;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.InvoiceRequirements;
import io.workbridge.servicechannel.model.LaborLine;
import io.workbridge.servicechannel.model.MaterialLine;
import io.workbridge.servicechannel.model.NewInvoice;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
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
  private final Sleeper sleeper;

  /**
   * For {@link io.workbridge.servicechannel.ServiceChannelClient}.
   *
   * @param api the client's Retrofit interface
   * @param sleeper waits between attempts
   */
  public InvoicesResource(ScApi api, Sleeper sleeper) {
    this.api = Objects.requireNonNull(api, "api");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * {@return the subscriber's invoice rules ({@code GET /invoices/{subscriberId}/InvoiceRequirements})}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   */
  public InvoiceRequirements requirements(long subscriberId) {
    return requirements(subscriberId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   * @param options per-call options (timeout, extra headers) for this request
   */
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
   * {@return the invoices of one work order ({@code GET /odata/invoices?$filter=WoTrackingNumber eq n}), oldest first,
   * fetched page by page as the caller iterates} ServiceChannel lists invoices posted in the last 90 days
   * unless a filter on dates says otherwise, which is enough to find an invoice just created.
   *
   * <p>The description marks the list for subscribers: provider users are often refused with a {@link
   * io.workbridge.servicechannel.PermissionDeniedException} (401, code 504) — be ready to do without it.
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public PageIterable<Invoice> listByWorkOrder(long workOrderId) {
    return listByWorkOrder(workOrderId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
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
            invoices.add(Mapper.invoice(wires.get(i), "invoices.list", page.itemPath(i)));
          }
          return SkipTopPaging.Response.of(invoices, page.count());
        });
  }

  /**
   * Creates an invoice ({@code POST /invoices}) and returns its id.
   *
   * <p>ServiceChannel documents the 201 answer as {@code {"Id": n}}; the official description gives it no
   * body. When the answer carries no id the invoice was still created: the client then looks it up by its
   * number ({@code GET /odata/invoices?$filter=Number eq '…'}, matching the work order when the identifier is
   * a tracking number), repeating the lookup over ServiceChannel's read-replica lag (about 30 s: at once and
   * after 1, 2, 4, 8 and 16 s). Provider users may lack the right to read invoices; the lookup then finds
   * nothing. The result says which way the id was learned; when neither found it, its id is empty — never
   * repeat the write then (a second invoice with the number is refused as a duplicate, 1107).
   *
   * @param invoice the invoice
   * @throws io.workbridge.servicechannel.InvoiceRejectedException when ServiceChannel refuses it
   * @return the new invoice's id
   */
  public CreatedId create(NewInvoice invoice) {
    return create(invoice, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param invoice the invoice
   * @param options per-call options (timeout, extra headers) for this request
   */
  public CreatedId create(NewInvoice invoice, RequestOptions options) {
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
    OptionalLong answered = CreatedIds.read(api.createInvoice(body, options));
    if (answered.isPresent()) {
      return CreatedId.fromAnswer(answered.getAsLong());
    }
    OptionalLong found = CreatedIds.resolve("invoices.create", () -> findByNumber(invoice, options), sleeper);
    return found.isPresent() ? CreatedId.fromLookup(found.getAsLong()) : CreatedId.unresolved();
  }

  /** The invoice with the new invoice's number (and work order, when the identifier is a tracking number). */
  private OptionalLong findByNumber(NewInvoice invoice, RequestOptions options) {
    String filter = ODataFilter.eq("Number", invoice.number()).expression();
    Wire.ODataList<Wire.Invoice> rows = api.listInvoices(filter, null, WorkOrderQuery.MAX_PAGE_SIZE, 0, false, options);
    Long trackingNumber = trackingNumber(invoice.workOrderIdentifier());
    for (Wire.Invoice row : rows.value() == null ? List.<Wire.Invoice>of() : rows.value()) {
      if (row == null || row.id() == null || !invoice.number().equals(row.number())) {
        continue;
      }
      if (trackingNumber == null || row.workOrderId() == null || trackingNumber.equals(row.workOrderId())) {
        return OptionalLong.of(row.id());
      }
    }
    return OptionalLong.empty();
  }

  private static @Nullable Long trackingNumber(String workOrderIdentifier) {
    try {
      return Long.parseLong(workOrderIdentifier.strip());
    } catch (NumberFormatException notATrackingNumber) {
      return null;
    }
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
