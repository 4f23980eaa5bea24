package io.workbridge.sync.mapping;

import io.workbridge.sync.model.WorkOrder;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One auto-conversion rule (SC-4): work orders matching every given criterion (subscriber, location,
 * trade, category, priority; absent criteria match anything, text compares case-insensitively) become a
 * booking or a job, with the job's ServiceTitan settings.
 */
@Value.Immutable
public interface ConversionRule {

  /** {@return only work orders of this subscriber} */
  Optional<Long> subscriberId();

  /** {@return only work orders at this ServiceChannel location (store)} */
  Optional<Long> locationId();

  /** {@return only work orders of this trade} */
  Optional<String> trade();

  /** {@return only work orders of this category} */
  Optional<String> category();

  /** {@return only work orders of this priority} */
  Optional<String> priority();

  /** {@return what matching work orders become} */
  ConversionTarget target();

  /** {@return the job's business unit, for {@link ConversionTarget#JOB}} */
  Optional<Long> businessUnitId();

  /** {@return the job's type, for {@link ConversionTarget#JOB}} */
  Optional<Long> jobTypeId();

  /** {@return the job's campaign, for {@link ConversionTarget#JOB}} */
  Optional<Long> campaignId();

  /** {@return the ServiceTitan priority ({@code Low}, {@code Normal}, {@code High}, {@code Urgent})} */
  Optional<String> fieldPriority();

  /**
   * Whether the work order meets every criterion of this rule.
   *
   * @param workOrder the work order
   * @return true when it matches
   */
  default boolean matches(WorkOrder workOrder) {
    return subscriberId().map(id -> id == workOrder.subscriber().id()).orElse(true)
        && locationId().map(id -> id == workOrder.location().id()).orElse(true)
        && sameText(trade(), workOrder.trade())
        && sameText(category(), workOrder.category())
        && sameText(priority(), workOrder.priority());
  }

  private static boolean sameText(Optional<String> wanted, Optional<String> actual) {
    if (wanted.isEmpty()) {
      return true;
    }
    return actual
        .map(value -> value.strip().toLowerCase(Locale.ROOT))
        .filter(value -> value.equals(wanted.get().strip().toLowerCase(Locale.ROOT)))
        .isPresent();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConversionRule} instances. */
  final class Builder extends ImmutableConversionRule.Builder {}
}
