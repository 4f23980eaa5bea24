package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.status.StatusMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How one connection's work-order sync behaves: the provider's company name (for SC-13 notes), the
 * activation instant (SC-3), status mapping (SC-7…SC-14, SC-20/21), field templates (SC-2, SC-22),
 * auto-conversion rules (SC-4), per-subscriber preferences, and the technician → ServiceChannel user
 * mapping for check-ins (SC-11/12).
 */
@Value.Immutable
public interface WorkOrderSyncSettings {

  /** {@return the provider company's name, as shown in the SC-13 notes} */
  String companyName();

  /** {@return work orders created before this instant are never synced (SC-3)} */
  Instant activatedAt();

  /** {@return status mapping; the specification's defaults unless set} */
  @Value.Default
  default StatusMapping statusMapping() {
    return StatusMapping.defaults();
  }

  /** {@return field templates; every field, no IVR, no NTE field unless set} */
  @Value.Default
  default FieldTemplates fieldTemplates() {
    return FieldTemplates.defaults();
  }

  /** {@return auto-conversion rules; none (every work order becomes a booking) unless set} */
  @Value.Default
  default ConversionRules conversionRules() {
    return ConversionRules.none();
  }

  /** {@return preferences per ServiceChannel subscriber id; {@link #defaultPreferences()} otherwise} */
  Map<Long, SubscriberPreferences> subscriberPreferences();

  /**
   * {@return the preferences of subscribers without their own (e.g. the provider's usual decline reason);
   * {@link SubscriberPreferences#DEFAULTS} unless set}
   */
  @Value.Default
  default SubscriberPreferences defaultPreferences() {
    return SubscriberPreferences.DEFAULTS;
  }

  /** {@return ServiceTitan technician id → the technician's own ServiceChannel user id} */
  Map<Long, Long> technicianUsers();

  /**
   * {@return how long an effect whose outcome is unknown (a timeout, a dropped connection) is left alone
   * before it is looked up and retried: long enough for a slow write to land on the remote system} 60 s by
   * default.
   */
  @Value.Default
  default Duration uncertainEffectSettle() {
    return Duration.ofSeconds(60);
  }

  /**
   * How a record whose handling fails transiently is retried while its stream goes on, and when it is
   * quarantined; {@link RecordRetryPolicy#DEFAULTS} unless set.
   *
   * @return the record retry policy
   */
  @Value.Default
  default RecordRetryPolicy recordRetry() {
    return RecordRetryPolicy.DEFAULTS;
  }

  /** {@return how many records to read per page} */
  @Value.Default
  default int pageSize() {
    return 50;
  }

  /** {@return the most pages to read per stream in one cycle} */
  @Value.Default
  default int maxPagesPerCycle() {
    return 20;
  }

  /**
   * How many ServiceChannel work orders are handled at once: the records of a page go to up to this many
   * workers, each work order to one worker at a time (its steps stay in order), and the page's cursor moves
   * once all of them are handled. 1 handles them one after the other. The ServiceTitan events are handled
   * one after the other whatever this says. 4 by default.
   *
   * @return the number of workers, at least 1
   */
  @Value.Default
  default int concurrency() {
    return 4;
  }

  /**
   * The preferences of one subscriber.
   *
   * @param subscriberId the ServiceChannel subscriber id
   * @return its preferences, or {@link #defaultPreferences()}
   */
  default SubscriberPreferences preferencesFor(long subscriberId) {
    return subscriberPreferences().getOrDefault(subscriberId, defaultPreferences());
  }

  /** Checks the numbers are sensible. */
  @Value.Check
  default void check() {
    if (pageSize() < 1 || maxPagesPerCycle() < 1) {
      throw new IllegalArgumentException("pageSize and maxPagesPerCycle must be positive");
    }
    if (concurrency() < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency());
    }
    if (companyName().isBlank()) {
      throw new IllegalArgumentException("companyName must not be blank");
    }
    if (uncertainEffectSettle().isNegative()) {
      throw new IllegalArgumentException("uncertainEffectSettle must not be negative");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrderSyncSettings} instances. */
  final class Builder extends ImmutableWorkOrderSyncSettings.Builder {}
}
