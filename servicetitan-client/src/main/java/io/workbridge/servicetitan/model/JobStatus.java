package io.workbridge.servicetitan.model;

/** Status of a job (jobs say InProgress/Completed where appointments say Working/Done). */
public enum JobStatus {
  /** {@code Scheduled}. */
  SCHEDULED("Scheduled"),
  /** {@code Dispatched}. */
  DISPATCHED("Dispatched"),
  /** {@code InProgress}. */
  IN_PROGRESS("InProgress"),
  /** {@code Hold}. */
  HOLD("Hold"),
  /** {@code Completed}. */
  COMPLETED("Completed"),
  /** {@code Canceled}. */
  CANCELED("Canceled"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  JobStatus(String wireName) {
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
  public static JobStatus fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (JobStatus candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
