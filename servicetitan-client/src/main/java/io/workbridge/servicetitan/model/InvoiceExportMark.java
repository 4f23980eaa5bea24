package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One invoice to mark as exported to an accounting system. */
@Value.Immutable
public interface InvoiceExportMark {

  /** {@return the invoice} */
  long invoiceId();

  /** {@return the id in the accounting system} */
  Optional<String> externalId();

  /** {@return a message for people} */
  Optional<String> externalMessage();

  /**
   * {@return shorthand}
   *
   * @param invoiceId the ServiceTitan invoice's id
   * @param externalId the invoice's id in the accounting system
   */
  static InvoiceExportMark of(long invoiceId, String externalId) {
    return builder().invoiceId(invoiceId).externalId(externalId).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InvoiceExportMark} instances. */
  final class Builder extends ImmutableInvoiceExportMark.Builder {}
}
