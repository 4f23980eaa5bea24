package io.workbridge.servicetitan.model;

/** Status of a lead. */
public enum LeadStatus {
  /** {@code Open}. */
  OPEN("Open"),
  /** {@code Dismissed}. */
  DISMISSED("Dismissed"),
  /** {@code Converted}. */
  CONVERTED("Converted"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  LeadStatus(String wireName) {
    this.wireName = wireName;
  }

  /** {@return the value as ServiceTitan spells it (empty for {@link #UNKNOWN})} */
  public String wireName() {
    return wireName;
  }

  /**
   * {@return the constant for a ServiceTitan value, or {@link #UNKNOWN} (case-insensitive; null gives
   * UNKNOWN)}
   *
   * @param value the value as ServiceTitan sent it, or {@code null}
   */
  public static LeadStatus fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (LeadStatus candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
