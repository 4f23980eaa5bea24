package io.workbridge.servicechannel.resource;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.internal.CreatedIds;
import io.workbridge.servicechannel.internal.FieldWire;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.Values;
import io.workbridge.servicechannel.model.InvoiceRequirements;
import io.workbridge.servicechannel.model.LaborLine;
import io.workbridge.servicechannel.model.MaterialLine;
import io.workbridge.servicechannel.model.NewInvoice;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Invoices: a subscriber's requirements, and creating an invoice with line items. Refusals arrive as {@link
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
