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
  /** {@return the invoice number (unique per subscriber)} */
  String number();

  /** {@return the work order: its tracking number or, for providers, its number} */
  String workOrderIdentifier();

  /** {@return the invoice date (with offset)} */
  Optional<OffsetDateTime> invoiceDate();

  /** {@return the total including tax} */
  BigDecimal total();

  /** {@return the tax amount} */
  @Value.Default
  default BigDecimal tax() {
    return BigDecimal.ZERO;
  }

  /** {@return the resolution text ({@code InvoiceText})} */
  Optional<String> text();

  /** {@return the labour amount (must equal the sum of the labour lines)} */
  Optional<BigDecimal> laborAmount();

  /** {@return the material amount (must equal the sum of the material lines)} */
  Optional<BigDecimal> materialAmount();

  /** {@return the travel amount} */
  Optional<BigDecimal> travelAmount();

  /** {@return the freight amount} */
  Optional<BigDecimal> freightAmount();

  /** {@return other charges} */
  Optional<BigDecimal> otherAmount();

  /** {@return labour line items} */
  List<LaborLine> labors();

  /** {@return material line items} */
  List<MaterialLine> materials();

  /** Rejects a blank number or work order identifier. */
  @Value.Check
  default void check() {
    if (number().isBlank() || workOrderIdentifier().isBlank()) {
      throw new IllegalStateException("an invoice needs a number and a work order identifier");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewInvoice}. */
  class Builder extends ImmutableNewInvoice.Builder {}
}
