package io.workbridge.cli.e2e;

import static io.workbridge.cli.e2e.RemoteView.id;
import static io.workbridge.cli.e2e.SimulatedWorld.ALBANY;
import static io.workbridge.cli.e2e.SimulatedWorld.BOSTON;
import static io.workbridge.cli.e2e.SimulatedWorld.DENVER;
import static io.workbridge.cli.e2e.SimulatedWorld.LEAN;
import static io.workbridge.cli.e2e.SimulatedWorld.QUIET;
import static io.workbridge.cli.e2e.SimulatedWorld.SANDBOX;
import static io.workbridge.cli.e2e.SimulatedWorld.TROY;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.EntityMapping;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.SubscriberPreferences;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC group A end to end: ServiceChannel work orders and ServiceTitan bookings and jobs, synced by a
 * {@link WorkBridge} wired over the three simulators and an embedded H2 store, asserted on the simulators'
 * remote state. Every sync is a fresh bridge over the same store, run until it has nothing left to do.
 */
class WorkOrderLifecycleEndToEndTest {
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
    wiring = BridgeWiring.over(world, store).withoutLeads();
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

  private WorkOrderSyncSettings.Builder settings() {
    return BridgeWiring.defaultWorkOrders(world);
  }

  /** A work order synced into a booking that a CSR converted into a job; returns the job id. */
  private long jobFor(long workOrder) {
    sync();
    long jobId = world.convertToJob(id(remote.booking(workOrder)), "API SANDBOX #24");
    sync();
    return jobId;
  }

  // ------------------------------------------------------------------ intake (SC-1 … SC-5)

  @Test
  void newWorkOrder_becomesOneBooking_carryingTheWorkOrderFieldsAndTheIvrInstructions() {
    wiring.workOrders(
        settings()
            .fieldTemplates(
                FieldTemplates.builder()
                    .putIvr(
                        SANDBOX,
                        IvrInfo.builder()
                            .instructions("Call, enter the PIN, then the work order number")
                            .phoneNumber("1-800-555-0100")
                            .pin("4321")
                            .build())
                    .build())
            .build());
    long workOrder =
        world.workOrder(SANDBOX, ALBANY, wo -> wo.purchaseNumber("PO-7781").priority("P1 - Emergency").category("REPAIR"));

    sync();

    Map<String, Object> booking = remote.booking(workOrder);
    assertThat(booking).containsEntry("source", "ServiceChannel").containsEntry("status", "New");
    assertThat(String.valueOf(booking.get("name"))).contains("API SANDBOX");
    assertThat(String.valueOf(booking.get("summary")))
        .contains(
            Long.toString(workOrder),
            "PO-7781",
            "API SANDBOX",
            "store 0024",
            "HVAC",
            "REPAIR",
            "P1 - Emergency",
            "750",
            "Rooftop unit not cooling",
            "Store manager",
            "Call, enter the PIN, then the work order number",
            "1-800-555-0100",
            "IVR PIN: 4321");
    assertThat(booking.get("start")).isNotNull();
    assertThat(remote.bookings()).hasSize(1);
  }

  @Test
  void workOrdersCreatedBeforeActivationOrAlreadyClosed_areNotSynced() {
    long old = world.workOrder(SANDBOX, ALBANY, wo -> wo.callDate(world.activatedAt().minus(Duration.ofHours(2))));
    long cancelled = world.workOrder(SANDBOX, ALBANY);
    world.serviceChannel().cancel(cancelled);
    long fresh = world.workOrder(SANDBOX, ALBANY);

    sync();

    assertThat(remote.bookingsFor(Long.toString(old))).isEmpty();
    assertThat(remote.bookingsFor(Long.toString(cancelled))).isEmpty();
    assertThat(remote.bookingsFor(Long.toString(fresh))).hasSize(1);
  }

  @Test
  void autoConversion_sendsLaterWorkOrdersOfALearntStoreDirectlyAsJobs_withTheNte() {
    ReferenceData reference = world.serviceTitan().referenceData();
    wiring.workOrders(
        settings()
            .fieldTemplates(FieldTemplates.builder().nteCustomField("NTE").build())
            .conversionRules(
                ConversionRules.of(
                    ConversionRule.builder()
                        .subscriberId(SANDBOX)
                        .target(ConversionTarget.JOB)
                        .businessUnitId(reference.businessUnitId())
                        .jobTypeId(reference.jobTypeId())
                        .campaignId(reference.campaignId())
                        .fieldPriority("High")
                        .build()))
            .build());
    // The first work order of a store becomes a booking: the store's customer is not known yet (SC-5).
    long first = world.workOrder(SANDBOX, ALBANY);
    long firstJob = jobFor(first);
    Map<String, Object> learntCustomer = world.serviceTitan().job(firstJob).orElseThrow();

    long second = world.workOrder(SANDBOX, ALBANY);
    long otherStore = world.workOrder(SANDBOX, TROY);
    sync();

    // SC-4/SC-5: the store's next work order goes straight to a job for the learnt customer and location.
    assertThat(remote.bookingsFor(Long.toString(second))).isEmpty();
    List<Map<String, Object>> direct = remote.jobsFor(second);
    assertThat(direct).singleElement().satisfies(job -> {
      assertThat(job.get("customerId")).isEqualTo(learntCustomer.get("customerId"));
      assertThat(job.get("locationId")).isEqualTo(learntCustomer.get("locationId"));
      assertThat(job.get("priority")).isEqualTo("High");
      assertThat(RemoteView.customField(job, "NTE").map(BigDecimal::new)).hasValueSatisfying(nte -> assertThat(nte).isEqualByComparingTo("750"));
    });
    // A store without a mapping still gets a booking.
    assertThat(remote.bookingsFor(Long.toString(otherStore))).hasSize(1);
    // SC-9 for the direct job too.
    assertThat(remote.noteTexts(second)).anyMatch(text -> text.contains(world.jobNumber(id(direct.get(0)))));
  }

  @Test
  void explicitlyMappedStore_getsItsFirstWorkOrderAsAJob() {
    wiring.workOrders(
        settings()
            .conversionRules(
                ConversionRules.of(ConversionRule.builder().subscriberId(SANDBOX).target(ConversionTarget.JOB).build()))
            .build());
    long[] customer = world.serviceTitan().csrCreateCustomer("API SANDBOX #31", "31 River St", "Troy", "NY", "12180");
    try (SyncStore state = store.open(world.clock())) {
      new EntityMapping(state.connection(BridgeWiring.CONNECTION).mappings()).set(SANDBOX, TROY, customer[0], customer[1]);
    }
    long workOrder = world.workOrder(SANDBOX, TROY);

    sync();

    assertThat(remote.bookings()).isEmpty();
    assertThat(remote.jobsFor(workOrder)).singleElement().satisfies(job -> {
      assertThat(job.get("customerId")).isEqualTo(customer[0]);
      assertThat(job.get("locationId")).isEqualTo(customer[1]);
    });
  }

  // ------------------------------------------------------------------ status (SC-7 … SC-13)

  @Test
  void acceptedBooking_setsTheWorkOrderInProgressDispatchConfirmed() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    sync();

    world.serviceTitan().csrAcceptBooking(id(remote.booking(workOrder)));
    world.tick();
    sync();

    assertThat(remote.status(workOrder)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");
  }

  @Test
  void acceptedBooking_whileTheProviderAcceptsInThePortal_leavesTheStatusSet_andWritesNoActionRequiredNote() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    sync();
    // The portal accepts between the bridge's read of the work order (open) and its read of the work
    // order's transition-aware catalogue, which then no longer lists the accept status.
    world.serviceChannel().simulator().faults()
        .on("GET", "/v3/workorders/" + workOrder + "/statuses")
        .times(1)
        .then(
            (request, context) -> {
              world.serviceChannel().providerAcceptInPortal(workOrder);
              return context.proceed();
            });

    world.serviceTitan().csrAcceptBooking(id(remote.booking(workOrder)));
    world.tick();
    Cycles cycles = sync();

    assertThat(world.serviceChannel().simulator().faults().firedCount()).isEqualTo(1);
    assertThat(remote.status(workOrder)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");
    assertThat(remote.notes(workOrder)).noneMatch(note -> note.text().contains("has accepted this work order"));
    assertThat(cycles.fallbacks()).isEmpty();
  }

  @Test
  void dismissedBooking_declinesTheWorkOrder() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    sync();

    world.serviceTitan().csrDismissBooking(id(remote.booking(workOrder)), world.serviceTitan().referenceData().callReasonId());
    world.tick();
    sync();

    assertThat(remote.status(workOrder)).isEqualTo("OPEN/DECLINED");
  }

  @Test
  void subscriberWithoutTheTargetStatuses_getsActionRequiredNotes_statusLeftOpen_andTheReportSaysSo() {
    long accepted = world.workOrder(LEAN, DENVER);
    long declined = world.workOrder(LEAN, DENVER);
    sync();

    world.serviceTitan().csrAcceptBooking(id(remote.booking(accepted)));
    world.serviceTitan().csrDismissBooking(id(remote.booking(declined)), world.serviceTitan().referenceData().callReasonId());
    world.tick();
    Cycles cycles = sync();

    assertThat(remote.status(accepted)).startsWith("OPEN");
    assertThat(remote.status(declined)).startsWith("OPEN");
    assertThat(remote.notes(accepted))
        .filteredOn(note -> note.text().contains("Acme HVAC has accepted this work order"))
        .singleElement()
        .satisfies(note -> assertThat(note.actionRequired()).isTrue());
    assertThat(remote.notes(declined))
        .filteredOn(note -> note.text().contains("Acme HVAC has declined this work order"))
        .singleElement()
        .satisfies(note -> assertThat(note.actionRequired()).isTrue());
    assertThat(cycles.fallbacks())
        .extracting(fallback -> fallback.kind())
        .containsExactlyInAnyOrder(FallbackKind.ACCEPT_AS_NOTE, FallbackKind.DECLINE_AS_NOTE);
  }

  @Test
  void conversionToAJob_writesTheJobNumberNote_andTheNteCustomField() {
    wiring.workOrders(settings().fieldTemplates(FieldTemplates.builder().nteCustomField("NTE").build()).build());
    long workOrder = world.workOrder(SANDBOX, ALBANY);

    long jobId = jobFor(workOrder);

    assertThat(remote.noteTexts(workOrder)).filteredOn(text -> text.contains(world.jobNumber(jobId))).hasSize(1);
    assertThat(RemoteView.customField(world.serviceTitan().job(jobId).orElseThrow(), "NTE").map(BigDecimal::new))
        .hasValueSatisfying(nte -> assertThat(nte).isEqualByComparingTo("750"));
  }

  @Test
  void dispatchArrivalAndCompletion_reachTheWorkOrder_withOneCheckInAndItsCheckOut() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    long jobId = jobFor(workOrder);

    world.dispatch(jobId);
    sync();
    assertThat(remote.status(workOrder)).startsWith("IN PROGRESS");
    assertThat(remote.checkIns(workOrder)).isEmpty();

    world.arrive(jobId);
    sync();
    assertThat(remote.checkIns(workOrder)).singleElement().satisfies(visit -> assertThat(visit.isOpen()).isTrue());

    world.finish(jobId);
    sync();
    assertThat(remote.status(workOrder)).startsWith("COMPLETED");
    List<WorkActivity> visits = remote.checkIns(workOrder);
    assertThat(visits).singleElement().satisfies(visit -> assertThat(visit.isOpen()).isFalse());
  }

  @Test
  void ivrOnlySubscriber_getsNotesInsteadOfCheckIns_andTheReportSaysSo() {
    long ivrOnly = 2014917500L;
    long salem = 2007000002L;
    world.serviceChannel().addSubscriber(SubscriberSetup.builder(ivrOnly, "Phone Only Co").ivrOnly(true).providerMayComplete(true).build());
    world.serviceChannel().addLocation(salem, ivrOnly, "0301", 42.5195, -70.8967, 0.5, "America/New_York");
    long workOrder = world.workOrder(ivrOnly, salem);
    long jobId = jobFor(workOrder);

    world.dispatch(jobId);
    world.arrive(jobId);
    Cycles cycles = sync();

    assertThat(remote.checkIns(workOrder)).isEmpty();
    assertThat(remote.noteTexts(workOrder)).anyMatch(text -> text.contains("IVR"));
    assertThat(cycles.fallbacks()).extracting(fallback -> fallback.kind()).contains(FallbackKind.CHECK_IN_AS_NOTE);
  }

  // ------------------------------------------------------------------ notes (SC-16 … SC-18)

  @Test
  void notesGoBothWays_onceEach_andAreNeverEchoedBack() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    world.serviceChannel().addSubscriberNote(workOrder, "Please call the store manager before arriving");
    long jobId = jobFor(workOrder);
    world.jobNote(jobId, "Compressor capacitor replaced");

    sync();
    sync();

    List<String> jobNotes = remote.jobNotes(jobId);
    assertThat(jobNotes).filteredOn(text -> text.contains("Please call the store manager before arriving")).hasSize(1);
    assertThat(jobNotes).noneMatch(text -> text.startsWith("ServiceTitan note"));
    List<Note> workOrderNotes = remote.notes(workOrder);
    assertThat(workOrderNotes).filteredOn(note -> note.text().contains("Compressor capacitor replaced")).singleElement()
        .satisfies(note -> assertThat(note.origin()).isEqualTo(NoteOrigin.PROVIDER));
    assertThat(workOrderNotes).filteredOn(note -> note.text().contains("Please call the store manager")).hasSize(1);
    assertThat(workOrderNotes).noneMatch(note -> note.text().contains("[ServiceChannel note"));
    assertThat(jobNotes).hasSize(2);
  }

  @Test
  void editedServiceTitanNote_reachesServiceChannelAsANewNote() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    long jobId = jobFor(workOrder);
    long noteId = world.jobNote(jobId, "Belt worn; replacement ordered");
    sync();

    world.serviceTitan().officeEditJobNote(noteId, "Belt worn; replacement ordered for Thursday");
    world.tick();
    sync();

    List<String> copies = remote.noteTexts(workOrder).stream().filter(text -> text.contains("ServiceTitan note #" + noteId)).toList();
    assertThat(copies).hasSize(2);
    assertThat(copies.get(0)).endsWith("Belt worn; replacement ordered").doesNotContain("(edited)");
    assertThat(copies.get(1)).contains("(edited)").endsWith("Belt worn; replacement ordered for Thursday");
  }

  @Test
  void noteSyncSwitchedOffForASubscriber_copiesNoNoteEitherWay_butOthersStillSync() {
    wiring.workOrders(
        settings().putSubscriberPreference(QUIET, SubscriberPreferences.builder().notesEnabled(false).build()).build());
    long quiet = world.workOrder(QUIET, BOSTON);
    long chatty = world.workOrder(SANDBOX, ALBANY);
    world.serviceChannel().addSubscriberNote(quiet, "Quiet store note");
    world.serviceChannel().addSubscriberNote(chatty, "Chatty store note");
    sync();
    long quietJob = world.convertToJob(id(remote.booking(quiet)), "Quiet Stores #201");
    long chattyJob = world.convertToJob(id(remote.booking(chatty)), "API SANDBOX #24");
    sync();
    world.jobNote(quietJob, "Quiet technician note");
    world.jobNote(chattyJob, "Chatty technician note");

    sync();

    assertThat(remote.jobNotes(quietJob)).noneMatch(text -> text.contains("Quiet store note"));
    assertThat(remote.noteTexts(quiet)).noneMatch(text -> text.contains("Quiet technician note"));
    assertThat(remote.noteTexts(quiet)).anyMatch(text -> text.contains(world.jobNumber(quietJob)));
    assertThat(remote.jobNotes(chattyJob)).anyMatch(text -> text.contains("Chatty store note"));
    assertThat(remote.noteTexts(chatty)).anyMatch(text -> text.contains("Chatty technician note"));
  }

  // ------------------------------------------------------------------ attachments and invoices (SC-15, SC-20)

  @Test
  void attachmentsAreSentOnceWhenTheJobIsDone_laterOnesAreNot() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    long jobId = jobFor(workOrder);
    world.dispatch(jobId);
    world.arrive(jobId);
    world.attachPhoto(jobId, "before.jpg");
    world.attachPhoto(jobId, "after.jpg");
    sync();
    assertThat(remote.attachments(workOrder)).isEmpty();

    world.finish(jobId);
    sync();
    world.attachPhoto(jobId, "late.jpg");
    sync();

    assertThat(remote.attachments(workOrder)).containsExactlyInAnyOrder("before.jpg", "after.jpg");
  }

  @Test
  void exportedInvoice_reachesServiceChannelOnce() {
    long workOrder = world.workOrder(SANDBOX, ALBANY);
    long jobId = jobFor(workOrder);
    world.dispatch(jobId);
    world.arrive(jobId);
    world.finish(jobId);
    sync();
    assertThat(remote.isInvoiced(workOrder)).isFalse();

    world.exportInvoice(jobId);
    sync();
    sync();

    assertThat(remote.isInvoiced(workOrder)).isTrue();
    assertThat(world.serviceChannel().journal().count("POST", "/v3/invoices")).isEqualTo(1);
  }
}
