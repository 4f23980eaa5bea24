package io.workbridge.sync.mapping;

import org.immutables.value.Value;

/** One row of a tenant's job-type mapping: a ServiceTitan job type and business unit (LD-4). */
@Value.Immutable
public interface TenantJobType {

  /** {@return the tenant's ServiceTitan job type id} */
  @Value.Parameter
  long jobTypeId();

  /** {@return the tenant's ServiceTitan business unit id} */
  @Value.Parameter
  long businessUnitId();

  /**
   * {@return a tenant job type with its business unit}
   *
   * @param jobTypeId the ServiceTitan job type's id
   * @param businessUnitId the ServiceTitan business unit's id
   */
  static TenantJobType of(long jobTypeId, long businessUnitId) {
    return ImmutableTenantJobType.of(jobTypeId, businessUnitId);
  }
}
