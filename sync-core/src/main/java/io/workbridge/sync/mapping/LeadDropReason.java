package io.workbridge.sync.mapping;

/**
 * Why a lead was not posted to ServiceTitan. Each drop is counted per reason in the cycle's report
 * (LD-2, LD-5, LD-10), under {@link #key()}.
 */
public enum LeadDropReason {
  /** The alert type is not one of the actionable types (LD-2). */
  TYPE_NOT_ACTIONABLE("lead.type-not-actionable"),
  /** The severity is a known, non-actionable one such as Warning or Watching (LD-2). */
  SEVERITY_NOT_ACTIONABLE("lead.severity-not-actionable"),
  /** The severity is a name never seen before (perhaps renamed by the vendor): dropped, flagged (LD-2). */
  SEVERITY_UNKNOWN("lead.severity-unknown"),
  /** The alert is no longer pending at the vendor (scheduled, resolved, dismissed or snoozed). */
  NOT_PENDING("lead.not-pending"),
  /** The alert type has no standard job type (actionable types and LD-3 table disagree). */
  NO_STANDARD_JOB_TYPE("lead.no-standard-job-type"),
  /** The alert type's standard job type is switched off (LD-5). */
  JOB_TYPE_DISABLED("lead.job-type-disabled"),
  /** The alert already produced a booking or follow-up (LD-10). */
  ALREADY_POSTED("lead.already-posted");

  private final String key;

  LeadDropReason(String key) {
    this.key = key;
  }

  /** {@return the stable key this reason is counted under in reports, e.g. {@code lead.not-pending}} */
  public String key() {
    return key;
  }
}
