package io.workbridge.servicetitan.model;

/** Where a booking stands in the CSR's queue. */
public enum BookingStatus {
  /** {@code New}. */
  NEW("New"),
  /** {@code Accepted}. */
  ACCEPTED("Accepted"),
  /** {@code Converted}. */
  CONVERTED("Converted"),
  /** {@code Dismissed}. */
  DISMISSED("Dismissed"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  BookingStatus(String wireName) {
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
  public static BookingStatus fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (BookingStatus candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
