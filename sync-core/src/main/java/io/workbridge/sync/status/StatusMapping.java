package io.workbridge.sync.status;

import io.workbridge.sync.model.WorkOrderStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Which ServiceChannel status each ServiceTitan action leads to, and which ServiceTitan invoice
 * statuses send the invoice. Starts from the defaults of the specification (SC-7, SC-8, SC-10, SC-12,
 * SC-20) and can be changed as a whole or per subscriber (SC-14, SC-21).
 *
 * <pre>{@code
 * StatusMapping mapping = StatusMapping.builder()
 *     .putSubscriberOverride(2014917243L, SubscriberStatusOverrides.builder()
 *         .putTarget(StatusAction.COMPLETE, WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"))
 *         .addInvoiceStatusName("Posted")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class StatusMapping {

  /** The default target statuses of the specification. */
  public static final Map<StatusAction, WorkOrderStatus> DEFAULT_TARGETS = defaultTargets();

  /** The default ServiceTitan invoice status that sends an invoice (SC-20). */
  public static final String DEFAULT_INVOICE_STATUS = "Exported";

  /** {@return the mapping with every default and no override} */
  public static StatusMapping defaults() {
    return builder().build();
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return target statuses replacing the defaults for every subscriber} */
  public abstract Map<StatusAction, WorkOrderStatus> targets();

  /** {@return ServiceTitan invoice statuses that send the invoice; empty means {@code Exported}} */
  public abstract Set<String> invoiceStatusNames();

  /** {@return per-subscriber overrides, by ServiceChannel subscriber id} */
  public abstract Map<Long, SubscriberStatusOverrides> subscriberOverrides();

  /**
   * The status an action leads to for a subscriber: the subscriber's override, else the configured
   * default, else the specification's default.
   *
   * @param subscriberId the ServiceChannel subscriber id
   * @param action the status milestone
   * @return the target status
   */
  public WorkOrderStatus target(long subscriberId, StatusAction action) {
    Optional<WorkOrderStatus> override =
        Optional.ofNullable(subscriberOverrides().get(subscriberId))
            .map(overrides -> overrides.targets().get(action));
    return override.orElseGet(
        () -> targets().getOrDefault(action, DEFAULT_TARGETS.get(action)));
  }

  /**
   * Whether an invoice in this ServiceTitan status is to be sent for the subscriber (case-insensitive): its
   * status is a trigger status, or past one in the order Pending, Posted, Exported (SC-20, SC-21).
   *
   * @param subscriberId the ServiceChannel subscriber id
   * @param invoiceStatus the ServiceTitan invoice status
   * @return true when the status sends the invoice
   */
  public boolean sendsInvoice(long subscriberId, String invoiceStatus) {
    String observed = invoiceStatus.strip().toLowerCase(Locale.ROOT);
    int reached = INVOICE_MILESTONES.indexOf(observed);
    return invoiceStatusesFor(subscriberId).stream()
        .anyMatch(
            trigger ->
                trigger.equals(observed)
                    || (reached >= 0
                        && INVOICE_MILESTONES.contains(trigger)
                        && INVOICE_MILESTONES.indexOf(trigger) <= reached));
  }

  /**
   * ServiceTitan's invoice statuses in the order an invoice reaches them. An export feed shows only the
   * latest, so an invoice first seen {@code Exported} has passed {@code Posted}: a trigger status sends the
   * invoice once the invoice is at it or past it.
   */
  private static final List<String> INVOICE_MILESTONES = List.of("pending", "posted", "exported");

  private Set<String> invoiceStatusesFor(long subscriberId) {
    SubscriberStatusOverrides overrides = subscriberOverrides().get(subscriberId);
    Set<String> statuses =
        overrides != null && !overrides.invoiceStatusNames().isEmpty()
            ? overrides.invoiceStatusNames()
            : invoiceStatusNames().isEmpty() ? Set.of(DEFAULT_INVOICE_STATUS) : invoiceStatusNames();
    return statuses.stream()
        .map(status -> status.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Map<StatusAction, WorkOrderStatus> defaultTargets() {
    Map<StatusAction, WorkOrderStatus> targets = new EnumMap<>(StatusAction.class);
    targets.put(StatusAction.ACCEPT, WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    targets.put(StatusAction.DECLINE, WorkOrderStatus.OPEN_DECLINED);
    targets.put(StatusAction.DISPATCH, WorkOrderStatus.IN_PROGRESS);
    targets.put(StatusAction.COMPLETE, WorkOrderStatus.COMPLETED);
    return Map.copyOf(targets);
  }

  /** Builds {@link StatusMapping} instances. */
  public static final class Builder extends ImmutableStatusMapping.Builder {}
}
