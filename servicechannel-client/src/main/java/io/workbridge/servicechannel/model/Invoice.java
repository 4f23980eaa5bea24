package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An invoice as ServiceChannel's OData invoice list shows it ({@code GET /odata/invoices}): its id and number,
 * the work order it bills, its status and amounts.
 */
@Value.Immutable
public interface Invoice {
  /** The invoice id ({@code Id}). */
  long id();

  /** The invoice number the provider gave it ({@code Number}). */
  String number();

  /** The status as ServiceChannel writes it, for example {@code OPEN}, {@code APPROVED}, {@code PAID}. */
  Optional<String> status();

  /** The work order's tracking number ({@code WoTrackingNumber}). */
  OptionalLong workOrderId();

  /** The total with taxes ({@code InvoiceTotal}). */
  Optional<BigDecimal> total();

  /** The tax ({@code InvoiceTax}). */
  Optional<BigDecimal> tax();

  /** What is left to pay ({@code InvoiceBalance}). */
  Optional<BigDecimal> balance();

  /** The ISO 4217 code of the invoice's currency, for example {@code USD}. */
  Optional<String> currency();

  /** The invoice date the provider gave ({@code InvoiceDate}). */
  Optional<Instant> invoiceDate();

  /** When the invoice was posted to ServiceChannel ({@code PostedDate}). */
  Optional<Instant> postedDate();

  /** When the subscriber approved it ({@code ApprovedDate}). */
  Optional<Instant> approvedDate();

  /** When it was paid ({@code PaidDate}). */
  Optional<Instant> paidDate();

  /** When it last changed ({@code UpdatedDate}). */
  Optional<Instant> updatedDate();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invoice}. */
  class Builder extends ImmutableInvoice.Builder {}
}
