package io.workbridge.servicetitan.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An invoice; ServiceTitan sends its amounts as (nullable) strings, mapped here to decimals. An amount whose
 * text is not a decimal number is absent and named in {@link #unreadableAmounts()}.
 */
@Value.Immutable
public interface Invoice {

  /** {@return the invoice id} */
  long id();

  /** {@return the invoice number} */
  Optional<String> referenceNumber();

  /** {@return accounting status (Pending, Posted, Exported)} */
  InvoiceSyncStatus syncStatus();

  /** {@return invoice date} */
  Optional<Instant> invoiceDate();

  /** {@return due date} */
  Optional<Instant> dueDate();

  /** {@return subtotal} */
  Optional<BigDecimal> subTotal();

  /** {@return sales tax} */
  Optional<BigDecimal> salesTax();

  /** {@return total} */
  Optional<BigDecimal> total();

  /** {@return open balance} */
  Optional<BigDecimal> balance();

  /**
   * {@return the amounts ({@code subTotal}, {@code salesTax}, {@code total}, {@code balance}) whose text was
   * not a decimal number; they are absent above} Empty when every amount sent could be read.
   */
  List<String> unreadableAmounts();

  /** {@return the customer} */
  OptionalLong customerId();

  /** {@return the location} */
  OptionalLong locationId();

  /** {@return the business unit} */
  OptionalLong businessUnitId();

  /** {@return the job} */
  OptionalLong jobId();

  /** {@return the job number} */
  Optional<String> jobNumber();

  /** {@return the id of the export that took it into accounting} */
  Optional<String> exportId();

  /** {@return summary (HTML)} */
  Optional<String> summary();

  /** {@return whether the record is active} */
  boolean active();

  /** {@return when it was created} */
  Instant createdOn();

  /** {@return when it was last modified} */
  Optional<Instant> modifiedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invoice} instances. */
  final class Builder extends ImmutableInvoice.Builder {}
}
