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

  /** The invoice id. */
  long id();

  /** The invoice number. */
  Optional<String> referenceNumber();

  /** Accounting status (Pending, Posted, Exported). */
  InvoiceSyncStatus syncStatus();

  /** Invoice date. */
  Optional<Instant> invoiceDate();

  /** Due date. */
  Optional<Instant> dueDate();

  /** Subtotal. */
  Optional<BigDecimal> subTotal();

  /** Sales tax. */
  Optional<BigDecimal> salesTax();

  /** Total. */
  Optional<BigDecimal> total();

  /** Open balance. */
  Optional<BigDecimal> balance();

  /**
   * The amounts ({@code subTotal}, {@code salesTax}, {@code total}, {@code balance}) whose text was not a
   * decimal number; they are absent above. Empty when every amount sent could be read.
   */
  List<String> unreadableAmounts();

  /** The customer. */
  OptionalLong customerId();

  /** The location. */
  OptionalLong locationId();

  /** The business unit. */
  OptionalLong businessUnitId();

  /** The job. */
  OptionalLong jobId();

  /** The job number. */
  Optional<String> jobNumber();

  /** The id of the export that took it into accounting. */
  Optional<String> exportId();

  /** Summary (HTML). */
  Optional<String> summary();

  /** Whether the record is active. */
  boolean active();

  /** When it was created. */
  Instant createdOn();

  /** When it was last modified. */
  Optional<Instant> modifiedOn();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invoice} instances. */
  final class Builder extends ImmutableInvoice.Builder {}
}
