package io.workbridge.sync.model;

import java.util.List;

/**
 * Known values of {@link Lead#severity()}. The vendor has named its severities differently across
 * channels and over time; only {@link #CRITICAL} and {@link #URGENT} are actionable by default (LD-2).
 */
public final class AlertSeverity {

  /** Needs attention now. Actionable. */
  public static final String CRITICAL = "Critical";

  /** Needs attention soon. Actionable. */
  public static final String URGENT = "Urgent";

  /** Something is drifting; not actionable by default. */
  public static final String WARNING = "Warning";

  /** A dealer-FAQ name for a minor finding; not actionable by default. */
  public static final String CAUTION = "Caution";

  /** An insight being watched ("watching"); never actionable by default. */
  public static final String WATCHING = "Watching";

  /** Every severity name the vendor is known to have used. */
  public static final List<String> KNOWN = List.of(CRITICAL, URGENT, WARNING, CAUTION, WATCHING);

  /** The default actionable allow-list of LD-2. */
  public static final List<String> ACTIONABLE = List.of(CRITICAL, URGENT);

  private AlertSeverity() {}
}
