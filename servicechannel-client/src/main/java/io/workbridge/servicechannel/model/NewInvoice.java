package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An invoice to create ({@code POST /invoices}). The work order must be COMPLETED (blank extended status) or
 * COMPLETED / CONFIRMED, the total may not exceed its NTE, and the number must be unique.
 */
@Value.Immutable
public interface NewInvoice {
  /** The invoice number (unique per subscriber). */
  String number();

  /** The work order: its tracking number or, for providers, its number. */
  String workOrderIdentifier();

  /** The invoice date (with offset). */
  Optional<OffsetDateTime> invoiceDate();

  /** The total including tax. */
  BigDecimal total();

  /** The tax amount. */
  @Value.Default
  default BigDecimal tax() {
    return BigDecimal.ZERO;
  }

  /** The resolution text ({@code InvoiceText}). */
  Optional<String> text();

  /** The labour amount (must equal the sum of the labour lines). */
  Optional<BigDecimal> laborAmount();

  /** The material amount (must equal the sum of the material lines). */
  Optional<BigDecimal> materialAmount();

  /** The travel amount. */
  Optional<BigDecimal> travelAmount();

  /** The freight amount. */
  Optional<BigDecimal> freightAmount();

  /** Other charges. */
  Optional<BigDecimal> otherAmount();

  /** Labour line items. */
  List<LaborLine> labors();

  /** Material line items. */
  List<MaterialLine> materials();

  /** Rejects a blank number or work order identifier. */
  @Value.Check
  default void check() {
    if (number().isBlank() || workOrderIdentifier().isBlank()) {
      throw new IllegalStateException("an invoice needs a number and a work order identifier");
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewInvoice}. */
  class Builder extends ImmutableNewInvoice.Builder {}
}
