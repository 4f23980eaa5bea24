package io.workbridge.servicetitan.model;

/** Kind of a contact method. */
public enum ContactType {
  /** {@code Phone}. */
  PHONE("Phone"),
  /** {@code Email}. */
  EMAIL("Email"),
  /** {@code Fax}. */
  FAX("Fax"),
  /** {@code MobilePhone}. */
  MOBILE_PHONE("MobilePhone"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  ContactType(String wireName) {
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
  public static ContactType fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (ContactType candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
