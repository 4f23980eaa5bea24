package io.workbridge.leads.model;

import java.util.List;

/**
 * Known values of {@link Alert#status()}: the alert's lifecycle at the vendor. {@link #PENDING} may become any
 * of the others; the vendor may send statuses not listed here, which are kept as sent.
 */
public final class AlertStatus {

  /** New; nobody acted on it yet. */
  public static final String PENDING = "PENDING";

  /** A visit was scheduled. */
  public static final String SCHEDULED = "SCHEDULED";

  /** The problem was fixed. */
  public static final String RESOLVED = "RESOLVED";

  /** The dealer dismissed the alert. */
  public static final String DISMISSED = "DISMISSED";

  /** The dealer snoozed the alert in the vendor's dashboard. */
  public static final String SNOOZED = "SNOOZED";

  /** Every status the contract names. */
  public static final List<String> KNOWN = List.of(PENDING, SCHEDULED, RESOLVED, DISMISSED, SNOOZED);

  private AlertStatus() {}
}
