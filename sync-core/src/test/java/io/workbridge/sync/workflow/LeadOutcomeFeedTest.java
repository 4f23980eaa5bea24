package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.fake.FakeLeadFeed;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.LeadOutcome;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.testkit.MutableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lead outcomes written back from ServiceTitan's booking and job changes ({@link
 * io.workbridge.sync.port.FieldServicePlatform#leadOutcomeChanges}) rather than by reading every awaiting
 * alert's booking each cycle.
 */
class LeadOutcomeFeedTest {
  private static final long VENDOR_CAMPAIGN = 42;

  private final MutableClock clock = MutableClock.at("2026-03-02T15:00:00Z");
  private final InMemorySyncStore syncStore =
      InMemorySyncStore.create(SyncStoreSettings.builder().clock(clock).build());
  private final ConnectionStore store = syncStore.connection(ConnectionId.of("tenant-1"));
  private final FakeLeadFeed vendor = new FakeLeadFeed(clock);
  private final FakeServiceTitan st = new FakeServiceTitan(clock);
  private LeadSyncConfig config = LeadSyncConfig.builder().vendorCampaignId(VENDOR_CAMPAIGN).build();

  private SyncReport cycle() {
    return LeadSync.builder().feed(vendor).platform(st).store(store).config(config).build().runCycle();
  }

  private Booking bookingOf(String alertId) {
    List<Booking> bookings = st.bookingsWithExternalId(alertId);
    assertThat(bookings).hasSize(1);
    return bookings.get(0);
  }

  private List<LeadOutcome> outcomesOf(String alertId) {
    return vendor.outcomes().stream()
        .filter(write -> write.alertId().equals(alertId))
        .map(FakeLeadFeed.OutcomeWrite::outcome)
        .toList();
  }

  private void post(int alerts) {
    for (int i = 1; i <= alerts; i++) {
      vendor.publish(TestLeads.alert("a-" + i).build());
    }
    cycle();
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).hasSize(alerts);
    // Each new booking is read once for its outcome (it may have changed before it was linked), a few per cycle.
    for (int cycles = 0; !store.links().list(LeadSync.OUTCOME_CHECK).isEmpty(); cycles++) {
      assertThat(cycles).as("cycles to read the new bookings once").isLessThan(alerts);
      cycle();
    }
  }

  /** The ServiceTitan calls of one cycle when nothing changed, by operation. */
  private int[] idleCalls() {
    int feed = st.calls("leadOutcomeChanges");
    int bookings = st.calls("booking");
    int jobs = st.calls("job");
    int all = st.calls();
    cycle();
    return new int[] {
      st.calls("leadOutcomeChanges") - feed, st.calls("booking") - bookings, st.calls("job") - jobs, st.calls() - all
    };
  }

  @Test
  void aBookingChangedBeforeItsAlertWasLinked_getsItsOutcomeFromTheOneTimeRead() {
    vendor.publish(TestLeads.alert("a-1").build());
    cycle(); // posted, linked, and read once: nothing to write yet
    store.links().link(LeadSync.OUTCOME_CHECK, "a-1", store.links().target(LeadSync.AWAITING_OUTCOME, "a-1").orElseThrow());
    st.csrDismisses(bookingOf("a-1").id());
    // The feed moves past the change without the alert (as when another process linked it late) ...
    store.links().unlink(LeadSync.OUTCOME_CHECK, "a-1");
    String awaiting = store.links().target(LeadSync.AWAITING_OUTCOME, "a-1").orElseThrow();
    store.links().unlink(LeadSync.AWAITING_OUTCOME, "a-1");
    cycle();
    assertThat(outcomesOf("a-1")).isEmpty();
    // ... then the alert is linked, with its one-time read.
    store.links().link(LeadSync.AWAITING_OUTCOME, "a-1", awaiting);
    store.links().link(LeadSync.OUTCOME_CHECK, "a-1", awaiting);
    cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.DISMISSED);
    assertThat(store.links().list(LeadSync.OUTCOME_CHECK)).isEmpty();
  }

  @Test
  void killedBetweenLinkingTheJobAndReadingIt_theJobIsReadAgain_soItsCompletionBehindTheCursorIsNotLost() {
    post(1);
    String awaiting = store.links().target(LeadSync.AWAITING_OUTCOME, "a-1").orElseThrow();
    // The booking is converted and its job completed while the alert is not linked yet (a post taken over
    // from a killed process): the feed moves past both changes without the alert.
    store.links().unlink(LeadSync.AWAITING_OUTCOME, "a-1");
    FieldJob job = st.csrConverts(bookingOf("a-1").id(), 7, 70);
    st.dispatch(job.id(), 1L);
    st.finish(job.id());
    cycle();
    store.links().link(LeadSync.AWAITING_OUTCOME, "a-1", awaiting);
    store.links().link(LeadSync.OUTCOME_CHECK, "a-1", awaiting);
    // The one-time read links the job, then the process dies before the job is read.
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("job")) {
            throw new IllegalStateException("process killed");
          }
        });
    assertThatThrownBy(this::cycle).hasMessage("process killed");
    assertThat(store.links().target(LeadSync.ALERT_JOB, "a-1")).contains(Long.toString(job.id()));
    st.setFaultHook(FaultHook.NONE);

    cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).isEmpty();
  }

  @Test
  void idleCycle_readsOnePageOfChanges_andNoBookingOrJob_howeverManyAlertsAwait() {
    post(3);
    int[] fewAwaiting = idleCalls();
    post(40);
    int[] manyAwaiting = idleCalls();

    assertThat(fewAwaiting).containsExactly(1, 0, 0, 1);
    assertThat(manyAwaiting).containsExactly(fewAwaiting);
  }

  @Test
  void bookingDismissed_writesDismissed_fromTheFeed_withoutReadingTheBooking() {
    post(2);
    int bookingReads = st.calls("booking");

    st.csrDismisses(bookingOf("a-1").id());
    cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.DISMISSED);
    assertThat(outcomesOf("a-2")).isEmpty();
    assertThat(st.calls("booking")).isEqualTo(bookingReads);
    assertThat(store.links().target(LeadSync.AWAITING_OUTCOME, "a-1")).isEmpty();
    assertThat(store.links().target(LeadSync.AWAITING_OUTCOME, "a-2")).isPresent();
  }

  @Test
  void bookingConverted_writesScheduled_linksTheJob_andTheJobsCompletionWritesResolved() {
    post(1);
    FieldJob job = st.csrConverts(bookingOf("a-1").id(), 7, 70);

    cycle();
    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED);
    assertThat(store.links().target(LeadSync.ALERT_JOB, "a-1")).contains(Long.toString(job.id()));

    st.dispatch(job.id(), 1L);
    int jobReads = st.calls("job");
    cycle();
    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED);
    assertThat(st.calls("job")).isEqualTo(jobReads);

    st.finish(job.id());
    cycle();
    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(st.calls("job")).isEqualTo(jobReads);
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).isEmpty();
    assertThat(store.links().list(LeadSync.ALERT_JOB)).isEmpty();
  }

  @Test
  void jobCanceled_writesDismissedAfterScheduled() {
    post(1);
    FieldJob job = st.csrConverts(bookingOf("a-1").id(), 7, 70);
    cycle();

    st.csrCancels(job.id());
    cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.DISMISSED);
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.DISMISSED);
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).isEmpty();
  }

  @Test
  void convertedAndCompletedBetweenTwoReads_writesScheduledThenResolvedInOneCycle() {
    post(1);
    FieldJob job = st.csrConverts(bookingOf("a-1").id(), 7, 70);
    st.dispatch(job.id(), 1L);
    st.finish(job.id());

    cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).isEmpty();
  }

  @Test
  void repeatedRecords_writeEachOutcomeOnce() {
    st.historyFeed();
    post(1);
    long bookingId = bookingOf("a-1").id();
    st.csrAccepts(bookingId);
    FieldJob job = st.csrConverts(bookingId, 7, 70);
    cycle();
    st.finish(job.id());
    cycle();
    int vendorCalls = vendor.calls();

    // The whole feed read again from its start: every booking and job change repeats.
    store.cursors().set(LeadSyncConfig.OUTCOMES_STREAM, "0");
    SyncReport again = cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(again.performed(EffectType.LEAD_OUTCOME)).isZero();
    assertThat(vendor.calls() - vendorCalls).isEqualTo(1); // only the alerts feed
  }

  @Test
  void outcomeWriteFails_theCursorStays_andTheOutcomeIsWrittenNextCycle() {
    post(2);
    Optional<String> before = store.cursors().get(LeadSyncConfig.OUTCOMES_STREAM);
    st.csrDismisses(bookingOf("a-1").id());
    st.csrDismisses(bookingOf("a-2").id());
    vendor.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("writeOutcome")
              && phase == FaultHook.Phase.BEFORE_EFFECT
              && vendor.outcomes().size() == 1) {
            throw new PlatformUnavailableException("vendor throttled the call (429): nothing done", null, false);
          }
        });

    SyncReport failed = cycle();

    assertThat(failed.completed()).isFalse();
    assertThat(store.cursors().get(LeadSyncConfig.OUTCOMES_STREAM)).isEqualTo(before);
    assertThat(vendor.outcomes()).hasSize(1);
    vendor.setFaultHook(FaultHook.NONE);
    cycle();
    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.DISMISSED);
    assertThat(outcomesOf("a-2")).containsExactly(LeadOutcome.DISMISSED);
    assertThat(store.cursors().get(LeadSyncConfig.OUTCOMES_STREAM)).isNotEqualTo(before);
  }

  @Test
  void feedReadFails_theCursorStays_andTheChangeIsReadNextCycle() {
    post(1);
    Optional<String> before = store.cursors().get(LeadSyncConfig.OUTCOMES_STREAM);
    st.csrDismisses(bookingOf("a-1").id());
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("leadOutcomeChanges")) {
            throw new PlatformUnavailableException("ServiceTitan unavailable (503)", null, false);
          }
        });

    assertThat(cycle().completed()).isFalse();
    assertThat(store.cursors().get(LeadSyncConfig.OUTCOMES_STREAM)).isEqualTo(before);
    st.setFaultHook(FaultHook.NONE);
    cycle();

    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.DISMISSED);
  }

  @Test
  void alertsAwaitingBeforeTheFeedStarted_areCheckedOnce_aFewPerCycle_andNoOutcomeIsLost() {
    config = LeadSyncConfig.builder().vendorCampaignId(VENDOR_CAMPAIGN).outcomeChecksPerCycle(2).build();
    post(5);
    FieldJob resolved = st.csrConverts(bookingOf("a-1").id(), 7, 70);
    st.dispatch(resolved.id(), 1L);
    st.finish(resolved.id());
    st.csrConverts(bookingOf("a-2").id(), 7, 70);
    st.csrDismisses(bookingOf("a-4").id());
    // A store from before the feed: the alerts await their outcome, there is no outcomes cursor, and the
    // changes above happened before the feed starts.
    store.cursors().reset(LeadSyncConfig.OUTCOMES_STREAM);

    cycle();
    assertThat(outcomesOf("a-1")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(outcomesOf("a-2")).containsExactly(LeadOutcome.SCHEDULED);
    assertThat(outcomesOf("a-4")).isEmpty();
    cycle();
    cycle();
    assertThat(outcomesOf("a-4")).containsExactly(LeadOutcome.DISMISSED);
    assertThat(store.cursors().get(LeadSyncConfig.OUTCOMES_CHECK_STREAM)).isEmpty();
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME))
        .extracting(link -> link.sourceId())
        .containsExactly("a-2", "a-3", "a-5");

    // Checked once: from now on only the feed is read, and it brings the job's completion.
    int bookingReads = st.calls("booking");
    st.finish(Long.parseLong(store.links().target(LeadSync.ALERT_JOB, "a-2").orElseThrow()));
    cycle();
    assertThat(outcomesOf("a-2")).containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(st.calls("booking")).isEqualTo(bookingReads);
  }

  @Test
  void followUps_areReadAFewPerCycle_inTurn() {
    config =
        LeadSyncConfig.builder()
            .vendorCampaignId(VENDOR_CAMPAIGN)
            .routing(LeadRouting.FOLLOW_UP)
            .outcomeChecksPerCycle(2)
            .build();
    post(5);
    while (store.cursors().get(LeadSyncConfig.OUTCOMES_CHECK_STREAM).isPresent()) {
      cycle(); // the one-time check of the alerts awaiting when the feed started
    }
    int reads = st.calls("followUp");

    for (int i = 0; i < 5; i++) {
      cycle();
    }

    assertThat(st.calls("followUp") - reads).isEqualTo(10);
    st.csrDismissesFollowUp(st.allFollowUps().get(4).id());
    cycle();
    cycle();
    cycle();
    assertThat(outcomesOf("a-5")).containsExactly(LeadOutcome.DISMISSED);
  }
}
