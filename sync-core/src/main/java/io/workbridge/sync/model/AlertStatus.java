package io.workbridge.sync.model;

/** Known values of {@link Lead#status()}: the alert's lifecycle at the vendor. */
public final class AlertStatus {

  /** New, nobody acted on it yet. The only status that becomes a booking. */
  public static final String PENDING = "PENDING";

  /** A visit was scheduled (written back by us when the booking became a job). */
  public static final String SCHEDULED = "SCHEDULED";

  /** The problem was fixed. */
  public static final String RESOLVED = "RESOLVED";

  /** The dealer dismissed the alert. */
  public static final String DISMISSED = "DISMISSED";

  /** The dealer snoozed the alert in the vendor's dashboard. */
  public static final String SNOOZED = "SNOOZED";

  private AlertStatus() {}
}
