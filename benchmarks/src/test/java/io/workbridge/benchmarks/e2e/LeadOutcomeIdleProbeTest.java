package io.workbridge.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A small run of {@link LeadOutcomeIdleProbe}: counts only, never times. */
class LeadOutcomeIdleProbeTest {

  @Test
  void idleLeadsCycle_costsTheSameCallsHoweverManyAlertsAwaitAnOutcome() {
    LeadOutcomeIdleProbe.IdleCycle few = LeadOutcomeIdleProbe.measure(10);
    LeadOutcomeIdleProbe.IdleCycle many = LeadOutcomeIdleProbe.measure(200);

    assertThat(many.serviceTitanCalls()).isEqualTo(few.serviceTitanCalls());
    assertThat(many.vendorCalls()).isEqualTo(few.vendorCalls());
    // One page of the bookings and one of the jobs export feeds.
    assertThat(few.serviceTitanCalls()).isEqualTo(2);
    // The alerts awaiting since before the outcome feed started were each read once while settling.
    assertThat(many.settlingCalls()).isGreaterThanOrEqualTo(200);
  }
}
