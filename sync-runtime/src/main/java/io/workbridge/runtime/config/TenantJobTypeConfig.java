package io.workbridge.runtime.config;

import io.workbridge.sync.model.Trade;
import org.immutables.value.Value;

/** A tenant job type and business unit for a standard job type in one trade vertical (LD-4). */
@Value.Immutable
public interface TenantJobTypeConfig {
  /**
   * The trade vertical: {@code HVAC} (the default), {@code Plumbing}, {@code Electrical}, …
   *
   * @return the trade vertical: {@code HVAC} (the default), {@code Plumbing}, {@code Electrical} or another
   */
  @Value.Default
  default String trade() {
    return Trade.HVAC;
  }

  /** {@return the tenant's job type id} */
  long jobTypeId();

  /** {@return the business unit id} */
  long businessUnitId();

  /** Checks the trade and the ids. */
  @Value.Check
  default void check() {
    new Checks()
        .notBlank(trade(), "trade")
        .id(jobTypeId(), "jobTypeId")
        .id(businessUnitId(), "businessUnitId")
        .done("tenant job type");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TenantJobTypeConfig} instances. */
  final class Builder extends ImmutableTenantJobTypeConfig.Builder {}
}
