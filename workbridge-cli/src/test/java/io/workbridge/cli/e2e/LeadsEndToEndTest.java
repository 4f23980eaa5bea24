package io.workbridge.cli.e2e;

import static io.workbridge.cli.e2e.RemoteView.id;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.FOREIGN_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.sync.mapping.BusinessUnitAssignments;
import io.workbridge.sync.mapping.JobTypeMapping;
import io.workbridge.sync.mapping.LeadDropReason;
import io.workbridge.sync.mapping.StandardJobType;
import io.workbridge.sync.workflow.LeadRouting;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.testkit.servicetitan.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC group B end to end: the leads vendor's alerts, through a {@link WorkBridge} wired over the three
 * simulators and an embedded H2 store, become ServiceTitan bookings or follow-ups. The vendor simulator
 * starts with a week of seeded alerts of every kind, so each test also runs over realistic noise.
 */
class LeadsEndToEndTest {
  private static final Set<String> ACTIONABLE_TYPES =
      Set.of(
          "Water Detected",
          "Poor Heating Performance",
          "Poor Cooling Performance",
          "Coil Freeze Warning",
          "Service Request-Normal",
          "Service Request-Tune Up",
          "Service Request-Emergency");

  @TempDir Path data;

  private SimulatedWorld world;
  private TestStore store;
  private RemoteView remote;
  private BridgeWiring wiring;

  @BeforeEach
  void start() {
    world = SimulatedWorld.start();
    store = TestStore.h2(data);
    remote = new RemoteView(world);
    wiring = BridgeWiring.over(world, store);
  }

  @AfterEach
  void stop() {
    remote.close();
    world.verify();
    world.close();
    store.close();
  }

  private Cycles sync() {
    return Cycles.untilQuiet(wiring, world);
  }

  private LeadSyncConfig.Builder leads() {
    return BridgeWiring.defaultLeads(world);
  }

  private Map<String, Object> alert(String alertId) {
    return world.vendor().alert(alertId).orElseThrow();
  }

  @Test
  void actionableAlert_becomesABooking_withContactAddressTimesDetailsSourceAndCampaign() {
    String alertId = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    Map<String, Object> member = world.memberOf(alertId);
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) member.get("address");

    sync();

    Map<String, Object> booking = remote.booking(alertId);
    assertThat(booking)
        .containsEntry("source", "WorkBridge Leads")
        .containsEntry("campaignId", world.serviceTitan().referenceData().campaignId())
        .containsEntry("priority", "Urgent")
        .containsEntry("name", member.get("firstName") + " " + member.get("lastName"));
    @SuppressWarnings("unchecked")
    Map<String, Object> bookedAt = (Map<String, Object>) booking.get("address");
    assertThat(bookedAt).containsEntry("street", address.get("street")).containsEntry("zip", address.get("zip"));
    assertThat(String.valueOf(booking.get("summary")))
        .contains("Water Detected (Critical) - Leak Detected", "Submitted: ", "sensorLocation: ", "Alert id: " + alertId);
    List<Contact> contacts = remote.bookingContacts(id(booking));
    assertThat(contacts)
        .anySatisfy(contact -> {
          assertThat(contact.type()).isEqualTo(ContactType.PHONE);
          assertThat(lastTenDigits(contact.value())).isEqualTo(lastTenDigits(String.valueOf(member.get("phone"))));
        });
    if (member.get("email") != null) {
      assertThat(contacts).anySatisfy(contact -> assertThat(contact.value()).isEqualTo(member.get("email")));
    }
  }

  private static String lastTenDigits(String phone) {
    String digits = phone.replaceAll("\\D", "");
    return digits.substring(Math.max(0, digits.length() - 10));
  }

  @Test
  void onlyPendingAlertsOfActionableTypesAndSeverities_becomeBookings_theRestAreDroppedAndCounted() {
    String notActionableType = world.alert(ACCOUNT_WITH_PROFILES, "Hub Offline", "Critical");
    String watching = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Watching");
    String warning = world.alert(ACCOUNT_WITH_ONE_PROFILE, "Poor Cooling Performance", "Warning");
    String urgent = world.alert(ACCOUNT_WITH_ONE_PROFILE, "Coil Freeze Warning", "Urgent");

    Cycles cycles = sync();

    assertThat(remote.bookingsFor(notActionableType)).isEmpty();
    assertThat(remote.bookingsFor(watching)).isEmpty();
    assertThat(remote.bookingsFor(warning)).isEmpty();
    assertThat(remote.bookingsFor(urgent)).hasSize(1);
    // Every alert the dealer can see, seeded ones included: a booking exactly when it is actionable.
    int posted = 0;
    for (String account : List.of(ACCOUNT_WITH_PROFILES, ACCOUNT_WITHOUT_PROFILES, ACCOUNT_WITH_ONE_PROFILE)) {
      for (String alertId : world.vendor().alertIds(account)) {
        Map<String, Object> alert = alert(alertId);
        boolean actionable =
            ACTIONABLE_TYPES.contains(alert.get("type"))
                && Set.of("Critical", "Urgent").contains(alert.get("severity"))
                && "PENDING".equals(alert.get("status"));
        assertThat(remote.bookingsFor(alertId)).as("bookings of %s", alert).hasSize(actionable ? 1 : 0);
        posted += actionable ? 1 : 0;
      }
    }
    for (String foreign : world.vendor().alertIds(FOREIGN_ACCOUNT)) {
      assertThat(remote.bookingsFor(foreign)).isEmpty();
    }
    assertThat(remote.bookings()).hasSize(posted);
    Map<String, Integer> dropped = cycles.skippedByReason(WorkBridge.LEADS);
    assertThat(dropped.get(LeadDropReason.TYPE_NOT_ACTIONABLE.key())).isPositive();
    assertThat(dropped.get(LeadDropReason.SEVERITY_NOT_ACTIONABLE.key())).isPositive();
    assertThat(dropped.get(LeadDropReason.NOT_PENDING.key())).isPositive();
  }

  @Test
  void tenantJobTypeMapping_prefillsJobTypeAndBusinessUnit_butNotWhenItIsAmbiguous() {
    ReferenceData reference = world.serviceTitan().referenceData();
    wiring.leads(
        leads()
            .jobTypes(
                JobTypeMapping.builder()
                    .tenantJobType("Plumbing", StandardJobType.LEAK_DETECTED, reference.jobTypeId(), reference.businessUnitId())
                    .tenantJobType("HVAC", StandardJobType.REPAIR_AC, reference.jobTypeId(), reference.businessUnitId())
                    .tenantJobType("HVAC", StandardJobType.REPAIR_AC, reference.jobTypeId() + 1, reference.businessUnitId())
                    .build())
            .build());
    String leak = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    String freeze = world.alert(ACCOUNT_WITH_PROFILES, "Coil Freeze Warning", "Critical");

    sync();

    assertThat(remote.booking(leak))
        .containsEntry("jobTypeId", reference.jobTypeId())
        .containsEntry("businessUnitId", reference.businessUnitId());
    Map<String, Object> ambiguous = remote.booking(freeze);
    assertThat(ambiguous.get("jobTypeId")).isNull();
    assertThat(ambiguous.get("businessUnitId")).isNull();
    assertThat(String.valueOf(ambiguous.get("summary"))).contains("Repair AC", "Job type not pre-filled");
  }

  @Test
  void disabledStandardJobType_isNotPosted_otherTypesAre() {
    wiring.leads(leads().jobTypes(JobTypeMapping.builder().enabled(StandardJobType.REPAIR_AC, false).build()).build());
    String cooling = world.alert(ACCOUNT_WITH_PROFILES, "Poor Cooling Performance", "Critical");
    String freeze = world.alert(ACCOUNT_WITH_PROFILES, "Coil Freeze Warning", "Urgent");
    String leak = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");

    Cycles cycles = sync();

    assertThat(remote.bookingsFor(cooling)).isEmpty();
    assertThat(remote.bookingsFor(freeze)).isEmpty();
    assertThat(remote.bookingsFor(leak)).hasSize(1);
    assertThat(cycles.skippedByReason(WorkBridge.LEADS)).containsKey(LeadDropReason.JOB_TYPE_DISABLED.key());
  }

  @Test
  void disabledIntegration_holdsAlerts_andPostsThemOnceEnabledAgain() {
    wiring.leads(leads().enabled(false).build());
    String whileOff = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    sync();
    assertThat(remote.bookings()).isEmpty();

    wiring.leads(leads().enabled(true).build());
    sync();

    assertThat(remote.bookingsFor(whileOff)).hasSize(1);
    assertThat(remote.bookings()).isNotEmpty();
  }

  @Test
  void businessUnits_areAssignedPerProfile_orPerAccountWithoutProfiles() {
    long profileUnit = 777_001L;
    long accountUnit = 777_002L;
    String austin = world.alert(ACCOUNT_WITH_PROFILES, "Poor Heating Performance", "Critical");
    String plumbing = world.alert(ACCOUNT_WITHOUT_PROFILES, "Water Detected", "Critical");
    Object profile = alert(austin).get("profileId");
    wiring.leads(
        leads()
            .businessUnits(
                BusinessUnitAssignments.builder()
                    .profile(ACCOUNT_WITH_PROFILES, String.valueOf(profile), profileUnit)
                    .account(ACCOUNT_WITHOUT_PROFILES, accountUnit)
                    .build())
            .build());

    sync();

    assertThat(remote.booking(austin)).containsEntry("businessUnitId", profileUnit);
    assertThat(remote.booking(plumbing)).containsEntry("businessUnitId", accountUnit);
  }

  @Test
  void memberMatchingAnExistingCustomer_isBookedForThatCustomer_othersAreLeftUnmatched() {
    String known = world.alert(ACCOUNT_WITH_PROFILES, "Poor Heating Performance", "Critical");
    String stranger = world.alert(ACCOUNT_WITH_ONE_PROFILE, "Poor Heating Performance", "Critical");
    Map<String, Object> member = world.memberOf(known);
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) member.get("address");
    String street = address.get("street") + (address.get("unit") == null ? "" : " " + address.get("unit"));
    world.serviceTitan()
        .csrCreateCustomer(
            member.get("firstName") + " " + member.get("lastName"),
            street,
            String.valueOf(address.get("city")),
            String.valueOf(address.get("state")),
            String.valueOf(address.get("zip")));

    sync();

    Map<String, Object> matched = remote.booking(known);
    assertThat(matched).containsEntry("isFirstTimeClient", false);
    assertThat(String.valueOf(matched.get("summary"))).containsPattern("Customer match: (exact|likely) \\(\\d+%");
    Map<String, Object> unmatched = remote.booking(stranger);
    assertThat(unmatched).containsEntry("isFirstTimeClient", true);
    assertThat(String.valueOf(unmatched.get("summary"))).contains("Customer match: none");
  }

  @Test
  void followUpRouting_createsFollowUpsInsteadOfBookings() {
    wiring.leads(leads().routing(LeadRouting.FOLLOW_UP).build());
    String alertId = world.alert(ACCOUNT_WITH_PROFILES, "Service Request-Emergency", "Critical");

    sync();
    sync();

    assertThat(remote.bookings()).isEmpty();
    List<Lead> followUps = remote.followUps();
    assertThat(followUps)
        .filteredOn(lead -> lead.summary().orElse("").contains("[alert " + alertId + "]"))
        .singleElement()
        .satisfies(lead -> assertThat(lead.campaignId()).isEqualTo(world.serviceTitan().referenceData().campaignId()));
    assertThat(followUps).hasSize(world.serviceTitan().leadCount());
    assertThat(followUps.stream().map(lead -> lead.summary().orElse("")).distinct()).hasSize(followUps.size());
  }

  @Test
  void sameAlert_neverBooksTwice_whenItChanges_aFreshBridgeRuns_orTheStoreIsLost() {
    String alertId = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    sync();
    int bookings = remote.bookings().size();

    world.vendor().updateDetail(alertId, "wetFor", "45 min");
    world.tick();
    sync();
    // A new store: everything the sync remembered is gone; ServiceTitan's external ids still tell.
    try (TestStore lost = TestStore.h2(data.resolve("lost"))) {
      Cycles.untilQuiet(BridgeWiring.over(world, lost), world);
    }

    assertThat(remote.bookingsFor(alertId)).hasSize(1);
    assertThat(remote.bookings()).hasSize(bookings);
  }

  @Test
  void bookingOutcomes_areWrittenBackToTheVendor() {
    String converted = world.alert(ACCOUNT_WITH_PROFILES, "Poor Heating Performance", "Critical");
    String dismissed = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    sync();

    long jobId = world.convertToJob(id(remote.booking(converted)), "Homeowner");
    world.serviceTitan().csrDismissBooking(id(remote.booking(dismissed)), world.serviceTitan().referenceData().callReasonId());
    world.tick();
    sync();
    assertThat(world.vendor().status(converted)).isEqualTo("SCHEDULED");
    assertThat(world.vendor().status(dismissed)).isEqualTo("DISMISSED");

    world.dispatch(jobId);
    world.arrive(jobId);
    world.finish(jobId);
    sync();

    assertThat(world.vendor().status(converted)).isEqualTo("RESOLVED");
    assertThat(world.vendor().outcomes(converted)).extracting(outcome -> outcome.get("status")).containsExactly("SCHEDULED", "RESOLVED");
    assertThat(world.vendor().outcomes(dismissed)).extracting(outcome -> outcome.get("status")).containsExactly("DISMISSED");
  }

  @Test
  void outcomesComeFromTheExportFeeds_anIdleCycleReadsNoBookingOrJobOneByOne_howeverManyAlertsAwait() {
    List<String> awaiting = List.of(
        world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical"),
        world.alert(ACCOUNT_WITH_PROFILES, "Poor Heating Performance", "Critical"),
        world.alert(ACCOUNT_WITH_ONE_PROFILE, "Coil Freeze Warning", "Urgent"));
    sync();
    long jobId = world.convertToJob(id(remote.booking(awaiting.get(0))), "Homeowner");
    world.tick();
    sync();
    assertThat(world.vendor().status(awaiting.get(0))).isEqualTo("SCHEDULED");

    int mark = world.serviceTitan().journal().count();
    sync();
    List<String> readOneByOne =
        world.serviceTitan().journal().all().subList(mark, world.serviceTitan().journal().count()).stream()
            .map(entry -> entry.method() + " " + entry.path())
            .filter(call -> call.matches("GET .*/(bookings|jobs)/\\d+"))
            .toList();
    assertThat(readOneByOne).isEmpty();

    world.dispatch(jobId);
    world.arrive(jobId);
    world.finish(jobId);
    sync();
    assertThat(world.vendor().outcomes(awaiting.get(0))).extracting(outcome -> outcome.get("status")).containsExactly("SCHEDULED", "RESOLVED");
    assertThat(world.vendor().outcomes(awaiting.get(1))).isEmpty();
  }

  @Test
  void alertsAwaitingBeforeTheOutcomeFeedStarted_stillGetTheOutcomeOfChangesMadeBeforeIt() {
    String converted = world.alert(ACCOUNT_WITH_PROFILES, "Poor Heating Performance", "Critical");
    String dismissed = world.alert(ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    sync();
    long jobId = world.convertToJob(id(remote.booking(converted)), "Homeowner");
    world.dispatch(jobId);
    world.arrive(jobId);
    world.finish(jobId);
    world.serviceTitan().csrDismissBooking(id(remote.booking(dismissed)), world.serviceTitan().referenceData().callReasonId());
    // A store from before the outcome feed: no cursor of its own; the changes are long past when it starts.
    try (var state = store.open(world.clock())) {
      state.connection(BridgeWiring.CONNECTION).cursors().reset(LeadSyncConfig.OUTCOMES_STREAM);
    }
    world.clock().advance(java.time.Duration.ofHours(2));

    sync();

    assertThat(world.vendor().outcomes(converted)).extracting(outcome -> outcome.get("status")).containsExactly("SCHEDULED", "RESOLVED");
    assertThat(world.vendor().outcomes(dismissed)).extracting(outcome -> outcome.get("status")).containsExactly("DISMISSED");
  }
}
