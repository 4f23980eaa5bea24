package io.workbridge.leads.model;

import java.util.List;

/**
 * Known values of {@link Alert#severity()}. The vendor has named its severities differently across channels
 * and over time, so severity is a string: compare with these constants and keep unknown names as sent. By
 * default only {@link #CRITICAL} and {@link #URGENT} are actionable (LD-2).
 */
public final class AlertSeverity {

  /** Needs attention now. */
  public static final String CRITICAL = "Critical";

  /** Needs attention soon. */
  public static final String URGENT = "Urgent";

  /** Something is drifting. */
  public static final String WARNING = "Warning";

  /** A minor finding (a dealer-FAQ name). */
  public static final String CAUTION = "Caution";

  /** An insight being watched. */
  public static final String WATCHING = "Watching";

  /** Every severity name the vendor is known to have used. */
  public static final List<String> KNOWN = List.of(CRITICAL, URGENT, WARNING, CAUTION, WATCHING);

  private AlertSeverity() {}
}
