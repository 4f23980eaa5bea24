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

  /** {@return the ServiceTitan invoice id} */
  long id();

  /** {@return the invoice number (ServiceTitan reference number)} */
  String number();

  /** {@return the job it bills} */
  long jobId();

  /**
   * {@return the ServiceTitan status as text, e.g. {@code "Pending"}, {@code "Posted"}, {@code "Exported"}}
   */
  String status();

  /** {@return the invoice date} */
  Instant invoiceDate();

  /** {@return total before tax} */
  Money subTotal();

  /** {@return sales tax} */
  Money tax();

  /** {@return total including tax} */
  Money total();

  /** {@return a summary or resolution text, when there is one} */
  Optional<String> summary();

  /** {@return when the invoice last changed} */
  Instant modifiedAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Invoice} instances. */
  final class Builder extends ImmutableInvoice.Builder {}
}
