package io.workbridge.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A small run of the harness (no latency, real rate limits): counts only, never times — the timings are
 * what {@code BENCHMARKS.md} reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillHarnessTest {
  private static final String CREATE_BOOKING = "/crm/v2/tenant/{tenant}/booking-provider/{id}/bookings";
  private static final HarnessOptions SMALL =
      HarnessOptions.defaults().withWorkOrders(20).withLatency(Duration.ZERO);

  private LifecycleProbe.Run lifecycles;
  private LifecycleProbe.Result lifecycle;
  private Backfill.Result twenty;
  private Backfill.Result three;
  private Backfill.Result twoHundred;
  private Backfill.Result burst;

  @BeforeAll
  void run() {
    lifecycles = LifecycleProbe.run(SMALL);
    lifecycle = lifecycles.first();
    twenty = Backfill.run(SMALL);
    three = Backfill.run(SMALL.withWorkOrders(3));
    twoHundred = Backfill.run(SMALL.withWorkOrders(200).withConcurrency(4));
    burst = Backfill.run(new HarnessOptions(200, SMALL.limits(), Duration.ZERO, Duration.ZERO, SMALL.concurrency()));
  }

  @Test
  void concurrentBackfill_booksEachWorkOrderOnce_withoutLookupsOr429s() {
    assertThat(twoHundred.bookings()).isEqualTo(200);
    assertThat(twoHundred.calls().count("POST", CREATE_BOOKING)).isEqualTo(200);
    assertThat(twoHundred.calls().count("GET", CREATE_BOOKING)).isZero(); // the look-up by external id
    assertThat(twoHundred.rateLimited()).containsOnlyKeys(RemoteSystem.values()).allSatisfy((system, refused) ->
        assertThat(refused).as("429s from " + system).isZero());
  }

  @Test
  void backfill_booksEveryWorkOrderExactlyOnce() {
    assertThat(twenty.bookings()).isEqualTo(20);
    assertThat(twenty.calls().count("POST", CREATE_BOOKING)).isEqualTo(20);
    assertThat(three.bookings()).isEqualTo(3);
    assertThat(three.calls().count("POST", CREATE_BOOKING)).isEqualTo(3);
  }

  @Test
  void idleCycle_costsTheSameFewCallsHoweverManyWorkOrdersAreTracked() {
    assertThat(twenty.idleCycle()).isEqualTo(three.idleCycle()).isEqualTo(lifecycle.idleCycle());
    assertThat(twenty.idleCycle().total()).isBetween(1, 10);
    assertThat(twenty.idleCycle().count("POST", CREATE_BOOKING)).isZero();
  }

  @Test
  void idleCycle_isAtMostSixCalls_alsoRightAfterABurstOfWorkOrdersCreatedAtOnce() {
    assertThat(twenty.idleCycle().total()).isLessThanOrEqualTo(6);
    assertThat(burst.bookings()).isEqualTo(200);
    assertThat(burst.idleCycle()).isEqualTo(twenty.idleCycle());
  }

  @Test
  void lifecycle_readsItsWorkOrderAndNotesOnlyWhenTheyChanged() {
    CallTally calls = lifecycle.calls();
    int beyondPolling = calls.total() - lifecycle.cycles() * lifecycle.idleCycle().total();
    // Reached: 23 = writes 9 + tokens 2 + reads 12: status catalogues 3 (one per subscriber and current status,
    // transition-aware), timesheets 3 (the first call's interval read, the Working and the Done appointment),
    // technicians of the Working and the Done appointment 2, notes 1 (the check-in moved the status to ON SITE,
    // a system note the sync does not predict), the technicians' names, the job's attachments and the store's
    // location 1 each. Goal 16.
    assertThat(beyondPolling).isLessThanOrEqualTo(23);
    assertThat(calls.count("GET", "/jpm/v2/tenant/{tenant}/jobs/{id}")).isZero();
    assertThat(calls.count("GET", "/v3/workorders/{id}")).isZero();
    assertThat(calls.count("GET", "/v3/workorders/{id}/notes")).isLessThanOrEqualTo(1);
    assertThat(calls.count("GET", "/payroll/v2/tenant/{tenant}/export/jobs/timesheets")).isLessThanOrEqualTo(3);
    assertThat(calls.count("GET", "/dispatch/v2/tenant/{tenant}/appointment-assignments")).isLessThanOrEqualTo(2);
  }

  @Test
  void nextLifecycle_withoutNotes_isAtMostEightWritesAndEightReadsBeyondPolling() {
    CallTally next = lifecycles.next().beyondPollingWithoutNotes();
    // The CI smoke's goal: 16 calls beyond polling for a work order of a subscriber and store already served.
    assertThat(next.writes()).as("writes\n" + next).isLessThanOrEqualTo(8);
    assertThat(next.reads()).as("reads\n" + next).isLessThanOrEqualTo(8);
    assertThat(next.total()).as("all\n" + next).isLessThanOrEqualTo(16);
    assertThat(lifecycles.next().idleCycle()).isEqualTo(lifecycle.idleCycle());
  }

  @Test
  void lifecycle_writesEachRemoteChangeOnce() {
    CallTally calls = lifecycle.calls();
    assertThat(calls.count("POST", CREATE_BOOKING)).isEqualTo(1);
    assertThat(calls.count("POST", "/v3/workorders/{id}/universalCheckIn")).isEqualTo(1);
    assertThat(calls.count("POST", "/v3/workorders/{id}/universalCheckOut")).isEqualTo(1);
    assertThat(calls.count("POST", "/v3/invoices")).isEqualTo(1);
    assertThat(lifecycle.steps()).hasSize(9);
    assertThat(lifecycle.steps().get(0).calls().count("POST", CREATE_BOOKING)).isEqualTo(1);
  }

  @Test
  void report_hasTheFloorRatioAndEveryCallType() {
    String report = MarkdownReport.render(SMALL, lifecycles, twenty);

    assertThat(report)
        .contains("| bookings created | 20 of 20 |")
        .contains("wall time ÷ rate-limit floor")
        .contains("rate limits as documented")
        .contains("| ServiceTitan | `POST " + CREATE_BOOKING + "` | 1 | 1 | 1 | 20 | 0 | 0 |")
        .contains("| next, without notes | 8 |")
        .contains("| invoice exported | 1 |");
    for (CallType type : twenty.idleCycle().types()) {
      assertThat(report).contains("`" + type.describe() + "`");
    }
  }
}
