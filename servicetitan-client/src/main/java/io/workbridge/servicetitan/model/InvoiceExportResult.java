package io.workbridge.servicetitan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** ServiceTitan's answer for one invoice of a mark-as-exported call. */
@Value.Immutable
public interface InvoiceExportResult {

  /** The invoice. */
  long invoiceId();

  /** Whether it was marked. */
  boolean success();

  /** Why not. */
  Optional<String> errorMessage();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InvoiceExportResult} instances. */
  final class Builder extends ImmutableInvoiceExportResult.Builder {}
}
