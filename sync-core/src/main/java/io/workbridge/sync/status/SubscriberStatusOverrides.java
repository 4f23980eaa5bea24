package io.workbridge.sync.status;

import io.workbridge.sync.model.WorkOrderStatus;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One subscriber's overrides of the default status mapping (SC-14, SC-21): target statuses for some
 * actions (e.g. {@code COMPLETE → COMPLETED / PENDING CONFIRMATION}) and the ServiceTitan invoice
 * statuses that send an invoice. Anything not overridden falls back to the defaults.
 */
@Value.Immutable
public interface SubscriberStatusOverrides {

  /** {@return target statuses that replace the defaults for this subscriber} */
  Map<StatusAction, WorkOrderStatus> targets();

  /**
   * {@return ServiceTitan invoice statuses that send the invoice for this subscriber; empty means "use the
   * default"}
   */
  Set<String> invoiceStatusNames();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SubscriberStatusOverrides} instances. */
  final class Builder extends ImmutableSubscriberStatusOverrides.Builder {}
}
