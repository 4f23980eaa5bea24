package io.workbridge.runtime.config;

import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ServiceChannel subscriber's overrides and switches: status mapping (SC-14), invoice trigger (SC-21),
 * note sync (SC-18), IVR instructions and PIN for the booking (SC-2), IVR-only check-ins (SC-11/12),
 * attachments added after completion (SC-15, beyond) and the decline reason (SC-8).
 */
@Value.Immutable
public interface SubscriberConfig {

  /** {@return target statuses replacing the defaults for this subscriber (SC-14)} */
  Map<StatusAction, WorkOrderStatus> statusMapping();

  /**
   * {@return ServiceTitan invoice statuses that send this subscriber's invoices (SC-21); empty for the
   * default}
   */
  List<String> invoiceTrigger();

  /** {@return whether notes sync both ways for this subscriber (SC-18); on by default} */
  @Value.Default
  default boolean noteSync() {
    return true;
  }

  /** {@return IVR check-in instructions, phone and PIN written on the booking (SC-2)} */
  Optional<IvrConfig> ivr();

  /**
   * {@return whether the subscriber takes IVR check-ins only: check-ins and check-outs become notes
   * (SC-11/12)}
   */
  @Value.Default
  default boolean ivrOnly() {
    return false;
  }

  /**
   * {@return whether attachments added after the job is done are sent too (SC-15, beyond); off by default}
   */
  @Value.Default
  default boolean attachmentsAfterDone() {
    return false;
  }

  /**
   * {@return the decline reason for this subscriber (SC-8); {@code serviceChannel.declineReasonId} when
   * empty}
   */
  Optional<Integer> declineReasonId();

  /** Checks the decline reason and the trigger statuses. */
  @Value.Check
  default void check() {
    Checks checks = new Checks();
    declineReasonId().ifPresent(id -> DeclineReasons.check(id, "declineReasonId", checks));
    invoiceTrigger().forEach(status -> checks.notBlank(status, "invoiceTrigger"));
    checks.done("subscriber");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SubscriberConfig} instances. */
  final class Builder extends ImmutableSubscriberConfig.Builder {}
}
