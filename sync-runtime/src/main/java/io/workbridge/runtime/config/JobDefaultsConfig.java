package io.workbridge.runtime.config;

import org.immutables.value.Value;

/** The business unit, job type and campaign of a job created directly (SC-4) whose rule names none. */
@Value.Immutable
public interface JobDefaultsConfig {
  /** {@return the business unit id} */
  long businessUnitId();

  /** {@return the job type id} */
  long jobTypeId();

  /** {@return the campaign id} */
  long campaignId();

  /** Checks the ids are positive. */
  @Value.Check
  default void check() {
    new Checks()
        .id(businessUnitId(), "businessUnitId")
        .id(jobTypeId(), "jobTypeId")
        .id(campaignId(), "campaignId")
        .done("job defaults");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobDefaultsConfig} instances. */
  final class Builder extends ImmutableJobDefaultsConfig.Builder {}
}
