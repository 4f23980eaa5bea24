package io.workbridge.sync.workflow;

import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.status.WorkOrderEffectKeys;
import io.workbridge.sync.store.NoteDirection;
import io.workbridge.sync.store.NoteRecord;
import java.util.List;
import java.util.Optional;

/**
 * Notes both ways (SC-16 … SC-18), never echoed and never duplicated.
 *
 * <ul>
 *   <li><b>Own notes.</b> Every note the sync writes to a work order — copies of ServiceTitan notes, the job
 *       number, fallback and check-in notes — is recorded in the store's note ledger: its content before the
 *       write, the ServiceChannel note id it got after. A ServiceChannel note whose id or content the ledger
 *       knows on that work order is ours and is never copied to ServiceTitan, whatever ServiceChannel says
 *       its author is (it shows display names, not logins), also when the write's answer was lost. Notes
 *       ServiceChannel classes as the provider's (by the provider company) or as system notes are not copied
 *       either.
 *   <li><b>SC → ST.</b> A subscriber note is copied to the job once per content (SC-16), prefixed with
 *       {@value #SC_NOTE_PREFIX} so it is recognised on the way back; with note sync off for the subscriber
 *       (SC-18) it is reported once, not every cycle.
 *   <li><b>ST → SC.</b> A job note (or a new version of an edited one, SC-17) becomes a new work-order note.
 * </ul>
 */
final class NoteCopier {

  /** Prefix of job notes copied from ServiceChannel; marks them as ours (no echo). */
  static final String SC_NOTE_PREFIX = "[ServiceChannel note ";

  /** Prefix of the ledger's source key for a note about to be written (its content is ours). */
  private static final String INTENT = "intent:";

  private static final String NOTE_SYNC_OFF = "note sync off for the subscriber (SC-18)";

  private final WorkOrderCycle cycle;

  NoteCopier(WorkOrderCycle cycle) {
    this.cycle = cycle;
  }

  /**
   * Copies the work order's subscriber notes not copied yet to its job. The notes are read only when the work
   * order's note count is one they were not handled at (or it has none), and not when it is zero: notes are
   * append-only, so the same count means no new note. The count is marked handled only when at least that
   * many notes were read (a read from a lagging replica that misses one is repeated next time).
   */
  void copySubscriberNotes(WorkOrder workOrder, long jobId) {
    Optional<String> handledAt =
        workOrder.noteCount().map(count -> WorkOrderEffectKeys.subscriberNotesRead(workOrder.id(), count));
    if (handledAt.isPresent() && cycle.effects.isDone(handledAt.get())) {
      return;
    }
    if (workOrder.noteCount().equals(Optional.of(0L))) {
      markHandled(workOrder.id(), 0, "none");
      return;
    }
    List<Note> notes = cycle.serviceChannel.notes(workOrder.id());
    boolean enabled = cycle.preferences(workOrder).notesEnabled();
    for (Note note : notes) {
      if (note.origin() != NoteOrigin.SUBSCRIBER || isOwn(workOrder, note)) {
        continue;
      }
      String hash = Sha256.hex(note.text());
      if (cycle.store.notes().isCopied(NoteDirection.SC_TO_ST, note.id(), hash)) {
        continue;
      }
      if (!enabled) {
        reportNotCopiedOnce(workOrder, note);
        continue;
      }
      String text =
          SC_NOTE_PREFIX + note.id() + "] " + note.author().orElse("Subscriber") + ": " + note.text();
      String target =
          cycle.effects.run(
              WorkOrderEffectKeys.subscriberNoteCopy(workOrder.id(), note.id()),
              EffectType.JOB_NOTE,
              () ->
                  cycle.serviceTitan.jobNotes(jobId).stream()
                      .filter(existing -> existing.text().equals(text))
                      .map(Note::id)
                      .findFirst(),
              () -> cycle.serviceTitan.addJobNote(jobId, text).id());
      cycle.store.notes().record(record(NoteDirection.SC_TO_ST, workOrder, note.id(), hash, target));
    }
    if (handledAt.isPresent() && notes.size() >= workOrder.noteCount().get()) {
      cycle.effects.mark(handledAt.get(), Integer.toString(notes.size()));
    }
    // What was read is handled too: the count the read saw (it may include the sync's own writes made after
    // the feed delivered the work order) needs no read when a later version shows it.
    markHandled(workOrder.id(), notes.size(), "read");
  }

  /**
   * Records that one of the sync's own writes added {@code added} notes to the work order, so that the version
   * of it the feed delivers next, with that many more notes, does not cause a read. Only when the notes were
   * handled at the count the write started from (the highest handled count at or above the one this cycle
   * holds, counts only grow; a work order without notes has nothing to handle): a note added by anyone else
   * at the same time makes the count differ from the one marked here, and that count is read.
   */
  void ownNotesAdded(WorkOrder workOrder, int added) {
    if (workOrder.noteCount().isEmpty()) {
      return;
    }
    long id = workOrder.id();
    long handled = workOrder.noteCount().get();
    if (handled > 0 && !cycle.effects.isDone(WorkOrderEffectKeys.subscriberNotesRead(id, handled))) {
      return;
    }
    while (cycle.effects.isDone(WorkOrderEffectKeys.subscriberNotesRead(id, handled + 1))) {
      handled++;
    }
    markHandled(id, handled + added, "own write");
  }

  private void markHandled(long workOrderId, long noteCount, String how) {
    String key = WorkOrderEffectKeys.subscriberNotesRead(workOrderId, noteCount);
    if (!cycle.effects.isDone(key)) {
      cycle.effects.mark(key, how);
    }
  }

  /** Copies one job note (or its new version) to the work order. */
  void copyJobNote(WorkOrder workOrder, Note note, String recordKey) {
    if (note.text().startsWith(SC_NOTE_PREFIX)
        || cycle.store.notes().findByTarget(NoteDirection.SC_TO_ST, note.id()).isPresent()) {
      cycle.recorder.skipped(recordKey, "own copy of a ServiceChannel note (no echo)");
      return;
    }
    if (!cycle.preferences(workOrder).notesEnabled()) {
      cycle.recorder.skipped(recordKey, NOTE_SYNC_OFF);
      return;
    }
    String hash = Sha256.hex(note.text());
    if (cycle.store.notes().isCopied(NoteDirection.ST_TO_SC, note.id(), hash)) {
      cycle.recorder.alreadyDone(EffectType.WORK_ORDER_NOTE);
      return;
    }
    String text =
        "ServiceTitan note #"
            + note.id()
            + (note.modifiedAt().isPresent() ? " (edited)" : "")
            + " by "
            + note.author().orElse("the office")
            + ": "
            + note.text();
    String target =
        writeNote(workOrder, WorkOrderEffectKeys.jobNoteCopy(workOrder.id(), note.id(), hash), NewNote.of(text));
    cycle.store.notes().record(record(NoteDirection.ST_TO_SC, workOrder, note.id(), hash, target));
  }

  /**
   * Writes a note of the sync's own (job number, fallback, check-in notes) once, under its effect key, and
   * records it in the ledger as ours.
   */
  void addOwnNote(WorkOrder workOrder, String effectKey, NewNote note) {
    String target = writeNote(workOrder, effectKey, note);
    cycle.store.notes().record(record(NoteDirection.ST_TO_SC, workOrder, effectKey, Sha256.hex(note.text()), target));
  }

  /**
   * Writes a note to the work order as an effect. Before the write, its content is recorded in the ledger
   * as the sync's own (an intent, without the id ServiceChannel has not given yet), so that a note whose
   * answer is lost is still recognised as ours when read back before the effect is resolved.
   *
   * @return the ServiceChannel note id
   */
  private String writeNote(WorkOrder workOrder, String effectKey, NewNote note) {
    if (!cycle.effects.isDone(effectKey)) {
      cycle.store.notes().record(record(NoteDirection.ST_TO_SC, workOrder, INTENT + effectKey, Sha256.hex(note.text()), ""));
    }
    return cycle.effects.run(
        effectKey,
        EffectType.WORK_ORDER_NOTE,
        () -> findOwnNote(workOrder.id(), note.text(), note.actionRequired()),
        () -> {
          String written = cycle.serviceChannel.addNote(workOrder.id(), note).id();
          ownNotesAdded(workOrder, 1);
          return written;
        });
  }

  /**
   * The id of a note the sync wrote earlier with this text (lookup before a write whose outcome is unknown).
   * System notes are ServiceChannel's own and never match.
   */
  private Optional<String> findOwnNote(long workOrderId, String text, boolean actionRequired) {
    return cycle.serviceChannel.notes(workOrderId).stream()
        .filter(note -> note.origin() != NoteOrigin.SYSTEM)
        .filter(note -> note.text().equals(text))
        .filter(note -> !actionRequired || note.actionRequired())
        .map(Note::id)
        .findFirst();
  }

  private boolean isOwn(WorkOrder workOrder, Note note) {
    return cycle.store.notes().findByTarget(NoteDirection.ST_TO_SC, note.id()).isPresent()
        || cycle.store.notes().containsContent(NoteDirection.ST_TO_SC, Long.toString(workOrder.id()), Sha256.hex(note.text()));
  }

  private void reportNotCopiedOnce(WorkOrder workOrder, Note note) {
    String marker = WorkOrderEffectKeys.subscriberNoteNotCopied(workOrder.id(), note.id());
    if (cycle.effects.isDone(marker)) {
      return;
    }
    cycle.recorder.skipped("sc-note:" + note.id(), NOTE_SYNC_OFF);
    cycle.effects.mark(marker, "reported");
  }

  private static NoteRecord record(
      NoteDirection direction, WorkOrder workOrder, String sourceId, String hash, String target) {
    NoteRecord.Builder record =
        NoteRecord.builder()
            .direction(direction)
            .threadId(Long.toString(workOrder.id()))
            .sourceNoteId(sourceId)
            .contentHash(hash);
    if (!target.isBlank()) {
      record.targetNoteId(target);
    }
    return record.build();
  }
}
