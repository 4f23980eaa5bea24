package io.workbridge.runtime.config;

import org.immutables.value.Value;

/** The business unit, job type and campaign of a job created directly (SC-4) whose rule names none. */
@Value.Immutable
public interface JobDefaultsConfig {
  /** The business unit id. */
  long businessUnitId();

  /** The job type id. */
  long jobTypeId();

  /** The campaign id. */
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

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobDefaultsConfig} instances. */
  final class Builder extends ImmutableJobDefaultsConfig.Builder {}
}
