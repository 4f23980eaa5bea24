package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.fake.FakeLeadFeed;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.fake.FaultHook;
import io.workbridge.sync.mapping.ActionableFilter;
import io.workbridge.sync.mapping.BusinessUnitAssignments;
import io.workbridge.sync.mapping.JobTypeMapping;
import io.workbridge.sync.mapping.StandardJobType;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.FollowUpRequest;
import io.workbridge.sync.model.LeadBookingRequest;
import io.workbridge.sync.model.LeadOutcome;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.model.Trade;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LeadSyncTest {

  private static final long VENDOR_CAMPAIGN = 42;

  private final MutableClock clock = MutableClock.at("2026-03-02T15:00:00Z");
  private final InMemorySyncStore syncStore =
      InMemorySyncStore.create(SyncStoreSettings.builder().clock(clock).build());
  private final ConnectionStore store = syncStore.connection(ConnectionId.of("tenant-1"));
  private final FakeLeadFeed vendor = new FakeLeadFeed(clock);
  private final FakeServiceTitan st = new FakeServiceTitan(clock);
  private final AtomicReference<LeadSyncConfig> config =
      new AtomicReference<>(LeadSyncConfig.builder().vendorCampaignId(VENDOR_CAMPAIGN).build());

  private LeadSync sync() {
    return LeadSync.builder().feed(vendor).platform(st).store(store).config(config::get).build();
  }

  private void configure(LeadSyncConfig.Builder builder) {
    config.set(builder.vendorCampaignId(VENDOR_CAMPAIGN).build());
  }

  private Booking onlyBooking(String alertId) {
    List<Booking> bookings = st.bookingsWithExternalId(alertId);
    assertThat(bookings).hasSize(1);
    return bookings.get(0);
  }

  private LeadBookingRequest requestOf(String alertId) {
    return st.leadBookingRequest(onlyBooking(alertId).id()).orElseThrow();
  }

  // ---------------------------------------------------------------- LD-1

  @Test
  void ld01_alertBecomesBookingWithContactAddressTimesDetailsSourceAndCampaign() {
    vendor.publish(TestLeads.alert("a-1").build());

    SyncReport report = sync().runCycle();

    assertThat(report.completed()).isTrue();
    assertThat(report.performed(EffectType.LEAD_BOOKING)).isEqualTo(1);
    LeadBookingRequest request = requestOf("a-1");
    assertThat(request.booking().externalId()).isEqualTo("a-1");
    assertThat(request.booking().source()).isEqualTo("WorkBridge Leads");
    assertThat(request.booking().campaignId()).contains(VENDOR_CAMPAIGN);
    assertThat(request.booking().name()).isEqualTo("Jane Doe");
    assertThat(request.booking().address()).contains(TestLeads.HOME);
    assertThat(request.booking().start()).contains(TestLeads.PREFERRED);
    assertThat(request.submittedAt()).isEqualTo(TestLeads.SUBMITTED);
    assertThat(request.contact().phone()).contains("+12145550100");
    assertThat(request.contact().email()).contains("jane.doe@example.com");
    assertThat(request.details())
        .containsEntry("Sensor", "Basement")
        .containsEntry("Reading", "Water present 14 min")
        .containsEntry("Thermostat", "T6 Pro");
    assertThat(request.booking().summary())
        .contains("Water Detected (Critical) - Leak Detected")
        .contains("Sensor: Basement");
    assertThat(request.booking().priority()).contains("Urgent");
  }

  @Test
  void ld01_integrationNameAndAccountCampaignAreConfigurable() {
    configure(
        LeadSyncConfig.builder().integrationName("Smart Home Alerts").putCampaignByAccount("acc-2", 77L));
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.publish(TestLeads.alert("a-2").accountId("acc-2").build());

    sync().runCycle();

    assertThat(requestOf("a-1").booking().source()).isEqualTo("Smart Home Alerts");
    assertThat(requestOf("a-1").booking().campaignId()).contains(VENDOR_CAMPAIGN);
    assertThat(requestOf("a-2").booking().campaignId()).contains(77L);
  }

  // ---------------------------------------------------------------- LD-2

  @Test
  void ld02_nonActionableAlertsAreDroppedAndCountedPerReason() {
    vendor.publish(TestLeads.alert("ok-critical").build());
    vendor.publish(TestLeads.alert("ok-urgent").severity("URGENT").build());
    vendor.publish(TestLeads.alert("watching").severity(AlertSeverity.WATCHING).build());
    vendor.publish(TestLeads.alert("warning").severity(AlertSeverity.WARNING).build());
    vendor.publish(TestLeads.alert("renamed").severity("Severe").build());
    vendor.publish(TestLeads.alert("filter").type("Filter Change Due").build());
    vendor.publish(TestLeads.alert("snoozed").status(AlertStatus.SNOOZED).build());

    SyncReport report = sync().runCycle();

    assertThat(st.allBookings()).extracting(Booking::externalId)
        .containsExactly("ok-critical", "ok-urgent");
    assertThat(report.skippedByReason())
        .containsEntry("lead.severity-not-actionable", 2)
        .containsEntry("lead.severity-unknown", 1)
        .containsEntry("lead.type-not-actionable", 1)
        .containsEntry("lead.not-pending", 1);
    assertThat(report.leadCount(LeadCount.READ)).isEqualTo(7);
  }

  @Test
  void ld02_customSeverityAliasLetsRenamedSeverityThrough() {
    configure(
        LeadSyncConfig.builder()
            .filter(ActionableFilter.builder().severityAlias("Severe", "Critical").build()));
    vendor.publish(TestLeads.alert("renamed").severity("Severe").build());

    sync().runCycle();

    assertThat(st.bookingsWithExternalId("renamed")).hasSize(1);
    assertThat(requestOf("renamed").booking().priority()).contains("Urgent");
  }

  // ---------------------------------------------------------------- LD-3, LD-4, LD-5

  @Test
  void ld03_alertTypeSelectsTheTenantJobTypeOfItsStandardJobType() {
    configure(
        LeadSyncConfig.builder()
            .jobTypes(
                JobTypeMapping.builder()
                    .tenantJobType(Trade.HVAC, StandardJobType.REPAIR_AC, 501, 11)
                    .tenantJobType(Trade.HVAC, StandardJobType.HVAC_MAINTENANCE, 601, 12)
                    .build()));
    vendor.publish(TestLeads.alert("coil").type(AlertType.COIL_FREEZE_WARNING).build());
    vendor.publish(TestLeads.alert("tune").type(AlertType.SERVICE_REQUEST_TUNE_UP).build());

    sync().runCycle();

    assertThat(requestOf("coil").booking().jobTypeId()).contains(501L);
    assertThat(requestOf("coil").booking().summary()).contains("Repair AC");
    assertThat(requestOf("tune").booking().jobTypeId()).contains(601L);
    assertThat(requestOf("tune").booking().businessUnitId()).contains(12L);
  }

  @Test
  void ld04_ambiguousStandardJobTypeIsNotPrefilled() {
    configure(
        LeadSyncConfig.builder()
            .jobTypes(
                JobTypeMapping.builder()
                    .tenantJobType(Trade.HVAC, StandardJobType.LEAK_DETECTED, 701, 21)
                    .tenantJobType(Trade.HVAC, StandardJobType.LEAK_DETECTED, 702, 22)
                    .tenantJobType(Trade.PLUMBING, StandardJobType.LEAK_DETECTED, 801, 31)
                    .build()));
    vendor.publish(TestLeads.alert("hvac").build());
    vendor.publish(TestLeads.alert("plumbing").trade(Trade.PLUMBING).build());

    sync().runCycle();

    assertThat(requestOf("hvac").booking().jobTypeId()).isEmpty();
    assertThat(requestOf("hvac").booking().businessUnitId()).isEmpty();
    assertThat(requestOf("hvac").booking().summary()).contains("Job type not pre-filled");
    assertThat(requestOf("plumbing").booking().jobTypeId()).contains(801L);
    assertThat(requestOf("plumbing").booking().businessUnitId()).contains(31L);
  }

  @Test
  void ld05_disabledStandardJobTypeIsNotPosted() {
    configure(
        LeadSyncConfig.builder()
            .jobTypes(JobTypeMapping.builder().enabled(StandardJobType.REPAIR_AC, false).build()));
    vendor.publish(TestLeads.alert("coil").type(AlertType.COIL_FREEZE_WARNING).build());
    vendor.publish(TestLeads.alert("water").build());

    SyncReport report = sync().runCycle();

    assertThat(st.allBookings()).extracting(Booking::externalId).containsExactly("water");
    assertThat(report.skippedByReason()).containsEntry("lead.job-type-disabled", 1);
  }

  // ---------------------------------------------------------------- LD-6

  @Test
  void ld06_alertsArrivingWhileDisabledAreHeldAndReplayedWhenEnabled() {
    configure(LeadSyncConfig.builder().enabled(false));
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.publish(TestLeads.alert("a-2").build());
    vendor.publish(TestLeads.alert("watching").severity(AlertSeverity.WATCHING).build());

    SyncReport disabled = sync().runCycle();

    assertThat(st.allBookings()).isEmpty();
    assertThat(disabled.leadCount(LeadCount.HELD)).isEqualTo(2);
    assertThat(store.heldLeads().count()).isEqualTo(2);

    configure(LeadSyncConfig.builder().enabled(true));
    SyncReport enabled = sync().runCycle();

    assertThat(enabled.leadCount(LeadCount.REPLAYED)).isEqualTo(2);
    assertThat(st.allBookings()).extracting(Booking::externalId).containsExactly("a-1", "a-2");
    assertThat(store.heldLeads().count()).isZero();
    assertThat(sync().runCycle().performed(EffectType.LEAD_BOOKING)).isZero();
  }

  @Test
  void ld06_heldAlertDismissedAtVendorMeanwhileIsNotReplayed() {
    configure(LeadSyncConfig.builder().enabled(false));
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    vendor.dealerSets("a-1", AlertStatus.DISMISSED);
    sync().runCycle();

    configure(LeadSyncConfig.builder().enabled(true));
    sync().runCycle();

    assertThat(st.allBookings()).isEmpty();
    assertThat(store.heldLeads().count()).isZero();
  }

  @Test
  void ld06_heldAlertDismissedJustBeforeReEnablingIsNotReplayed() {
    configure(LeadSyncConfig.builder().enabled(false));
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.publish(TestLeads.alert("a-2").build());
    sync().runCycle();
    vendor.dealerSets("a-1", AlertStatus.DISMISSED);

    configure(LeadSyncConfig.builder().enabled(true));
    SyncReport report = sync().runCycle();

    assertThat(st.allBookings()).extracting(Booking::externalId).containsExactly("a-2");
    assertThat(report.leadCount(LeadCount.REPLAYED)).isEqualTo(1);
    assertThat(store.heldLeads().count()).isZero();
  }

  @Test
  void ld06_replayInterruptedByOutageKeepsTheRestHeld() {
    configure(LeadSyncConfig.builder().enabled(false));
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.publish(TestLeads.alert("a-2").build());
    sync().runCycle();
    configure(LeadSyncConfig.builder().enabled(true));
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createLeadBooking")
              && phase == FaultHook.Phase.BEFORE_EFFECT
              && st.allBookings().size() == 1) {
            throw new PlatformUnavailableException("ServiceTitan throttled the call (429): nothing done", null, false);
          }
        });

    SyncReport interrupted = sync().runCycle();

    assertThat(interrupted.completed()).isFalse();
    assertThat(store.heldLeads().list()).extracting(h -> h.alertId()).containsExactly("a-2");
    st.setFaultHook(FaultHook.NONE);
    sync().runCycle();
    assertThat(st.allBookings()).extracting(Booking::externalId).containsExactly("a-1", "a-2");
    assertThat(store.heldLeads().count()).isZero();
  }

  // ---------------------------------------------------------------- LD-7

  @Test
  void ld07_businessUnitIsAssignedPerProfileOrPerAccount() {
    configure(
        LeadSyncConfig.builder()
            .jobTypes(
                JobTypeMapping.builder()
                    .tenantJobType(Trade.HVAC, StandardJobType.LEAK_DETECTED, 701, 99)
                    .build())
            .businessUnits(
                BusinessUnitAssignments.builder()
                    .profile("acc-1", "north", 11)
                    .account("acc-2", 20)
                    .build()));
    vendor.publish(TestLeads.alert("north").profileId("north").build());
    vendor.publish(TestLeads.alert("acc2").accountId("acc-2").build());
    vendor.publish(TestLeads.alert("unassigned").accountId("acc-3").build());

    sync().runCycle();

    assertThat(requestOf("north").booking().businessUnitId()).contains(11L);
    assertThat(requestOf("acc2").booking().businessUnitId()).contains(20L);
    assertThat(requestOf("unassigned").booking().businessUnitId()).contains(99L);
    assertThat(requestOf("north").booking().jobTypeId()).contains(701L);
  }

  // ---------------------------------------------------------------- LD-8

  @Test
  void ld08_existingCustomerIsMatchedWithReportedConfidence() {
    st.addCustomer(
        CustomerCandidate.builder()
            .customerId(7)
            .locationId(70)
            .name("DOE, JANE")
            .addPhone("(214) 555-0100")
            .address(TestLeads.HOME)
            .build());
    vendor.publish(TestLeads.alert("a-1").build());

    SyncReport report = sync().runCycle();

    LeadBookingRequest request = requestOf("a-1");
    assertThat(request.customerId()).contains(7L);
    assertThat(request.locationId()).contains(70L);
    assertThat(request.matchConfidence()).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
    assertThat(request.firstTimeClient()).isFalse();
    assertThat(request.booking().summary()).contains("Customer match: likely (");
    assertThat(report.leadCount(LeadCount.CUSTOMER_MATCHED)).isEqualTo(1);
  }

  @Test
  void ld08_matchingSwitchedOff_leavesEveryLeadUnmatched() {
    st.addCustomer(
        CustomerCandidate.builder()
            .customerId(7)
            .locationId(70)
            .name("DOE, JANE")
            .addPhone("(214) 555-0100")
            .address(TestLeads.HOME)
            .build());
    configure(LeadSyncConfig.builder().matchCustomers(false));
    vendor.publish(TestLeads.alert("a-1").build());

    SyncReport report = sync().runCycle();

    assertThat(requestOf("a-1").customerId()).isEmpty();
    assertThat(report.leadCount(LeadCount.CUSTOMER_UNMATCHED)).isEqualTo(1);
  }

  @Test
  void ld08_noExactOrConfidentMatchLeavesBookingUnmatched() {
    st.addCustomer(
        CustomerCandidate.builder()
            .customerId(8)
            .name("Acme Rentals")
            .addPhone("214-555-0100")
            .build());
    vendor.publish(TestLeads.alert("a-1").build());

    SyncReport report = sync().runCycle();

    LeadBookingRequest request = requestOf("a-1");
    assertThat(request.customerId()).isEmpty();
    assertThat(request.firstTimeClient()).isTrue();
    assertThat(request.matchConfidence()).isEqualTo(0.7);
    assertThat(request.booking().summary()).contains("Customer match: none (best 70% on phone)");
    assertThat(report.leadCount(LeadCount.CUSTOMER_UNMATCHED)).isEqualTo(1);
  }

  // ---------------------------------------------------------------- LD-9

  @Test
  void ld09_followUpRoutingCreatesFollowUpInsteadOfBooking() {
    configure(LeadSyncConfig.builder().routing(LeadRouting.FOLLOW_UP));
    vendor.publish(TestLeads.alert("a-1").build());

    SyncReport report = sync().runCycle();

    assertThat(st.allBookings()).isEmpty();
    assertThat(report.performed(EffectType.LEAD_FOLLOW_UP)).isEqualTo(1);
    List<FollowUp> followUps = st.allFollowUps();
    assertThat(followUps).hasSize(1);
    FollowUpRequest request = st.followUpRequest(followUps.get(0).id()).orElseThrow();
    assertThat(request.externalId()).isEqualTo("a-1");
    assertThat(request.campaignId()).isEqualTo(VENDOR_CAMPAIGN);
    assertThat(request.followUpAt()).isEqualTo(TestLeads.PREFERRED);
    assertThat(request.contact().name()).isEqualTo("Jane Doe");
    assertThat(store.links().target(LeadSync.ALERT_FOLLOW_UP, "a-1"))
        .contains(Long.toString(followUps.get(0).id()));
  }

  @Test
  void ld09_convertedFollowUpWritesScheduledBack() {
    configure(LeadSyncConfig.builder().routing(LeadRouting.FOLLOW_UP));
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    FollowUp followUp = st.allFollowUps().get(0);

    st.csrConvertsFollowUp(followUp.id());
    SyncReport report = sync().runCycle();

    assertThat(report.performed(EffectType.LEAD_OUTCOME)).isEqualTo(1);
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.SCHEDULED);
    assertThat(vendor.externalRef("a-1")).contains("st-follow-up:" + followUp.id());
    assertThat(st.allFollowUps()).hasSize(1);
  }

  @Test
  void ld09_dismissedFollowUpWritesDismissedBack() {
    configure(LeadSyncConfig.builder().routing(LeadRouting.FOLLOW_UP));
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();

    st.csrDismissesFollowUp(st.allFollowUps().get(0).id());
    sync().runCycle();

    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.DISMISSED);
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).isEmpty();
  }

  @Test
  void ld08_twoEquallyLikelyCustomersLeaveTheBookingUnmatched() {
    for (long id = 1; id <= 2; id++) {
      st.addCustomer(
          CustomerCandidate.builder()
              .customerId(id)
              .name("Owner " + id)
              .addPhone("2145550100")
              .address(TestLeads.HOME)
              .build());
    }
    vendor.publish(TestLeads.alert("a-1").build());

    sync().runCycle();

    assertThat(requestOf("a-1").customerId()).isEmpty();
    assertThat(requestOf("a-1").booking().summary())
        .contains("Customer match: none - several customers equally likely");
  }

  // ---------------------------------------------------------------- LD-10

  @Test
  void ld10_sameAlertDeliveredAgainMakesOneBooking() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    clock.advance(Duration.ofMinutes(1));
    vendor.publish(TestLeads.alert("a-1").updatedAt(clock.instant()).putDetail("Reading", "dry").build());

    SyncReport second = sync().runCycle();

    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
    assertThat(second.skippedByReason()).containsEntry("lead.already-posted", 1);
  }

  @Test
  void ld10_crashAfterRemoteCreateDoesNotDuplicateTheBooking() {
    vendor.publish(TestLeads.alert("a-1").build());
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createLeadBooking") && phase == FaultHook.Phase.AFTER_EFFECT) {
            throw new SimulatedCrash();
          }
        });
    try {
      sync().runCycle();
    } catch (SimulatedCrash expected) {
      // the process died after ServiceTitan created the booking, before the store knew
    }
    st.setFaultHook(FaultHook.NONE);

    SyncReport blocked = sync().runCycle();
    // Its post is reserved under the dead process's lease: the alert waits, the feed goes on.
    assertThat(blocked.completed()).isTrue();
    assertThat(blocked.deferred())
        .singleElement()
        .satisfies(deferred -> assertThat(deferred.recordKey()).isEqualTo("alert:a-1"));
    assertThat(store.deferred().find(LeadSyncConfig.QUARANTINE_STREAM, "a-1")).isPresent();

    clock.advance(SyncStoreSettings.DEFAULT_LEASE.plusSeconds(1));
    SyncReport recovered = sync().runCycle();

    assertThat(recovered.completed()).isTrue();
    assertThat(recovered.alreadyDone(EffectType.LEAD_BOOKING)).isEqualTo(1);
    assertThat(recovered.performed(EffectType.LEAD_BOOKING)).isZero();
    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
    assertThat(store.links().target(LinkKind.ALERT_BOOKING, "a-1"))
        .contains(Long.toString(onlyBooking("a-1").id()));
    assertThat(store.deferred().list()).isEmpty();
  }

  @Test
  void ld10_outageBeforeCreateIsRetriedNextCycleWithoutAdvancingTheCursor() {
    vendor.publish(TestLeads.alert("a-1").build());
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createLeadBooking") && phase == FaultHook.Phase.BEFORE_EFFECT) {
            throw new PlatformUnavailableException("ServiceTitan refused the connection: nothing done", null, false);
          }
        });

    SyncReport failed = sync().runCycle();

    assertThat(failed.completed()).isFalse();
    assertThat(failed.stoppedBecause()).hasValueSatisfying(r -> assertThat(r).contains("refused the connection"));
    assertThat(store.cursors().get(LeadSyncConfig.ALERTS_STREAM)).isEmpty();
    st.setFaultHook(FaultHook.NONE);
    SyncReport retried = sync().runCycle();
    assertThat(retried.performed(EffectType.LEAD_BOOKING)).isEqualTo(1);
    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
  }

  @Test
  void isolation_anAlertWhosePostFailsWithA5xxIsDeferred_theOthersArePosted_andItIsPostedOnceLater() {
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.publish(TestLeads.alert("a-2").build());
    AtomicBoolean failedOnce = new AtomicBoolean();
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createLeadBooking")
              && phase == FaultHook.Phase.BEFORE_EFFECT
              && failedOnce.compareAndSet(false, true)) {
            throw new PlatformUnavailableException("ServiceTitan answered 502");
          }
        });

    SyncReport first = sync().runCycle();

    assertThat(first.completed()).isTrue();
    assertThat(first.deferred()).extracting(SyncReport.Deferred::recordKey).containsExactly("alert:a-1");
    assertThat(st.bookingsWithExternalId("a-1")).isEmpty();
    assertThat(st.bookingsWithExternalId("a-2")).hasSize(1);
    assertThat(store.cursors().get(LeadSyncConfig.ALERTS_STREAM)).isPresent();

    // The post's outcome is unknown: it settles, is looked up, and is posted once.
    for (int cycle = 0; cycle < 6; cycle++) {
      clock.advance(Duration.ofSeconds(30));
      assertThat(sync().runCycle().completed()).isTrue();
    }
    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
    assertThat(st.bookingsWithExternalId("a-2")).hasSize(1);
    assertThat(store.deferred().list()).isEmpty();
    assertThat(store.quarantine().list()).isEmpty();
  }

  // ---------------------------------------------------------------- outcome write-back

  @Test
  void outcome_bookingConvertedThenJobCompleted_writesScheduledThenResolved() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    Booking booking = onlyBooking("a-1");

    FieldJob job = st.csrConverts(booking.id(), 7, 70);
    SyncReport converted = sync().runCycle();
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.SCHEDULED);
    assertThat(vendor.externalRef("a-1")).contains("st-booking:" + booking.id());
    assertThat(converted.performed(EffectType.LEAD_OUTCOME)).isEqualTo(1);

    st.finish(job.id());
    sync().runCycle();
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.RESOLVED);
    assertThat(vendor.outcomes())
        .extracting(FakeLeadFeed.OutcomeWrite::outcome)
        .containsExactly(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED);
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).isEmpty();

    SyncReport quiet = sync().runCycle();
    assertThat(quiet.performed(EffectType.LEAD_OUTCOME)).isZero();
    assertThat(quiet.performed(EffectType.LEAD_BOOKING)).isZero();
  }

  @Test
  void outcome_bookingDismissed_writesDismissed() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();

    st.csrDismisses(onlyBooking("a-1").id());
    sync().runCycle();

    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.DISMISSED);
    assertThat(onlyBooking("a-1").status()).isEqualTo(BookingStatus.DISMISSED);
  }

  @Test
  void outcome_openBooking_writesNothing() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();

    sync().runCycle();

    assertThat(vendor.outcomes()).isEmpty();
    assertThat(store.links().list(LeadSync.AWAITING_OUTCOME)).hasSize(1);
  }

  @Test
  void outcome_vendorRefusesTransition_isReportedAndNotRetried() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    vendor.dealerSets("a-1", AlertStatus.DISMISSED);
    st.csrConverts(onlyBooking("a-1").id(), 7, 70);

    SyncReport refused = sync().runCycle();

    assertThat(refused.skippedByReason()).containsEntry("lead.outcome-rejected", 1);
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.DISMISSED);
    int callsBefore = vendor.calls();
    SyncReport later = sync().runCycle();
    assertThat(later.skippedByReason()).doesNotContainKey("lead.outcome-rejected");
    assertThat(vendor.calls() - callsBefore).isEqualTo(1); // only the feed read
  }

  @Test
  void outcome_vendorOutageIsRetriedNextCycle() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    st.csrConverts(onlyBooking("a-1").id(), 7, 70);
    vendor.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("writeOutcome")) {
            throw new PlatformUnavailableException("vendor throttled the call (429): nothing done", null, false);
          }
        });

    assertThat(sync().runCycle().completed()).isFalse();
    vendor.setFaultHook(FaultHook.NONE);
    sync().runCycle();

    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.SCHEDULED);
  }

  @Test
  void ld06_outcomesAreStillWrittenBackWhileDisabled() {
    vendor.publish(TestLeads.alert("a-1").build());
    sync().runCycle();
    configure(LeadSyncConfig.builder().enabled(false));

    st.csrDismisses(onlyBooking("a-1").id());
    sync().runCycle();

    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.DISMISSED);
  }

  // ---------------------------------------------------------------- SDK-5

  @Test
  void sdk05_malformedAlertIsQuarantinedAndTheBatchGoesOn() {
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.putMalformed("bad-1", "missing field member", "{\"id\":\"bad-1\"}");
    vendor.publish(TestLeads.alert("a-2").build());

    SyncReport report = sync().runCycle();

    assertThat(report.completed()).isTrue();
    assertThat(report.quarantined())
        .containsExactly(new SyncReport.Quarantined("alert:bad-1", "missing field member"));
    assertThat(store.quarantine().find(LeadSyncConfig.QUARANTINE_STREAM, "bad-1"))
        .hasValueSatisfying(q -> assertThat(q.payload()).isEqualTo("{\"id\":\"bad-1\"}"));
    assertThat(st.allBookings()).extracting(Booking::externalId).containsExactly("a-1", "a-2");
    assertThat(store.cursors().get(LeadSyncConfig.ALERTS_STREAM)).contains("3");
  }

  @Test
  void sdk05_alertWithoutAnyContactIsQuarantinedWithSpecificReason() {
    vendor.publish(TestLeads.alert("a-1").member(Party.builder().name("Jane Doe").build()).build());
    vendor.publish(
        TestLeads.alert("a-2").member(Party.builder().name(" ").phone("2145550100").build()).build());

    SyncReport report = sync().runCycle();

    assertThat(report.quarantined())
        .containsExactly(
            new SyncReport.Quarantined("alert:a-1", "member has no phone, e-mail or address"),
            new SyncReport.Quarantined("alert:a-2", "member name is missing"));
    assertThat(st.allBookings()).isEmpty();
  }

  @Test
  void sdk05_bookingRejectedByServiceTitanIsQuarantinedAndRetriedWhenTheAlertChanges() {
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createLeadBooking")) {
            throw new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "zip is invalid");
          }
        });
    vendor.publish(TestLeads.alert("a-1").build());

    SyncReport rejected = sync().runCycle();

    assertThat(rejected.quarantined()).hasSize(1);
    assertThat(rejected.quarantined().get(0).reason()).contains("zip is invalid");
    st.setFaultHook(FaultHook.NONE);
    vendor.publish(TestLeads.alert("a-1").updatedAt(clock.instant()).build());
    sync().runCycle();
    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
    assertThat(store.quarantine().find(LeadSyncConfig.QUARANTINE_STREAM, "a-1")).isEmpty();
  }

  @Test
  void sdk05_retry_rejectedOnceIsPostedAndReleased_stillInvalidStaysWithTheNewReason() {
    st.setFaultHook(
        (operation, phase) -> {
          if (operation.equals("createLeadBooking")) {
            throw new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "zip is invalid");
          }
        });
    vendor.publish(TestLeads.alert("a-1").build());
    vendor.publish(TestLeads.alert("a-2").member(Party.builder().name("Jane Doe").build()).build());
    sync().runCycle();
    assertThat(store.quarantine().list()).hasSize(2);
    st.setFaultHook(FaultHook.NONE);
    vendor.publish(TestLeads.alert("a-2").member(Party.builder().name(" ").phone("2145550100").build()).build());

    RetryOutcome fixed = sync().retry(store.quarantine().find(LeadSyncConfig.QUARANTINE_STREAM, "a-1").orElseThrow());
    RetryOutcome stillBad = sync().retry(store.quarantine().find(LeadSyncConfig.QUARANTINE_STREAM, "a-2").orElseThrow());

    assertThat(fixed.result()).isEqualTo(RetryOutcome.Result.RELEASED);
    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
    assertThat(stillBad.result()).isEqualTo(RetryOutcome.Result.STILL_QUARANTINED);
    assertThat(stillBad.detail()).isEqualTo("member name is missing");
    assertThat(store.quarantine().list())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.recordKey()).isEqualTo("a-2");
              assertThat(q.reason()).isEqualTo("member name is missing");
              assertThat(q.attempts()).isEqualTo(2);
            });
    // The cursor did not move, and the next cycle does not post the released alert again.
    sync().runCycle();
    assertThat(st.bookingsWithExternalId("a-1")).hasSize(1);
  }

  @Test
  void sdk05_retry_alertGoneOrVendorDown_staysOrIsNotRetried() {
    vendor.putMalformed("bad-1", "missing field member", "{\"id\":\"bad-1\"}");
    sync().runCycle();
    QuarantinedRecord bad = store.quarantine().find(LeadSyncConfig.QUARANTINE_STREAM, "bad-1").orElseThrow();

    RetryOutcome gone = sync().retry(bad);
    assertThat(gone.result()).isEqualTo(RetryOutcome.Result.STILL_QUARANTINED);
    assertThat(gone.detail()).contains("no longer has alert bad-1");

    vendor.setFaultHook(
        (operation, phase) -> {
          throw new PlatformUnavailableException("vendor down");
        });
    RetryOutcome down = sync().retry(bad);
    assertThat(down.result()).isEqualTo(RetryOutcome.Result.NOT_RETRIED);
    assertThat(down.detail()).contains("vendor down");
    assertThat(store.quarantine().find(LeadSyncConfig.QUARANTINE_STREAM, "bad-1").orElseThrow().attempts()).isEqualTo(2);
  }

  // ---------------------------------------------------------------- paging

  @Test
  void runCycle_manyPages_readsUpToTheLimitAndResumesFromTheCursor() {
    configure(LeadSyncConfig.builder().pageSize(2).maxPagesPerCycle(2));
    for (int i = 1; i <= 5; i++) {
      vendor.publish(TestLeads.alert("a-" + i).build());
    }

    SyncReport first = sync().runCycle();
    assertThat(first.performed(EffectType.LEAD_BOOKING)).isEqualTo(4);
    SyncReport second = sync().runCycle();
    assertThat(second.performed(EffectType.LEAD_BOOKING)).isEqualTo(1);
    assertThat(st.allBookings()).hasSize(5);
  }

  /** Stands for the process dying mid-call. */
  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
