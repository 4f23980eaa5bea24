package io.workbridge.sync.mapping;

import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Lead;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The LD-2 gate: only pending alerts of an actionable type (by default the seven types of LD-3)
 * with an actionable severity (by default {@code Critical} and {@code Urgent}) become leads.
 *
 * <p>The vendor has renamed its severities over time, so the comparison ignores case, spacing and
 * punctuation, and aliases map other names onto the allow-list (e.g. {@code severityAlias("Crit",
 * "Critical")}). A severity that is neither actionable nor a known vendor name is dropped under its
 * own reason, {@link LeadDropReason#SEVERITY_UNKNOWN}, so that a rename shows up in the reports
 * instead of silently starving the booking list.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActionableFilter {

  private final Set<String> typeKeys;
  private final Map<String, String> severityNames;
  private final Set<String> knownSeverityKeys;
  private final Map<String, String> aliasKeys;

  private ActionableFilter(Builder builder) {
    this.typeKeys = Set.copyOf(builder.typeKeys);
    this.severityNames = Map.copyOf(builder.severityNames);
    this.knownSeverityKeys = Set.copyOf(builder.knownSeverityKeys);
    this.aliasKeys = Map.copyOf(builder.aliasKeys);
  }

  /** {@return the LD-2 defaults: the seven actionable types, severities Critical and Urgent} */
  public static ActionableFilter defaults() {
    return builder().build();
  }

  /** {@return a builder pre-loaded with the LD-2 defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks one lead.
   *
   * @param lead the alert
   * @return empty when the lead is actionable, else the reason it is dropped
   */
  public Optional<LeadDropReason> dropReason(Lead lead) {
    if (!NameKey.of(lead.status()).equals(NameKey.of(AlertStatus.PENDING))) {
      return Optional.of(LeadDropReason.NOT_PENDING);
    }
    if (!typeKeys.contains(NameKey.of(lead.type()))) {
      return Optional.of(LeadDropReason.TYPE_NOT_ACTIONABLE);
    }
    String severity = canonicalSeverityKey(lead.severity());
    if (severityNames.containsKey(severity)) {
      return Optional.empty();
    }
    return Optional.of(
        knownSeverityKeys.contains(severity)
            ? LeadDropReason.SEVERITY_NOT_ACTIONABLE
            : LeadDropReason.SEVERITY_UNKNOWN);
  }

  /**
   * {@return whether the lead passes the gate}
   *
   * @param lead the lead
   */
  public boolean isActionable(Lead lead) {
    return dropReason(lead).isEmpty();
  }

  /**
   * The allow-list's name for a severity as the vendor wrote it, e.g. {@code "Critical"} for {@code
   * "CRITICAL"} or for an alias of it.
   *
   * @param severity the vendor's severity
   * @return the actionable severity's configured name, or empty when it is not actionable
   */
  public Optional<String> actionableSeverity(String severity) {
    return Optional.ofNullable(severityNames.get(canonicalSeverityKey(severity)));
  }

  private String canonicalSeverityKey(String severity) {
    String key = NameKey.of(severity);
    return aliasKeys.getOrDefault(key, key);
  }

  /** Builds {@link ActionableFilter}; starts from the LD-2 defaults. Not thread-safe. */
  public static final class Builder {
    private final Set<String> typeKeys = new HashSet<>();
    private final Map<String, String> severityNames = new HashMap<>();
    private final Set<String> knownSeverityKeys = new HashSet<>();
    private final Map<String, String> aliasKeys = new HashMap<>();

    private Builder() {
      actionableTypes(AlertType.ACTIONABLE);
      actionableSeverities(AlertSeverity.ACTIONABLE);
      AlertSeverity.KNOWN.forEach(s -> knownSeverityKeys.add(NameKey.of(s)));
    }

    /**
     * Replaces the actionable alert types.
     *
     * @param types the alert types
     * @return this builder
     */
    public Builder actionableTypes(Collection<String> types) {
      typeKeys.clear();
      types.forEach(t -> typeKeys.add(NameKey.of(t)));
      return this;
    }

    /**
     * Replaces the actionable severities (the allow-list).
     *
     * @param severities the severities
     * @return this builder
     */
    public Builder actionableSeverities(Collection<String> severities) {
      severityNames.clear();
      severities.forEach(s -> severityNames.put(NameKey.of(s), s));
      knownSeverityKeys.addAll(severityNames.keySet());
      return this;
    }

    /**
     * Treats the vendor's severity name {@code alias} as {@code severity}.
     *
     * @param alias the vendor's severity name
     * @param severity the alert's severity
     * @return this builder
     */
    public Builder severityAlias(String alias, String severity) {
      aliasKeys.put(NameKey.of(alias), NameKey.of(severity));
      return this;
    }

    /**
     * Declares a vendor severity name as known but not actionable (dropped without a flag).
     *
     * @param severity the alert's severity
     * @return this builder
     */
    public Builder knownSeverity(String severity) {
      knownSeverityKeys.add(NameKey.of(severity));
      return this;
    }

    /**
     * Builds the immutable filter.
     *
     * @return the filter
     */
    public ActionableFilter build() {
      return new ActionableFilter(this);
    }
  }
}
