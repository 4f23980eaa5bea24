package io.workbridge.runtime.config;

import java.util.List;
import org.immutables.value.Value;

/**
 * One row of the leads' standard-job-type table (LD-3/4/5): whether the type is posted at all, the alert
 * types that map to it when they differ from LD-3's table, and the tenant's job type(s) and business unit(s)
 * per trade. Two different rows for one trade make the type ambiguous: nothing is pre-filled (LD-4).
 */
@Value.Immutable
public interface JobTypeConfig {
  /** {@return whether leads of this standard job type are posted (LD-5); on by default} */
  @Value.Default
  default boolean enabled() {
    return true;
  }

  /**
   * {@return alert types mapped to this standard job type, replacing LD-3's mapping for them; none by
   * default}
   */
  List<String> alertTypes();

  /** {@return the tenant's job types and business units for this standard job type, per trade (LD-4)} */
  List<TenantJobTypeConfig> tenantJobTypes();

  /** Checks the alert type names. */
  @Value.Check
  default void check() {
    Checks checks = new Checks();
    alertTypes().forEach(type -> checks.notBlank(type, "alertTypes"));
    checks.done("job type");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobTypeConfig} instances. */
  final class Builder extends ImmutableJobTypeConfig.Builder {}
}
