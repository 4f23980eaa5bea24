package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.ActionableFilter;
import io.workbridge.sync.mapping.BusinessUnitAssignments;
import io.workbridge.sync.mapping.CustomerMatcher;
import io.workbridge.sync.mapping.JobTypeMapping;
import java.time.Duration;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How {@link LeadSync} behaves for one connection. Only {@link #vendorCampaignId()} is required;
 * everything else has the defaults of SPEC section B.
 */
@Value.Immutable
public interface LeadSyncConfig {

  /** The cursor stream the alerts feed position is stored under. */
  String ALERTS_STREAM = "leads.alerts";

  /** The quarantine stream of alerts that could not be handled (SDK-5). */
  String QUARANTINE_STREAM = "leads.alerts";

  /** The cursor stream of ServiceTitan's booking and job changes the outcomes are written back from. */
  String OUTCOMES_STREAM = "st.lead-outcomes";

  /**
   * The cursor stream of the one-time check of the alerts that were already awaiting an outcome when {@link
   * #OUTCOMES_STREAM} was started: the last alert checked; absent once every one was checked.
   */
  String OUTCOMES_CHECK_STREAM = "st.lead-outcomes.check";

  /** The cursor stream of the follow-up outcome checks: the last follow-up's alert checked. */
  String FOLLOW_UP_CHECK_STREAM = "st.lead-outcomes.follow-ups";

  /** {@return whether the leads integration is on (LD-6); while off, actionable alerts are held} */
  @Value.Default
  default boolean enabled() {
    return true;
  }

  /** {@return the integration's name, written as the booking's source (LD-1)} */
  @Value.Default
  default String integrationName() {
    return "WorkBridge Leads";
  }

  /** {@return the ServiceTitan campaign of the leads vendor: every lead's default campaign (LD-1)} */
  long vendorCampaignId();

  /** {@return per vendor account campaign, overriding {@link #vendorCampaignId()}} */
  Map<String, Long> campaignByAccount();

  /** {@return booking list or Follow Ups (LD-9)} */
  @Value.Default
  default LeadRouting routing() {
    return LeadRouting.BOOKING;
  }

  /** {@return which alerts are actionable (LD-2)} */
  @Value.Default
  default ActionableFilter filter() {
    return ActionableFilter.defaults();
  }

  /** {@return alert type to job type, per trade, with the enabled toggles (LD-3, LD-4, LD-5)} */
  @Value.Default
  default JobTypeMapping jobTypes() {
    return JobTypeMapping.defaults();
  }

  /** {@return business units per vendor account and profile (LD-7)} */
  @Value.Default
  default BusinessUnitAssignments businessUnits() {
    return BusinessUnitAssignments.none();
  }

  /**
   * {@return whether a lead's member is matched to an existing ServiceTitan customer (LD-8); on by default}
   * Off, no customer search is made and every lead is left unmatched for the CSR.
   */
  @Value.Default
  default boolean matchCustomers() {
    return true;
  }

  /** {@return the customer matcher and its threshold (LD-8)} */
  @Value.Default
  default CustomerMatcher matcher() {
    return CustomerMatcher.withDefaults();
  }

  /**
   * How an alert whose handling fails transiently is retried while the feed goes on, and when it is
   * quarantined; {@link RecordRetryPolicy#DEFAULTS} unless set.
   *
   * @return the record retry policy
   */
  @Value.Default
  default RecordRetryPolicy recordRetry() {
    return RecordRetryPolicy.DEFAULTS;
  }

  /**
   * How long a post or outcome whose result is unknown (a timeout, a dropped connection, a 5xx) is left alone
   * before it is looked up and retried: long enough for a slow write to land on the remote system. 60 s by
   * default.
   *
   * @return the settling time
   */
  @Value.Default
  default Duration uncertainEffectSettle() {
    return Duration.ofSeconds(60);
  }

  /** {@return how many alerts to ask the vendor for per page} */
  @Value.Default
  default int pageSize() {
    return 100;
  }

  /** {@return the most pages one cycle reads (the rest waits for the next cycle)} */
  @Value.Default
  default int maxPagesPerCycle() {
    return 10;
  }

  /**
   * {@return how many alerts awaiting an outcome are read one by one per cycle, at most} It bounds the
   * follow-ups (no ServiceTitan export feed carries them: each is read on its own, the oldest check first)
   * and the one-time check of the alerts that were awaiting an outcome when the bookings and jobs feed
   * started. 25 by default.
   */
  @Value.Default
  default int outcomeChecksPerCycle() {
    return 25;
  }

  /**
   * {@return the campaign of a lead from this account}
   *
   * @param accountId the vendor account's id
   */
  default long campaignFor(String accountId) {
    return campaignByAccount().getOrDefault(accountId, vendorCampaignId());
  }

  /** Checks the page settings. */
  @Value.Check
  default void check() {
    if (pageSize() < 1 || maxPagesPerCycle() < 1 || outcomeChecksPerCycle() < 1) {
      throw new IllegalStateException("pageSize, maxPagesPerCycle and outcomeChecksPerCycle must be at least 1");
    }
    if (integrationName().isBlank()) {
      throw new IllegalStateException("integrationName must not be blank");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadSyncConfig} instances. */
  final class Builder extends ImmutableLeadSyncConfig.Builder {}
}
