package io.workbridge.servicechannel.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Sleeper;
import io.workbridge.client.spi.paging.SkipTopPaging;
import io.workbridge.servicechannel.model.CreatedId;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.InvoiceRequirements;
import io.workbridge.servicechannel.model.LaborLine;
import io.workbridge.servicechannel.model.MaterialLine;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.resource.InvoicesResource;
import io.workbridge.servicechannel.resource.ODataFilter;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The {@link InvoicesResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpInvoicesResource implements InvoicesResource {
  private final ScApi api;
  private final Sleeper sleeper;

  /** Creates the resource; the client calls this. */
  public HttpInvoicesResource(ScApi api, Sleeper sleeper) {
    this.api = Objects.requireNonNull(api, "api");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public InvoiceRequirements requirements(long subscriberId) {
    return requirements(subscriberId, RequestOptions.none());
  }

  @Override
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

  @Override
  public PageIterable<Invoice> listByWorkOrder(long workOrderId) {
    return listByWorkOrder(workOrderId, RequestOptions.none());
  }

  @Override
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

  @Override
  public CreatedId create(NewInvoice invoice) {
    return create(invoice, RequestOptions.none());
  }

  @Override
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
            invoice.labors().isEmpty() ? null : invoice.labors().stream().map(HttpInvoicesResource::labor).toList(),
            invoice.materials().isEmpty()
                ? null
                : invoice.materials().stream().map(HttpInvoicesResource::material).toList());
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
