package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.EntityMapping;
import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.status.ScAction;
import io.workbridge.sync.status.WorkOrderContext;
import io.workbridge.sync.status.WorkOrderEffectKeys;
import io.workbridge.sync.store.LinkKind;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ServiceTitan → ServiceChannel half for one event: finds its work order ({@link FieldEventLinker}),
 * notices jobs (link, SC-5 mapping learnt, SC-9 job number note, SC-22 NTE, subscriber notes), copies job
 * notes ({@link NoteCopier}), and performs what the status translator decides ({@link ScActionPerformer}).
 */
final class FieldEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(WorkOrderSync.class);

  private final WorkOrderCycle cycle;
  private final EntityMapping entityMapping;
  private final FieldEventLinker linker;
  private final NoteCopier notes;
  private final ScActionPerformer actions;

  FieldEventHandler(WorkOrderCycle cycle, EntityMapping entityMapping, NoteCopier notes) {
    this.cycle = cycle;
    this.entityMapping = entityMapping;
    this.linker = new FieldEventLinker(cycle.store.links(), cycle.effects::wasStarted);
    this.notes = notes;
    this.actions = new ScActionPerformer(cycle, notes);
  }

  /**
   * Handles one ServiceTitan event; once its work order is known, the event joins that work order's group, so
   * it waits while an earlier event of the work order is deferred.
   */
  void fieldEvent(FieldEvent event, String recordKey, RecordRetries.Turn turn) {
    Optional<Long> workOrderId = linker.workOrderOf(event);
    Optional<FieldJob> unlinkedJob = Optional.empty();
    if (workOrderId.isEmpty()) {
      Optional<Long> jobId = linker.jobOf(event);
      if (jobId.isPresent()) {
        unlinkedJob = cycle.job(jobId.get());
        workOrderId = unlinkedJob.flatMap(linker::workOrderOfUnlinkedJob);
      }
    }
    if (workOrderId.isEmpty()) {
      cycle.recorder.skipped(recordKey, "not linked to a work order");
      return;
    }
    turn.join("wo:" + workOrderId.get());
    Optional<WorkOrder> found = cycle.workOrder(workOrderId.get());
    if (found.isEmpty()) {
      cycle.recorder.skipped(recordKey, "work order " + workOrderId.get() + " not found in ServiceChannel");
      return;
    }
    WorkOrder workOrder = found.get();
    unlinkedJob.ifPresent(job -> jobSeen(workOrder, job));
    if (event instanceof FieldEvent.BookingChanged changed) {
      Booking booking = changed.booking();
      if (booking.status() == BookingStatus.CONVERTED && booking.jobId().isPresent()) {
        // Accept first (a converted booking was accepted), then the job: the job number note follows the accept.
        actions.perform(workOrder, cycle.translator.translate(event, cycle.context(workOrder)));
        cycle.job(booking.jobId().get()).ifPresent(job -> jobSeen(workOrder, job));
        return;
      }
    } else if (event instanceof FieldEvent.JobChanged changed) {
      jobSeen(workOrder, changed.job());
      if (changed.job().status() == JobStatus.COMPLETED) {
        closeVisitsBeforeCompleting(workOrder, changed.job());
      }
    } else if (event instanceof FieldEvent.JobNoteChanged changed) {
      notes.copyJobNote(workOrder, changed.note(), recordKey);
      return;
    } else if (event instanceof FieldEvent.JobAttachmentAdded added) {
      attachmentAdded(workOrder, added.jobId(), added.attachment(), recordKey);
      return;
    }
    List<ScAction> todo = cycle.translator.translate(event, cycle.context(workOrder));
    boolean invoiceToSend =
        todo.stream().anyMatch(action -> action instanceof ScAction.SubmitInvoice submit && !cycle.effects.isDone(submit.effectKey()));
    if (event instanceof FieldEvent.InvoiceChanged changed && invoiceToSend) {
      completeBeforeInvoicing(workOrder, changed.invoice().jobId());
    }
    actions.perform(workOrder, todo);
  }

  /**
   * An invoice to send while the work order's completion is still to do: ServiceTitan's export feeds are separate
   * snapshots, so a job's invoice can reach the sync before the job's completion, and ServiceChannel takes invoices
   * only on completed work orders (904). The job is read: when it is completed, its visits are closed and the work
   * order completed first, as its own event would have; else the invoice waits (deferred) for the completion.
   * Resolving it here also keeps the work order's later records from queueing behind an invoice that would
   * otherwise wait for a completion queued behind it. Costs nothing when the completion came first.
   */
  private void completeBeforeInvoicing(WorkOrder workOrder, long jobId) {
    if (!cycle.translator.completionPending(cycle.context(workOrder))) {
      return;
    }
    Optional<FieldJob> job = cycle.serviceTitan.job(jobId);
    if (job.isEmpty() || job.get().status() != JobStatus.COMPLETED) {
      return;
    }
    closeVisitsBeforeCompleting(workOrder, job.get());
    actions.perform(workOrder, cycle.translator.translate(new FieldEvent.JobChanged(job.get()), cycle.context(workOrder)));
  }

  /**
   * A job seen completed while the work order's completion is still to do: its last appointment's Done may not
   * have been seen yet (the export feeds are separate snapshots, and a deferred record can hold it back), and
   * ServiceChannel refuses check-outs once the work order is completed. So the job's appointments are read and
   * the visits of the done ones closed first; when the appointment's own event comes later, its check-outs are
   * done already. Costs nothing when the appointment came first: it completed the work order.
   */
  private void closeVisitsBeforeCompleting(WorkOrder workOrder, FieldJob job) {
    WorkOrderContext context = cycle.context(workOrder);
    if (!cycle.translator.completionPending(context)) {
      return;
    }
    for (Appointment appointment : cycle.serviceTitan.jobAppointments(job.id())) {
      actions.perform(workOrder, cycle.translator.visitsToClose(appointment, context));
    }
  }

  /** A job of the work order was seen: link it, learn the mapping, send its number, NTE and notes. */
  void jobSeen(WorkOrder workOrder, FieldJob job) {
    String workOrderId = Long.toString(workOrder.id());
    String jobId = Long.toString(job.id());
    cycle.store.links().link(LinkKind.WORK_ORDER_JOB, workOrderId, jobId);
    if (job.bookingId().isPresent()) {
      cycle.store.links().link(LinkKind.BOOKING_JOB, Long.toString(job.bookingId().get()), jobId);
      if (entityMapping.learn(workOrder, job)) {
        LOG.info(
            "learnt mapping subscriber {} location {} -> customer {} location {}",
            workOrder.subscriber().id(),
            workOrder.location().id(),
            job.customerId(),
            job.locationId());
      }
    }
    ScAction.AddNote jobNote = cycle.translator.jobCreated(job, cycle.context(workOrder));
    if (!cycle.effects.isDone(jobNote.effectKey())) {
      notes.addOwnNote(workOrder, jobNote.effectKey(), jobNote.note());
    }
    cycle
        .settings
        .fieldTemplates()
        .nteField(workOrder)
        .filter(field -> !field.getValue().equals(job.customFields().get(field.getKey())))
        .ifPresent(field -> writeNte(workOrder, job.id(), field.getKey(), field.getValue()));
    notes.copySubscriberNotes(workOrder, job.id());
  }

  private void writeNte(WorkOrder workOrder, long jobId, String fieldName, String value) {
    String key = WorkOrderEffectKeys.nte(workOrder.id(), jobId);
    if (cycle.effects.isDone(key)) {
      return;
    }
    cycle.effects.run(
        key,
        EffectType.SET_JOB_NTE,
        () ->
            cycle
                .serviceTitan
                .job(jobId)
                .filter(job -> value.equals(job.customFields().get(fieldName)))
                .map(job -> value),
        () -> {
          cycle.serviceTitan.setJobCustomField(jobId, fieldName, value);
          return value;
        });
  }

  private void attachmentAdded(WorkOrder workOrder, long jobId, Attachment attachment, String recordKey) {
    if (!cycle.effects.isDone(WorkOrderEffectKeys.attachmentsAtDone(workOrder.id()))) {
      return;
    }
    if (!cycle.preferences(workOrder).sendAttachmentsAfterDone()) {
      cycle.recorder.skipped(recordKey, "attachment added after completion (SC-15)");
      return;
    }
    actions.sendAttachment(workOrder, jobId, attachment);
  }
}
