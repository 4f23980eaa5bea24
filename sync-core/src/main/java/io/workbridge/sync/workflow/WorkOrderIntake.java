package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.EntityMapping;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.BookingUpdate;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.WorkOrderEffectKeys;
import io.workbridge.sync.store.LinkKind;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The ServiceChannel → ServiceTitan half for one work order: its intake as a booking or a job ({@link
 * IntakeDecision}), the SC-6 acknowledgement of a work order accepted directly in ServiceChannel, the job
 * number of a job it created (SC-9), and the copying of subscriber notes to its job ({@link NoteCopier}).
 */
final class WorkOrderIntake {

  private final WorkOrderCycle cycle;
  private final EntityMapping entityMapping;
  private final NoteCopier notes;
  private final BiConsumer<WorkOrder, FieldJob> jobSeen;
  private final WorkOrderValidator validator = new WorkOrderValidator();

  /**
   * @param jobSeen what a job of the work order being seen does ({@link FieldEventHandler#jobSeen}: link, job
   *     number note, NTE, subscriber notes)
   */
  WorkOrderIntake(
      WorkOrderCycle cycle, EntityMapping entityMapping, NoteCopier notes, BiConsumer<WorkOrder, FieldJob> jobSeen) {
    this.cycle = cycle;
    this.entityMapping = entityMapping;
    this.notes = notes;
    this.jobSeen = jobSeen;
  }

  /** Handles one work order read from the feed (or again, for a quarantine retry). */
  void workOrderChanged(WorkOrder workOrder) {
    validator.problem(workOrder).ifPresent(problem -> {
      throw new InvalidRecordException(problem);
    });
    cycle.remember(workOrder);
    String id = Long.toString(workOrder.id());
    Optional<Long> jobId = cycle.store.links().target(LinkKind.WORK_ORDER_JOB, id).map(Long::parseLong);
    Optional<Long> bookingId =
        cycle.store.links().target(LinkKind.WORK_ORDER_BOOKING, id).map(Long::parseLong);
    if (jobId.isEmpty() && bookingId.isEmpty()) {
      IntakeDecision.Decision decision =
          IntakeDecision.decide(
              workOrder,
              cycle.settings,
              cycle.effects.wasStarted(WorkOrderEffectKeys.booking(workOrder.id())),
              cycle.effects.wasStarted(WorkOrderEffectKeys.job(workOrder.id())),
              entityMapping::resolve);
      if (decision instanceof IntakeDecision.Skip skip) {
        cycle.recorder.skipped(WorkOrderCycle.record(workOrder), skip.reason());
        return;
      }
      if (decision instanceof IntakeDecision.MakeJob job) {
        jobId = Optional.of(createJob(workOrder, job));
      } else if (decision instanceof IntakeDecision.MakeBooking booking) {
        bookingId = Optional.of(createBooking(workOrder, booking));
      }
    }
    if (jobId.isPresent()) {
      if (!noticeCreatedJob(workOrder, jobId.get())) {
        notes.copySubscriberNotes(workOrder, jobId.get());
      }
    } else if (bookingId.isPresent()) {
      acknowledgeAcceptedInServiceChannel(workOrder, bookingId.get());
    }
  }

  /**
   * A job this sync created for the work order, whose job number note is not written yet, is seen here (link,
   * SC-9 note, NTE, subscriber notes) rather than left to ServiceTitan's feed: the jobs export shows no external
   * data, so a job whose creation the feed brought before its link was stored (its answer lost, its process
   * killed) cannot be told from the feed alone. The job comes from this cycle's creation, else one read.
   *
   * @return whether the job was seen here
   */
  private boolean noticeCreatedJob(WorkOrder workOrder, long jobId) {
    if (!cycle.effects.wasStarted(WorkOrderEffectKeys.job(workOrder.id()))
        || cycle.effects.isDone(WorkOrderEffectKeys.jobNumberNote(workOrder.id(), jobId))) {
      return false;
    }
    Optional<FieldJob> job = cycle.job(jobId);
    job.ifPresent(created -> jobSeen.accept(workOrder, created));
    return job.isPresent();
  }

  private long createJob(WorkOrder workOrder, IntakeDecision.MakeJob decision) {
    String external = Long.toString(workOrder.id());
    String jobId =
        cycle.effects.run(
            WorkOrderEffectKeys.job(workOrder.id()),
            EffectType.CREATE_JOB,
            () -> cycle.serviceTitan.findJobByExternalId(external).map(job -> Long.toString(job.id())),
            () -> {
              FieldJob created =
                  cycle
                      .serviceTitan
                      .createJob(cycle.settings.fieldTemplates().job(workOrder, decision.customerLocation(), decision.rule()));
              cycle.rememberJob(created);
              return Long.toString(created.id());
            });
    cycle.store.links().link(LinkKind.WORK_ORDER_JOB, external, jobId);
    return Long.parseLong(jobId);
  }

  private long createBooking(WorkOrder workOrder, IntakeDecision.MakeBooking decision) {
    if (decision.jobRuleWithoutMapping()) {
      cycle.recorder.fallback(
          WorkOrderCycle.record(workOrder),
          FallbackKind.JOB_RULE_WITHOUT_MAPPING,
          "a rule sends this work order as a job, but no ServiceTitan customer/location is known for"
              + " subscriber "
              + workOrder.subscriber().id()
              + " location "
              + workOrder.location().id()
              + "; sent as a booking");
    }
    String external = Long.toString(workOrder.id());
    String bookingId =
        cycle.effects.run(
            WorkOrderEffectKeys.booking(workOrder.id()),
            EffectType.CREATE_BOOKING,
            () -> cycle.serviceTitan.findBookingByExternalId(external).map(b -> Long.toString(b.id())),
            () ->
                Long.toString(
                    cycle.serviceTitan.createBooking(cycle.settings.fieldTemplates().booking(workOrder)).id()));
    cycle.store.links().link(LinkKind.WORK_ORDER_BOOKING, external, bookingId);
    return Long.parseLong(bookingId);
  }

  /**
   * SC-6: a work order accepted directly in ServiceChannel while its booking is still new gets the booking
   * accepted in ServiceTitan with a message saying so, once; never when the sync itself accepted it.
   */
  private void acknowledgeAcceptedInServiceChannel(WorkOrder workOrder, long bookingId) {
    if (!workOrder.status().isInProgress()) {
      return;
    }
    String key = WorkOrderEffectKeys.bookingAcknowledged(workOrder.id());
    if (cycle.effects.isDone(key)
        || cycle.effects.isDone(WorkOrderEffectKeys.status(workOrder.id(), StatusAction.ACCEPT))) {
      return;
    }
    cycle.effects.runChecked(
        key,
        EffectType.ACKNOWLEDGE_BOOKING,
        () ->
            cycle
                .serviceTitan
                .booking(bookingId)
                .filter(booking -> booking.status() != BookingStatus.NEW)
                .map(booking -> "booking already " + booking.status()),
        () -> {
          Booking booking =
              cycle
                  .serviceTitan
                  .booking(bookingId)
                  .orElseThrow(
                      () ->
                          new PlatformRejectedException(
                              RejectionReason.NOT_FOUND, "booking " + bookingId + " is gone"));
          cycle.serviceTitan.updateBooking(
              bookingId,
              BookingUpdate.builder()
                  .summary(
                      booking.summary()
                          + "\n\nThis work order was accepted directly in ServiceChannel;"
                          + " it does not need to be accepted again.")
                  .status(BookingStatus.ACCEPTED)
                  .build());
          return "acknowledged";
        });
  }
}
