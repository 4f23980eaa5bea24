package io.workbridge.servicetitan.model;

/** Data type of a custom field. */
public enum CustomFieldDataType {
  /** {@code Text}. */
  TEXT("Text"),
  /** {@code Dropdown}. */
  DROPDOWN("Dropdown"),
  /** {@code Numeric}. */
  NUMERIC("Numeric"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  CustomFieldDataType(String wireName) {
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
  public static CustomFieldDataType fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (CustomFieldDataType candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
