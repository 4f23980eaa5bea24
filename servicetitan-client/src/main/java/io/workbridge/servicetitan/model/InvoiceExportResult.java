package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** ServiceTitan's answer for one invoice of a mark-as-exported call. */
@Value.Immutable
public interface InvoiceExportResult {

  /** {@return the invoice} */
  long invoiceId();

  /** {@return whether it was marked} */
  boolean success();

  /** {@return why not} */
  Optional<String> errorMessage();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InvoiceExportResult} instances. */
  final class Builder extends ImmutableInvoiceExportResult.Builder {}
}
