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
  /** {@return the invoice id ({@code Id})} */
  long id();

  /** {@return the invoice number the provider gave it ({@code Number})} */
  String number();

  /**
   * {@return the status as ServiceChannel writes it, for example {@code OPEN}, {@code APPROVED}, {@code
   * PAID}}
   */
  Optional<String> status();

  /** {@return the work order's tracking number ({@code WoTrackingNumber})} */
  OptionalLong workOrderId();

  /** {@return the total with taxes ({@code InvoiceTotal})} */
  Optional<BigDecimal> total();

  /** {@return the tax ({@code InvoiceTax})} */
  Optional<BigDecimal> tax();

  /** {@return what is left to pay ({@code InvoiceBalance})} */
  Optional<BigDecimal> balance();

  /** {@return the ISO 4217 code of the invoice's currency, for example {@code USD}} */
  Optional<String> currency();

  /** {@return the invoice date the provider gave ({@code InvoiceDate})} */
  Optional<Instant> invoiceDate();

  /** {@return when the invoice was posted to ServiceChannel ({@code PostedDate})} */
  Optional<Instant> postedDate();

  /** {@return when the subscriber approved it ({@code ApprovedDate})} */
  Optional<Instant> approvedDate();

  /** {@return when it was paid ({@code PaidDate})} */
  Optional<Instant> paidDate();

  /** {@return when it last changed ({@code UpdatedDate})} */
  Optional<Instant> updatedDate();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invoice}. */
  class Builder extends ImmutableInvoice.Builder {}
}
