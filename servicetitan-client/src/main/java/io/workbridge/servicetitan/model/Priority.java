package io.workbridge.servicetitan.model;

/** Priority of a booking, job or lead. */
public enum Priority {
  /** {@code Low}. */
  LOW("Low"),
  /** {@code Normal}. */
  NORMAL("Normal"),
  /** {@code High}. */
  HIGH("High"),
  /** {@code Urgent}. */
  URGENT("Urgent"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  Priority(String wireName) {
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
  public static Priority fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (Priority candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
