package io.workbridge.sync.status;

import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.WorkOrderStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to do on a ServiceChannel work order, as decided by the {@link StatusTranslator}. Each
 * remote action carries the idempotency key under which the workflow reserves it in the effect log;
 * keys are deterministic, so the same event always yields the same keys.
 */
public sealed interface ScAction {

  /**
   * Set the work order's status.
   *
   * @param effectKey the idempotency key
   * @param action why
   * @param target the status to set
   * @param whenNotAllowed the SC-13 note to write instead should ServiceChannel still refuse the
   *     status (error 904), for accept and decline
   * @param decline for {@link StatusAction#DECLINE}, the reason to send with ServiceChannel's decline call
   *     (SC-8); empty for the other actions
   */
  record ChangeStatus(
      String effectKey,
      StatusAction action,
      WorkOrderStatus target,
      Optional<AddNote> whenNotAllowed,
      Optional<Decline> decline)
      implements ScAction {
    /**
     * Checks the parts are present, and that a decline carries its reason.
     *
     * @param effectKey the idempotency key
     * @param action why
     * @param target the status to set
     * @param whenNotAllowed the SC-13 note to write instead should ServiceChannel still refuse the status
     *     (error 904), for accept and decline
     * @param decline for {@link StatusAction#DECLINE}, the reason to send with ServiceChannel's decline call
     *     (SC-8); empty for the other actions
     */
    public ChangeStatus {
      Objects.requireNonNull(effectKey, "effectKey");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(whenNotAllowed, "whenNotAllowed");
      Objects.requireNonNull(decline, "decline");
      if (decline.isPresent() != (action == StatusAction.DECLINE)) {
        throw new IllegalArgumentException("a decline reason goes with the DECLINE action only, not " + action);
      }
    }

    /**
     * A status change other than a decline.
     *
     * @param effectKey the idempotency key
     * @param action why
     * @param target the status to set
     * @param whenNotAllowed the SC-13 note to write instead, for accept
     */
    public ChangeStatus(
        String effectKey, StatusAction action, WorkOrderStatus target, Optional<AddNote> whenNotAllowed) {
      this(effectKey, action, target, whenNotAllowed, Optional.empty());
    }
  }

  /**
   * Write the SC-13 Action Required note instead of an accept or decline status the work order's catalogue,
   * as this cycle holds it, does not list. What the cycle holds may be stale (another actor may have moved the
   * work order since the feed delivered it, and the catalogue is transition-aware), so the note is written only
   * once a fresh read shows the work order still open, not at the target, and the target still missing from
   * its current catalogue; should the target be listed after all, the status is set instead.
   *
   * @param change the status change that is not listed, with its SC-13 note
   */
  record NoteInsteadOfStatus(ChangeStatus change) implements ScAction {
    /**
     * Checks the change is an accept or decline with its note.
     *
     * @param change the status change that is not listed, with its SC-13 note
     */
    public NoteInsteadOfStatus {
      Objects.requireNonNull(change, "change");
      if (change.whenNotAllowed().isEmpty()) {
        throw new IllegalArgumentException("a note instead of status " + change.target() + " needs the note to write");
      }
    }
  }

  /**
   * Append a note to the work order.
   *
   * @param effectKey the idempotency key
   * @param note the note
   */
  record AddNote(String effectKey, NewNote note) implements ScAction {
    /**
     * Checks the parts are present.
     *
     * @param effectKey the idempotency key
     * @param note the note
     */
    public AddNote {
      Objects.requireNonNull(effectKey, "effectKey");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Check a technician in (SC-11).
   *
   * @param effectKey the idempotency key
   * @param checkIn who and when
   */
  record CheckInTechnician(String effectKey, CheckIn checkIn) implements ScAction {
    /**
     * Checks the parts are present.
     *
     * @param effectKey the idempotency key
     * @param checkIn who and when
     */
    public CheckInTechnician {
      Objects.requireNonNull(effectKey, "effectKey");
      Objects.requireNonNull(checkIn, "checkIn");
    }
  }

  /**
   * Check a technician out (SC-12).
   *
   * @param effectKey the idempotency key
   * @param checkOut who and when
   * @param checkInKey the idempotency key of the check-in this check-out closes: while that check-in is
   *     reserved but not confirmed (in flight in another process, say), the check-out waits for it
   */
  record CheckOutTechnician(String effectKey, CheckIn checkOut, String checkInKey) implements ScAction {
    /**
     * Checks the parts are present.
     *
     * @param effectKey the idempotency key
     * @param checkOut who and when
     * @param checkInKey the idempotency key of the check-in this check-out closes
     */
    public CheckOutTechnician {
      Objects.requireNonNull(effectKey, "effectKey");
      Objects.requireNonNull(checkOut, "checkOut");
      Objects.requireNonNull(checkInKey, "checkInKey");
    }
  }

  /**
   * Send the job's attachments to the work order, each once (SC-15). The workflow lists them and
   * reserves one effect per attachment.
   *
   * @param jobId the ServiceTitan job
   */
  record SendAttachments(long jobId) implements ScAction {}

  /**
   * Submit an invoice (SC-20).
   *
   * @param effectKey the idempotency key
   * @param invoice the ServiceTitan invoice
   */
  record SubmitInvoice(String effectKey, Invoice invoice) implements ScAction {
    /**
     * Checks the parts are present.
     *
     * @param effectKey the idempotency key
     * @param invoice the ServiceTitan invoice
     */
    public SubmitInvoice {
      Objects.requireNonNull(effectKey, "effectKey");
      Objects.requireNonNull(invoice, "invoice");
    }
  }

  /**
   * Report a fallback (no remote effect of its own): the integrator must see it, never silent.
   *
   * @param kind which fallback
   * @param message details
   */
  record ReportFallback(FallbackKind kind, String message) implements ScAction {
    /**
     * Checks the parts are present.
     *
     * @param kind which fallback
     * @param message details
     */
    public ReportFallback {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}
