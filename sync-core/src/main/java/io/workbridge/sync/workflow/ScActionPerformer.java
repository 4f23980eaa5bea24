package io.workbridge.sync.workflow;

import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.AttachmentUpload;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.status.ScAction;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.WorkOrderEffectKeys;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Performs the ServiceChannel actions the {@link io.workbridge.sync.status.StatusTranslator} decided, each as
 * an effect with a lookup first (SC-7 … SC-15, SC-20), with the documented outcome of every refusal:
 *
 * <ul>
 *   <li>status refused with 904 (or a decline reason refused): the SC-13 Action Required note for accept and
 *       decline, a reported fallback otherwise; refused because the status is already set (a retried request
 *       whose first answer was lost): done;
 *   <li>check-in or check-out ServiceChannel cannot take (IVR only, denied, no coordinates, out of range): a
 *       note instead and a reported fallback — never a silent skip; on a closed work order: skipped, reported;
 *   <li>invoice: looked up by number on the work order before it is submitted, so a retried submission whose
 *       first answer was lost is found, not sent twice; refused because the work order is not completed yet,
 *       it is retried later.
 * </ul>
 */
final class ScActionPerformer {

  private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final WorkOrderCycle cycle;
  private final NoteCopier notes;

  ScActionPerformer(WorkOrderCycle cycle, NoteCopier notes) {
    this.cycle = cycle;
    this.notes = notes;
  }

  /** Performs the actions in order. */
  void perform(WorkOrder workOrder, List<ScAction> actions) {
    for (ScAction action : actions) {
      if (action instanceof ScAction.ChangeStatus change) {
        changeStatus(workOrder, change);
      } else if (action instanceof ScAction.NoteInsteadOfStatus instead) {
        noteInsteadOfStatus(workOrder, instead.change());
      } else if (action instanceof ScAction.AddNote note) {
        notes.addOwnNote(workOrder, note.effectKey(), note.note());
      } else if (action instanceof ScAction.CheckInTechnician checkIn) {
        checkIn(workOrder, checkIn);
      } else if (action instanceof ScAction.CheckOutTechnician checkOut) {
        checkOut(workOrder, checkOut);
      } else if (action instanceof ScAction.SendAttachments send) {
        sendAttachmentsAtDone(workOrder, send.jobId());
      } else if (action instanceof ScAction.SubmitInvoice invoice) {
        submitInvoice(workOrder, invoice);
      } else if (action instanceof ScAction.ReportFallback fallback) {
        cycle.recorder.fallback(WorkOrderCycle.record(workOrder), fallback.kind(), fallback.message());
      }
    }
  }

  /**
   * Sets the status once. The precondition (not already set, not moved on) is checked against the work order this
   * cycle holds — delivered by the feed this cycle or unchanged since the feed last delivered it, as current as a
   * read from the same lagging replicas — and against a fresh read only when an earlier attempt may have
   * happened. The write stays at most once without the read: ServiceChannel refuses a status the work order
   * already has (904, or 5202 for an accept), and {@link #statusRefused} then reads it and counts the status
   * already set as done.
   */
  private void changeStatus(WorkOrder workOrder, ScAction.ChangeStatus change) {
    long id = workOrder.id();
    boolean triedBefore = cycle.effects.wasStarted(change.effectKey());
    cycle.effects.runChecked(
        change.effectKey(),
        EffectType.CHANGE_STATUS,
        () -> reasonNotToChange(triedBefore ? cycle.freshWorkOrder(id).status() : heldStatus(workOrder), change),
        () -> setStatus(workOrder, change),
        rejected -> statusRefused(workOrder, change, rejected));
  }

  /**
   * SC-13 when the catalogue as this cycle holds it does not list the accept or decline status: the held work
   * order and its transition-aware catalogue may predate another actor's change (the status already set, the
   * work order closed), so the work order and its catalogue are read afresh first, and the note is written
   * only when the work order is still open, not at the target, and the target still missing; when the fresh
   * catalogue lists it, the status is set instead.
   */
  private void noteInsteadOfStatus(WorkOrder workOrder, ScAction.ChangeStatus change) {
    long id = workOrder.id();
    cycle.effects.runChecked(
        change.effectKey(),
        EffectType.CHANGE_STATUS,
        () -> reasonNotToChange(cycle.freshWorkOrder(id).status(), change),
        () -> {
          if (cycle.serviceChannel.currentAllowedStatuses(id).allows(change.target())) {
            return setStatus(workOrder, change);
          }
          return noteInstead(workOrder, change, "status " + change.target() + " is not available");
        },
        rejected -> statusRefused(workOrder, change, rejected));
  }

  private String setStatus(WorkOrder workOrder, ScAction.ChangeStatus change) {
    long id = workOrder.id();
    if (change.decline().isPresent()) {
      cycle.serviceChannel.decline(id, change.decline().get());
    } else {
      cycle.serviceChannel.changeStatus(id, change.target());
      // ServiceChannel records every status change as a system note on the work order.
      notes.ownNotesAdded(workOrder, 1);
    }
    cycle.forget(id);
    return change.target().toString();
  }

  /** The status of the work order as this cycle holds it (after its own writes, see {@link WorkOrderCycle#forget}). */
  private WorkOrderStatus heldStatus(WorkOrder workOrder) {
    return cycle.workOrder(workOrder.id()).orElse(workOrder).status();
  }

  private String statusRefused(WorkOrder workOrder, ScAction.ChangeStatus change, PlatformRejectedException rejected) {
    WorkOrderStatus target = change.target();
    boolean declineReasonRefused =
        change.decline().isPresent() && rejected.reason() == RejectionReason.INVALID_REQUEST;
    if (rejected.reason() == RejectionReason.STATUS_NOT_ALLOWED || declineReasonRefused) {
      Optional<String> reasonNot = reasonNotToChange(cycle.freshWorkOrder(workOrder.id()).status(), change);
      if (reasonNot.isPresent()) {
        // A retried request whose first attempt went through (its answer was lost), or another actor's change
        // in between: the platform refuses a status the work order already has or has moved past. Not a fallback.
        return reasonNot.get();
      }
      String refused =
          "ServiceChannel refused " + (change.decline().isPresent() ? "the decline" : "status " + target)
              + " (" + rejected.getMessage() + ")";
      if (change.whenNotAllowed().isPresent()) {
        return noteInstead(workOrder, change, refused);
      }
      cycle.recorder.fallback(WorkOrderCycle.record(workOrder), FallbackKind.STATUS_NOT_AVAILABLE, refused);
      return "not allowed";
    }
    if (rejected.reason() == RejectionReason.WORK_ORDER_CLOSED) {
      cycle.recorder.skipped(WorkOrderCycle.record(workOrder), "work order closed: " + rejected.getMessage());
      return "closed";
    }
    throw rejected;
  }

  /** Writes the SC-13 Action Required note of an accept or decline and reports the fallback. */
  private String noteInstead(WorkOrder workOrder, ScAction.ChangeStatus change, String why) {
    ScAction.AddNote note = change.whenNotAllowed().orElseThrow();
    notes.addOwnNote(workOrder, note.effectKey(), note.note());
    cycle.recorder.fallback(
        WorkOrderCycle.record(workOrder),
        change.action() == StatusAction.ACCEPT ? FallbackKind.ACCEPT_AS_NOTE : FallbackKind.DECLINE_AS_NOTE,
        "work order " + workOrder.id() + ": " + why + "; wrote an Action Required note and left the status as it is");
    return "not allowed";
  }

  private static Optional<String> reasonNotToChange(WorkOrderStatus current, ScAction.ChangeStatus change) {
    if (current.equals(change.target())) {
      return Optional.of("already " + current);
    }
    StatusAction action = change.action();
    if ((action == StatusAction.ACCEPT || action == StatusAction.DECLINE) && !current.isOpen()) {
      return Optional.of("no longer open: " + current);
    }
    if (action == StatusAction.DISPATCH && current.isCompleted()) {
      return Optional.of("already completed: " + current);
    }
    return Optional.empty();
  }

  private void checkIn(WorkOrder workOrder, ScAction.CheckInTechnician action) {
    CheckIn checkIn = action.checkIn();
    cycle.effects.run(
        action.effectKey(),
        EffectType.CHECK_IN,
        () -> checkedIn(workOrder, checkIn) ? Optional.of("checked in") : Optional.empty(),
        () -> {
          cycle.serviceChannel.checkIn(workOrder.id(), checkIn);
          return "checked in";
        },
        rejected -> {
          if (rejected.reason() == RejectionReason.INVALID_REQUEST && checkedIn(workOrder, checkIn)) {
            // A retried check-in whose first attempt went through (its answer was lost): "already checked in".
            return "checked in";
          }
          return checkInRefused(workOrder, action.effectKey(), checkIn, rejected, "check-in");
        });
  }

  /**
   * Whether the technician's user is checked in: an open visit of theirs, or one at the check-in's time.
   * ServiceChannel may record its own time for the visit, so an open one counts whatever its time.
   */
  private boolean checkedIn(WorkOrder workOrder, CheckIn checkIn) {
    return visits(workOrder, checkIn).stream()
        .anyMatch(activity -> activity.isOpen() || activity.checkedInAt().equals(checkIn.at()));
  }

  /** Whether the user's visit is closed: a closed visit of theirs and no open one. */
  private boolean checkedOut(WorkOrder workOrder, CheckIn checkOut) {
    List<WorkActivity> visits = visits(workOrder, checkOut);
    return !visits.isEmpty() && visits.stream().noneMatch(WorkActivity::isOpen);
  }

  private boolean hasOpenVisit(WorkOrder workOrder, CheckIn checkOut) {
    return visits(workOrder, checkOut).stream().anyMatch(WorkActivity::isOpen);
  }

  /** The visits recorded on the work order for the check-in's user (or the API user). */
  private List<WorkActivity> visits(WorkOrder workOrder, CheckIn checkIn) {
    return cycle.serviceChannel.workActivities(workOrder.id()).stream()
        .filter(activity -> activity.userId().equals(checkIn.userId()))
        .toList();
  }

  /**
   * Checks the technician out once. A check-in of the same visit that is reserved but not confirmed — in flight
   * in another process, or of unknown outcome — defers the check-out: ServiceChannel would refuse it as "no
   * check-in found", and taking that for a check-out already done would leave the visit open once the check-in
   * lands.
   */
  private void checkOut(WorkOrder workOrder, ScAction.CheckOutTechnician action) {
    CheckIn checkOut = action.checkOut();
    if (cycle.effects.wasStarted(action.checkInKey()) && !cycle.effects.isDone(action.checkInKey())) {
      throw new EffectInFlightException(
          action.effectKey(), "waits for its check-in " + action.checkInKey() + ", which is not confirmed yet");
    }
    cycle.effects.run(
        action.effectKey(),
        EffectType.CHECK_OUT,
        () -> checkedOut(workOrder, checkOut) ? Optional.of("checked out") : Optional.empty(),
        () -> {
          cycle.serviceChannel.checkOut(workOrder.id(), checkOut);
          return "checked out";
        },
        rejected -> {
          if (rejected.reason() == RejectionReason.INVALID_REQUEST && !hasOpenVisit(workOrder, checkOut)) {
            // A retried check-out whose first attempt went through: nothing is open any more.
            return "no open check-in";
          }
          return checkInRefused(workOrder, action.effectKey(), checkOut, rejected, "check-out");
        });
  }

  private String checkInRefused(
      WorkOrder workOrder, String effectKey, CheckIn attempt, PlatformRejectedException rejected, String what) {
    if (rejected.reason() == RejectionReason.CHECK_IN_REFUSED
        || rejected.reason() == RejectionReason.INVALID_REQUEST) {
      String when = NOTE_TIME.format(attempt.at().atZone(workOrder.location().timeZone()));
      notes.addOwnNote(
          workOrder,
          WorkOrderEffectKeys.refusedAsNote(effectKey),
          NewNote.of(
              "A technician's "
                  + what
                  + " at "
                  + when
                  + " could not be recorded through the API: "
                  + rejected.getMessage()
                  + ". Please record it by phone (IVR)."));
      cycle.recorder.fallback(
          WorkOrderCycle.record(workOrder),
          FallbackKind.CHECK_IN_AS_NOTE,
          "ServiceChannel could not take the API " + what + " (" + rejected.getMessage() + "); wrote a note");
      return "refused: written as a note";
    }
    if (rejected.reason() == RejectionReason.WORK_ORDER_CLOSED) {
      cycle.recorder.skipped(WorkOrderCycle.record(workOrder), what + " not recorded: " + rejected.getMessage());
      return "not recorded";
    }
    throw rejected;
  }

  private void sendAttachmentsAtDone(WorkOrder workOrder, long jobId) {
    String doneKey = WorkOrderEffectKeys.attachmentsAtDone(workOrder.id());
    if (cycle.effects.isDone(doneKey)) {
      return;
    }
    List<Attachment> attachments = cycle.serviceTitan.jobAttachments(jobId);
    for (Attachment attachment : attachments) {
      sendAttachment(workOrder, jobId, attachment);
    }
    cycle.effects.mark(doneKey, Integer.toString(attachments.size()));
  }

  /** Sends one ServiceTitan attachment to the work order, once (SC-15). */
  void sendAttachment(WorkOrder workOrder, long jobId, Attachment attachment) {
    String description = "ServiceTitan attachment " + attachment.id();
    cycle.effects.run(
        WorkOrderEffectKeys.attachment(workOrder.id(), attachment.id()),
        EffectType.ATTACHMENT,
        () ->
            cycle.serviceChannel.attachments(workOrder.id()).stream()
                .filter(existing -> existing.description().equals(Optional.of(description)))
                .map(Attachment::id)
                .findFirst(),
        () ->
            cycle
                .serviceChannel
                .attach(
                    workOrder.id(),
                    AttachmentUpload.builder()
                        .fileName(attachment.fileName())
                        .contentType(attachment.contentType().orElse("application/octet-stream"))
                        .description(description)
                        .content(cycle.serviceTitan.downloadAttachment(jobId, attachment.id()))
                        .build())
                .id());
  }

  /**
   * Submits the invoice once. ServiceChannel takes invoices on completed work orders only (904 otherwise); an
   * invoice exported before the work order's completion reached ServiceChannel — the sync's own COMPLETE held
   * back behind a deferred record, say — fails transiently, so its record is retried with the record backoff
   * (and quarantined after its attempts when the work order never completes) instead of being given up at once.
   */
  private void submitInvoice(WorkOrder workOrder, ScAction.SubmitInvoice action) {
    String number = action.invoice().number();
    cycle.effects.run(
        action.effectKey(),
        EffectType.INVOICE,
        () -> cycle.serviceChannel.findInvoice(workOrder.id(), number).map(String::valueOf),
        () -> Long.toString(cycle.serviceChannel.submitInvoice(workOrder.id(), action.invoice())),
        rejected -> {
          if (rejected.reason() == RejectionReason.STATUS_NOT_ALLOWED) {
            throw new PlatformUnavailableException(
                "invoice " + number + " waits for work order " + workOrder.id() + " to be completed ("
                    + rejected.getMessage() + ")",
                rejected,
                false,
                false);
          }
          throw rejected;
        });
  }
}
