package io.workbridge.sync.mapping;

import org.immutables.value.Value;

/** One row of a tenant's job-type mapping: a ServiceTitan job type and business unit (LD-4). */
@Value.Immutable
public interface TenantJobType {

  /** The tenant's ServiceTitan job type id. */
  @Value.Parameter
  long jobTypeId();

  /** The tenant's ServiceTitan business unit id. */
  @Value.Parameter
  long businessUnitId();

  /** A tenant job type with its business unit. */
  static TenantJobType of(long jobTypeId, long businessUnitId) {
    return ImmutableTenantJobType.of(jobTypeId, businessUnitId);
  }
}
