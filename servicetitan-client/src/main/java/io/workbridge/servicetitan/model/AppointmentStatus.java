package io.workbridge.servicetitan.model;

/** Status of a job appointment. */
public enum AppointmentStatus {
  /** {@code Scheduled}. */
  SCHEDULED("Scheduled"),
  /** {@code Dispatched}. */
  DISPATCHED("Dispatched"),
  /** {@code Working}. */
  WORKING("Working"),
  /** {@code Hold}. */
  HOLD("Hold"),
  /** {@code Done}. */
  DONE("Done"),
  /** {@code Canceled}. */
  CANCELED("Canceled"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  AppointmentStatus(String wireName) {
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
  public static AppointmentStatus fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (AppointmentStatus candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
