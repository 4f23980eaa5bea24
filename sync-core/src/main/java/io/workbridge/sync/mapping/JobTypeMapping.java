package io.workbridge.sync.mapping;

import io.workbridge.sync.model.AlertType;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the ServiceTitan job type of a lead in two steps: alert type → standard job type (LD-3,
 * with the default table below), then standard job type → the tenant's own job type and business
 * unit for the lead's trade vertical (LD-4). Each standard job type can be switched off (LD-5; all
 * are on by default). Names are compared ignoring case, spacing and punctuation.
 *
 * <p>The ambiguity rule of LD-4: when one standard job type maps, for one trade, to more than one
 * tenant job type and/or business unit, neither is pre-filled and the CSR chooses.
 *
 * <p>Immutable and thread-safe.
 */
public final class JobTypeMapping {

  /** The default alert type → standard job type table of LD-3. */
  public static final Map<String, String> DEFAULT_STANDARD_JOB_TYPES = defaultTable();

  private final Map<String, String> standardByAlertKey;
  private final Map<String, Set<TenantJobType>> tenantByTradeAndStandardKey;
  private final Set<String> disabledStandardKeys;

  private JobTypeMapping(Builder builder) {
    this.standardByAlertKey = Map.copyOf(builder.standardByAlertKey);
    Map<String, Set<TenantJobType>> tenant = new HashMap<>();
    builder.tenantByTradeAndStandardKey.forEach((k, v) -> tenant.put(k, Set.copyOf(v)));
    this.tenantByTradeAndStandardKey = Map.copyOf(tenant);
    this.disabledStandardKeys = Set.copyOf(builder.disabledStandardKeys);
  }

  /** {@return the LD-3 defaults, nothing mapped to tenant job types, every standard job type enabled} */
  public static JobTypeMapping defaults() {
    return builder().build();
  }

  /** {@return a builder pre-loaded with the LD-3 default table} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the standard job type of an alert type, if it has one (LD-3)}
   *
   * @param alertType the vendor's alert type
   */
  public Optional<String> standardJobTypeFor(String alertType) {
    return Optional.ofNullable(standardByAlertKey.get(NameKey.of(alertType)));
  }

  /**
   * {@return whether a standard job type is enabled (LD-5); types never switched off are enabled}
   *
   * @param standardJobType the standard job type
   */
  public boolean isEnabled(String standardJobType) {
    return !disabledStandardKeys.contains(NameKey.of(standardJobType));
  }

  /**
   * {@return the tenant job types mapped to a standard job type for a trade (LD-4); possibly several}
   *
   * @param trade the trade
   * @param standardJobType the standard job type
   */
  public Set<TenantJobType> tenantJobTypes(String trade, String standardJobType) {
    return tenantByTradeAndStandardKey.getOrDefault(tradeKey(trade, standardJobType), Set.of());
  }

  /**
   * Resolves an alert: its standard job type, whether it is enabled, and what to pre-fill.
   *
   * @param alertType the vendor's alert type
   * @param trade the lead's trade vertical
   * @return the resolution; never null
   */
  public JobTypeResolution resolve(String alertType, String trade) {
    JobTypeResolution.Builder result = JobTypeResolution.builder();
    Optional<String> standard = standardJobTypeFor(alertType);
    if (standard.isEmpty()) {
      return result.outcome(JobTypeResolution.Outcome.UNKNOWN_ALERT_TYPE).build();
    }
    result.standardJobType(standard.get());
    if (!isEnabled(standard.get())) {
      return result.outcome(JobTypeResolution.Outcome.DISABLED).build();
    }
    Set<TenantJobType> mapped = tenantJobTypes(trade, standard.get());
    if (mapped.isEmpty()) {
      return result.outcome(JobTypeResolution.Outcome.UNMAPPED).build();
    }
    if (mapped.size() > 1) {
      return result.outcome(JobTypeResolution.Outcome.AMBIGUOUS).build();
    }
    TenantJobType only = mapped.iterator().next();
    return result
        .outcome(JobTypeResolution.Outcome.PREFILLED)
        .jobTypeId(only.jobTypeId())
        .businessUnitId(only.businessUnitId())
        .build();
  }

  private static String tradeKey(String trade, String standardJobType) {
    return NameKey.of(trade) + "|" + NameKey.of(standardJobType);
  }

  private static Map<String, String> defaultTable() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put(AlertType.WATER_DETECTED, StandardJobType.LEAK_DETECTED);
    table.put(AlertType.POOR_HEATING_PERFORMANCE, StandardJobType.REPAIR_HEATING_SYSTEM);
    table.put(AlertType.POOR_COOLING_PERFORMANCE, StandardJobType.REPAIR_AC);
    table.put(AlertType.COIL_FREEZE_WARNING, StandardJobType.REPAIR_AC);
    table.put(AlertType.SERVICE_REQUEST_NORMAL, StandardJobType.AC_MAINTENANCE);
    table.put(AlertType.SERVICE_REQUEST_TUNE_UP, StandardJobType.HVAC_MAINTENANCE);
    table.put(AlertType.SERVICE_REQUEST_EMERGENCY, StandardJobType.REPAIR_HVAC);
    return Collections.unmodifiableMap(table);
  }

  /** Builds {@link JobTypeMapping}; starts from the LD-3 defaults. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> standardByAlertKey = new HashMap<>();
    private final Map<String, Set<TenantJobType>> tenantByTradeAndStandardKey = new HashMap<>();
    private final Set<String> disabledStandardKeys = new LinkedHashSet<>();

    private Builder() {
      DEFAULT_STANDARD_JOB_TYPES.forEach(this::standardJobType);
    }

    /**
     * Maps (or re-maps) an alert type to a standard job type, overriding the LD-3 default.
     *
     * @param alertType the vendor's alert type
     * @param standardJobType the standard job type
     * @return this builder
     */
    public Builder standardJobType(String alertType, String standardJobType) {
      standardByAlertKey.put(NameKey.of(alertType), standardJobType);
      return this;
    }

    /**
     * Adds one row of the tenant's job-type mapping (LD-4). Adding a second, different row for the
     * same trade and standard job type makes it ambiguous: nothing will be pre-filled.
     *
     * @param trade the trade
     * @param standardJobType the standard job type
     * @param jobTypeId the ServiceTitan job type's id
     * @param businessUnitId the ServiceTitan business unit's id
     * @return this builder
     */
    public Builder tenantJobType(
        String trade, String standardJobType, long jobTypeId, long businessUnitId) {
      tenantByTradeAndStandardKey
          .computeIfAbsent(tradeKey(trade, standardJobType), k -> new LinkedHashSet<>())
          .add(TenantJobType.of(jobTypeId, businessUnitId));
      return this;
    }

    /**
     * Switches a standard job type on or off (LD-5).
     *
     * @param standardJobType the standard job type
     * @param enabled whether it is enabled
     * @return this builder
     */
    public Builder enabled(String standardJobType, boolean enabled) {
      if (enabled) {
        disabledStandardKeys.remove(NameKey.of(standardJobType));
      } else {
        disabledStandardKeys.add(NameKey.of(standardJobType));
      }
      return this;
    }

    /**
     * Builds the immutable mapping.
     *
     * @return the mapping
     */
    public JobTypeMapping build() {
      return new JobTypeMapping(this);
    }
  }
}
