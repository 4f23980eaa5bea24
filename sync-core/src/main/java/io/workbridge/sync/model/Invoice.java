package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceTitan invoice for a job. When its status becomes {@code Exported} (or the status mapped
 * for the subscriber), its information is sent to ServiceChannel (SC-20, SC-21).
 */
@Value.Immutable
public interface Invoice {

  /** The ServiceTitan invoice id. */
  long id();

  /** The invoice number (ServiceTitan reference number). */
  String number();

  /** The job it bills. */
  long jobId();

  /** The ServiceTitan status as text, e.g. {@code "Pending"}, {@code "Posted"}, {@code "Exported"}. */
  String status();

  /** The invoice date. */
  Instant invoiceDate();

  /** Total before tax. */
  Money subTotal();

  /** Sales tax. */
  Money tax();

  /** Total including tax. */
  Money total();

  /** A summary or resolution text, when there is one. */
  Optional<String> summary();

  /** When the invoice last changed. */
  Instant modifiedAt();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invoice} instances. */
  final class Builder extends ImmutableInvoice.Builder {}
}
