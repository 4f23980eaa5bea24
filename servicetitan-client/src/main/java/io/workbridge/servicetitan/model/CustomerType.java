package io.workbridge.servicetitan.model;

/** Residential or commercial customer. */
public enum CustomerType {
  /** {@code Residential}. */
  RESIDENTIAL("Residential"),
  /** {@code Commercial}. */
  COMMERCIAL("Commercial"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  CustomerType(String wireName) {
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
  public static CustomerType fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (CustomerType candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
