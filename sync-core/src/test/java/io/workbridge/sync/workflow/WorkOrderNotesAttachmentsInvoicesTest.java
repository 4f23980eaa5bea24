package io.workbridge.sync.workflow;

import static io.workbridge.sync.workflow.WorkOrderWorld.ACME;
import static io.workbridge.sync.workflow.WorkOrderWorld.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusMapping;
import io.workbridge.sync.status.SubscriberStatusOverrides;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attachments, notes, invoices and NTE (SC-15 … SC-22). */
class WorkOrderNotesAttachmentsInvoicesTest {

  /** Notes the sync copied from ServiceTitan job notes onto the work order. */
  private static List<Note> providerNotes(WorkOrderWorld world, WorkOrder workOrder) {
    return world.serviceChannel.notesOf(workOrder.id()).stream()
        .filter(note -> note.origin() == NoteOrigin.PROVIDER)
        .filter(note -> note.text().startsWith("ServiceTitan note #"))
        .toList();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sc15_attachmentsAreSentOnceWhenTheJobIsDone() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    Attachment before = world.serviceTitan.attachFile(job.id(), "before.jpg", bytes("before"));
    Attachment after = world.serviceTitan.attachFile(job.id(), "after.jpg", bytes("after"));
    SyncReport beforeDone = world.cycle();
    world.serviceTitan.finish(job.id());

    SyncReport done = world.cycle();
    world.cycle();

    assertThat(beforeDone.performed(EffectType.ATTACHMENT)).isZero();
    assertThat(done.performed(EffectType.ATTACHMENT)).isEqualTo(2);
    assertThat(world.serviceChannel.attachmentsOf(workOrder.id()))
        .extracting(Attachment::fileName, a -> a.description().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("before.jpg", "ServiceTitan attachment " + before.id()),
            org.assertj.core.groups.Tuple.tuple("after.jpg", "ServiceTitan attachment " + after.id()));
  }

  @Test
  void sc15_attachmentAddedAfterCompletionIsNotSentByDefault() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.attachFile(job.id(), "report.pdf", bytes("report"));
    world.serviceTitan.finish(job.id());
    world.cycle();
    world.serviceTitan.attachFile(job.id(), "late.jpg", bytes("late"));

    SyncReport report = world.cycle();

    assertThat(world.serviceChannel.attachmentsOf(workOrder.id()))
        .extracting(Attachment::fileName)
        .containsExactly("report.pdf");
    assertThat(report.skippedByReason()).containsEntry("attachment added after completion (SC-15)", 1);
  }

  @Test
  void sc15_optionSendsAttachmentsAddedAfterCompletion() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.putSubscriberPreference(
                    ACME, SubscriberPreferences.builder().sendAttachmentsAfterDone(true).build()));
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.finish(job.id());
    world.cycle();
    world.serviceTitan.attachFile(job.id(), "late.jpg", bytes("late"));

    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.attachmentsOf(workOrder.id()))
        .extracting(Attachment::fileName)
        .containsExactly("late.jpg");
  }

  @Test
  void sc16_officeNoteReachesWorkOrderAndSubscriberNoteReachesJobWithoutEchoOrDuplicate() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    Note office = world.serviceTitan.writeNote(job.id(), "Office", "Parts ordered, ETA Friday");
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Back door code is 1234");

    world.cycle();
    world.cycle();
    world.cycle();

    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly("ServiceTitan note #" + office.id() + " by Office: Parts ordered, ETA Friday");
    List<Note> jobNotes = world.serviceTitan.notesOf(job.id());
    assertThat(jobNotes)
        .extracting(Note::text)
        .containsExactly(
            "Parts ordered, ETA Friday",
            "[ServiceChannel note "
                + world.serviceChannel.notesOf(workOrder.id()).stream()
                    .filter(n -> n.origin() == NoteOrigin.SUBSCRIBER)
                    .findFirst()
                    .orElseThrow()
                    .id()
                + "] Store manager: Back door code is 1234");
  }

  @Test
  void sc16_notesAreReadOnlyWhenTheWorkOrdersNoteCountChanged() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    world.cycle();
    int reads = world.serviceChannel.calls("notes");

    // The subscriber edits the work order (no note): it comes again in the feed, its notes are not read again.
    world.serviceChannel.putWorkOrder(
        WorkOrder.builder().from(world.serviceChannel.current(workOrder.id())).description("Now also the freezer").build());
    world.cycle();
    assertThat(world.serviceChannel.calls("notes")).isEqualTo(reads);

    // A new note changes the count: read, and copied.
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Gate code 4321");
    world.cycle();
    assertThat(world.serviceChannel.calls("notes")).isEqualTo(reads + 1);
    assertThat(world.serviceTitan.notesOf(job.id()))
        .extracting(Note::text)
        .anyMatch(text -> text.endsWith("Store manager: Gate code 4321"));
  }

  @Test
  void sc16_subscriberNoteWrittenBeforeTheJobExistsIsCopiedWhenTheJobAppears() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceChannel.subscriberWritesNote(workOrder.id(), "Store manager", "Use the loading dock");
    world.cycle();
    FieldJob job =
        world.serviceTitan.csrConverts(world.onlyBookingFor(workOrder).id(), 31L, 41L);

    world.cycle();

    assertThat(world.serviceTitan.notesOf(job.id()))
        .extracting(Note::text)
        .singleElement()
        .satisfies(text -> assertThat(text).endsWith("Store manager: Use the loading dock"));
  }

  @Test
  void sc16_noteOnAJobWhoseCreationEventNeverArrivedStillReachesTheWorkOrder() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.issue(ACME);
    world.cycle();
    world.serviceTitan.hideFromFeed(
        event ->
            event instanceof io.workbridge.sync.model.FieldEvent.JobChanged
                || event instanceof io.workbridge.sync.model.FieldEvent.BookingChanged);
    FieldJob job = world.serviceTitan.csrConverts(world.onlyBookingFor(workOrder).id(), 31L, 41L);
    Note note = world.serviceTitan.writeNote(job.id(), "Office", "Tech booked for Monday");

    world.cycle();

    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly("ServiceTitan note #" + note.id() + " by Office: Tech booked for Monday");
    assertThat(world.store.links().target(io.workbridge.sync.store.LinkKind.WORK_ORDER_JOB, Long.toString(workOrder.id())))
        .contains(Long.toString(job.id()));
  }

  @Test
  void sc16_systemNotesAreNotCopied() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.dispatch(job.id(), 61L);
    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.notesOf(workOrder.id()))
        .filteredOn(note -> note.origin() == NoteOrigin.SYSTEM)
        .isNotEmpty();
    assertThat(world.serviceTitan.notesOf(job.id())).isEmpty();
  }

  @Test
  void sc17_editedServiceTitanNoteReachesServiceChannelAsANewNote() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    Note note = world.serviceTitan.writeNote(job.id(), "Office", "ETA 2 pm");
    world.cycle();
    world.serviceTitan.editNote(job.id(), note.id(), "ETA 4 pm");

    world.cycle();
    world.cycle();

    assertThat(providerNotes(world, workOrder))
        .extracting(Note::text)
        .containsExactly(
            "ServiceTitan note #" + note.id() + " by Office: ETA 2 pm",
            "ServiceTitan note #" + note.id() + " (edited) by Office: ETA 4 pm");
  }

  @Test
  void sc18_noteSyncSwitchedOffForOneSubscriberOnly() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.putSubscriberPreference(
                    STRICT, SubscriberPreferences.builder().notesEnabled(false).build()));
    WorkOrder off = world.workOrder(STRICT).build();
    WorkOrder on = world.workOrder(ACME).build();
    FieldJob offJob = world.workOrderWithJob(off);
    FieldJob onJob = world.workOrderWithJob(on);
    world.serviceTitan.writeNote(offJob.id(), "Office", "not for this subscriber");
    world.serviceTitan.writeNote(onJob.id(), "Office", "for this one");
    world.serviceChannel.subscriberWritesNote(off.id(), "Manager", "stays in ServiceChannel");
    world.serviceChannel.subscriberWritesNote(on.id(), "Manager", "goes to ServiceTitan");

    SyncReport report = world.cycle();

    assertThat(providerNotes(world, off)).isEmpty();
    assertThat(world.serviceTitan.notesOf(offJob.id()))
        .extracting(Note::text)
        .containsExactly("not for this subscriber");
    assertThat(providerNotes(world, on)).hasSize(1);
    assertThat(world.serviceTitan.notesOf(onJob.id())).hasSize(2);
    assertThat(report.skippedByReason()).containsKey("note sync off for the subscriber (SC-18)");
  }

  @Test
  void sc19_noteCrossesInTheNextCycle() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.writeNote(job.id(), "Tech", "On my way");

    SyncReport report = world.cycle();

    assertThat(report.performed(EffectType.WORK_ORDER_NOTE)).isEqualTo(1);
    assertThat(providerNotes(world, workOrder)).hasSize(1);
  }

  @Test
  void sc20_exportedInvoiceIsSentOnceToTheCompletedWorkOrder() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.serviceTitan.finish(job.id());
    Invoice invoice = world.serviceTitan.issueInvoice(job.id(), "INV-1001", "500.00", "41.25", "Pending");
    SyncReport pending = world.cycle();
    world.serviceTitan.setInvoiceStatus(invoice.id(), "Exported");

    SyncReport exported = world.cycle();
    world.serviceTitan.setInvoiceStatus(invoice.id(), "Exported");
    world.cycle();

    assertThat(pending.performed(EffectType.INVOICE)).isZero();
    assertThat(exported.performed(EffectType.INVOICE)).isEqualTo(1);
    assertThat(world.serviceChannel.invoicesOf(workOrder.id())).containsExactly("INV-1001");
  }

  @Test
  void sc20_invoiceSeenBeforeTheJobsCompletion_completesTheWorkOrderFirst_thenSendsTheInvoice() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    // The export feeds are separate snapshots: the job's completion has not reached the sync (not exported yet,
    // or its page not read) when the invoice is.
    world.serviceTitan.hideFromFeed(
        event ->
            (event instanceof FieldEvent.JobChanged changed && changed.job().status() == JobStatus.COMPLETED)
                || (event instanceof FieldEvent.AppointmentChanged done
                    && done.appointment().status() == AppointmentStatus.DONE));
    world.serviceTitan.finish(job.id());
    Invoice invoice = world.serviceTitan.issueInvoice(job.id(), "INV-1002", "500.00", "41.25", "Pending");
    world.serviceTitan.setInvoiceStatus(invoice.id(), "Exported");

    SyncReport cycle = world.cycle();

    assertThat(world.statusOf(workOrder)).isEqualTo(WorkOrderStatus.COMPLETED);
    assertThat(world.serviceChannel.invoicesOf(workOrder.id())).containsExactly("INV-1002");
    assertThat(cycle.deferred()).isEmpty();
  }

  @Test
  void sc20_invoiceExportedBeforeTheJobIsCompleted_waitsForTheCompletion_insteadOfBeingGivenUp() {
    WorkOrderWorld world = new WorkOrderWorld();
    WorkOrder workOrder = world.workOrder(ACME).build();
    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();
    Invoice invoice = world.serviceTitan.issueInvoice(job.id(), "INV-1002", "500.00", "41.25", "Pending");
    world.serviceTitan.setInvoiceStatus(invoice.id(), "Exported");

    SyncReport early = world.cycle();
    assertThat(world.serviceChannel.invoicesOf(workOrder.id())).isEmpty();
    assertThat(early.quarantined()).as("not given up").isEmpty();

    world.serviceTitan.finish(job.id());
    world.clock.advance(Duration.ofMinutes(31));
    world.cycle();
    world.cycle();

    assertThat(world.serviceChannel.invoicesOf(workOrder.id())).containsExactly("INV-1002");
  }

  @Test
  void sc21_invoiceStatusMappingOverriddenForOneSubscriber() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings.statusMapping(
                    StatusMapping.builder()
                        .putSubscriberOverride(
                            ACME, SubscriberStatusOverrides.builder().addInvoiceStatusName("Posted").build())
                        .build()));
    WorkOrder acme = world.workOrder(ACME).build();
    WorkOrder strict = world.workOrder(STRICT).build();
    FieldJob acmeJob = world.workOrderWithJob(acme);
    FieldJob strictJob = world.workOrderWithJob(strict);
    world.serviceTitan.finish(acmeJob.id());
    world.serviceTitan.finish(strictJob.id());
    world.serviceTitan.issueInvoice(acmeJob.id(), "INV-1", "100.00", "0", "Posted");
    world.serviceTitan.issueInvoice(strictJob.id(), "INV-2", "100.00", "0", "Posted");

    world.cycle();

    assertThat(world.serviceChannel.invoicesOf(acme.id())).containsExactly("INV-1");
    assertThat(world.serviceChannel.invoicesOf(strict.id())).isEmpty();
  }

  @Test
  void sc22_nteIsWrittenToTheJobCustomFieldOfAConvertedJob() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings -> settings.fieldTemplates(FieldTemplates.builder().nteCustomField("NTE").build()));
    WorkOrder workOrder = world.workOrder(ACME).build();

    FieldJob job = world.workOrderWithJob(workOrder);
    world.cycle();

    assertThat(world.serviceTitan.allJobs())
        .filteredOn(j -> j.id() == job.id())
        .singleElement()
        .extracting(FieldJob::customFields)
        .isEqualTo(Map.of("NTE", "750.00"));
  }

  @Test
  void sc22_nteIsPartOfADirectlyCreatedJob() {
    WorkOrderWorld world =
        new WorkOrderWorld(
            settings ->
                settings
                    .fieldTemplates(FieldTemplates.builder().nteCustomField("Not To Exceed").build())
                    .conversionRules(
                        ConversionRules.of(ConversionRule.builder().target(ConversionTarget.JOB).build())));
    WorkOrder workOrder = world.workOrder(ACME).build();
    world.sync().entityMapping().set(ACME, workOrder.location().id(), 31L, 41L);
    world.serviceChannel.putWorkOrder(workOrder);

    SyncReport report = world.cycle();

    assertThat(world.serviceTitan.allJobs())
        .singleElement()
        .extracting(FieldJob::customFields)
        .isEqualTo(Map.of("Not To Exceed", "750.00"));
    assertThat(report.performed(EffectType.SET_JOB_NTE)).isZero();
  }
}
