package io.workbridge.servicetitan.model;

/** Status of a technician's assignment to an appointment. */
public enum AssignmentStatus {
  /** {@code Scheduled}. */
  SCHEDULED("Scheduled"),
  /** {@code Dispatched}. */
  DISPATCHED("Dispatched"),
  /** {@code Working}. */
  WORKING("Working"),
  /** {@code Done}. */
  DONE("Done"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  AssignmentStatus(String wireName) {
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
  public static AssignmentStatus fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (AssignmentStatus candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
