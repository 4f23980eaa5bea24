package io.workbridge.runtime.config;

import io.workbridge.sync.mapping.ConversionTarget;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One auto-conversion rule (SC-4): work orders matching every criterion given (subscriber, location, trade,
 * category, priority; text compared ignoring case) become a booking or, once the subscriber location's
 * ServiceTitan customer is known (SC-5), a job with this business unit, job type, campaign and priority.
 */
@Value.Immutable
public interface AutoConvertRuleConfig {
  /** ServiceTitan's job priorities. */
  List<String> FIELD_PRIORITIES = List.of("Low", "Normal", "High", "Urgent");

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

  /** {@return what matching work orders become: {@code booking} or {@code job}} */
  ConversionTarget target();

  /** {@return the job's business unit (else {@code serviceTitan.jobDefaults})} */
  Optional<Long> businessUnitId();

  /** {@return the job's type (else {@code serviceTitan.jobDefaults})} */
  Optional<Long> jobTypeId();

  /** {@return the job's campaign (else {@code serviceTitan.jobDefaults})} */
  Optional<Long> campaignId();

  /**
   * {@return the job's ServiceTitan priority: {@code Low}, {@code Normal}, {@code High} or {@code Urgent}}
   */
  Optional<String> fieldPriority();

  /** Checks ids and the priority. */
  @Value.Check
  default void check() {
    Checks checks =
        new Checks()
            .id(subscriberId(), "subscriberId")
            .id(locationId(), "locationId")
            .id(businessUnitId(), "businessUnitId")
            .id(jobTypeId(), "jobTypeId")
            .id(campaignId(), "campaignId");
    fieldPriority().ifPresent(
        priority ->
            checks.require(FIELD_PRIORITIES.contains(priority), "fieldPriority", "expected one of " + FIELD_PRIORITIES + ", was '" + priority + "'"));
    checks.done("auto-conversion rule");
  }

  /** {@return whether a job made by this rule names its business unit, job type and campaign itself} */
  default boolean namesItsJobSettings() {
    return businessUnitId().isPresent() && jobTypeId().isPresent() && campaignId().isPresent();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AutoConvertRuleConfig} instances. */
  final class Builder extends ImmutableAutoConvertRuleConfig.Builder {}
}
