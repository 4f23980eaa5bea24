package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One invoice to mark as exported to an accounting system. */
@Value.Immutable
public interface InvoiceExportMark {

  /** The invoice. */
  long invoiceId();

  /** The id in the accounting system. */
  Optional<String> externalId();

  /** A message for people. */
  Optional<String> externalMessage();

  /** Shorthand. */
  static InvoiceExportMark of(long invoiceId, String externalId) {
    return builder().invoiceId(invoiceId).externalId(externalId).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InvoiceExportMark} instances. */
  final class Builder extends ImmutableInvoiceExportMark.Builder {}
}
