package io.workbridge.servicetitan.model;

/** Accounting transaction status of an invoice. */
public enum InvoiceSyncStatus {
  /** {@code Pending}. */
  PENDING("Pending"),
  /** {@code Posted}. */
  POSTED("Posted"),
  /** {@code Exported}. */
  EXPORTED("Exported"),
  /** A value this client version does not know. */
  UNKNOWN("");

  private final String wireName;

  InvoiceSyncStatus(String wireName) {
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
  public static InvoiceSyncStatus fromWire(@org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      for (InvoiceSyncStatus candidate : values()) {
        if (candidate != UNKNOWN && candidate.wireName.equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
    }
    return UNKNOWN;
  }
}
