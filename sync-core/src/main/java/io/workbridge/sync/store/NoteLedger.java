package io.workbridge.sync.store;

import java.util.List;
import java.util.Optional;

/**
 * Which notes were already copied, in which direction and with which content, so that a note is never
 * duplicated (the same source note and content copied twice) nor echoed (a note we created on one side
 * copied back to where it came from, SC-16). An edited note keeps its source id but gets a new content
 * hash, and so is copied again as a new note (SC-17). Scoped to one connection; thread-safe.
 */
public interface NoteLedger {
  /**
   * Records a copy, keyed by direction, source note id and content hash. The record's
   * {@code recordedAt} is set by the store.
   *
   * @param note the copy to record
   * @return true if recorded; false if this source note with this content was already recorded in
   *     this direction (the existing record is kept)
   */
  boolean record(NoteRecord note);

  /**
   * {@return true if the source note with this content hash was already copied in {@code direction}}
   *
   * @param direction which way the note was copied
   * @param sourceNoteId the source note's id
   * @param contentHash the SHA-256 hash of the note's content
   */
  boolean isCopied(NoteDirection direction, String sourceNoteId, String contentHash);

  /**
   * {@return the copy in {@code direction} that created {@code targetNoteId}, if any: a note found on
   * the target side with such a record is our own copy and must not be copied back (echo)}
   *
   * @param direction which way the note was copied
   * @param targetNoteId the id of the copy
   */
  Optional<NoteRecord> findByTarget(NoteDirection direction, String targetNoteId);

  /**
   * {@return true if a note with this content hash was copied in {@code direction} on this thread} Detects
   * echoes when the target side returned no id for the created note.
   *
   * @param direction which way the note was copied
   * @param threadId the thread's id
   * @param contentHash the SHA-256 hash of the note's content
   */
  boolean containsContent(NoteDirection direction, String threadId, String contentHash);

  /**
   * {@return every copy recorded on the thread, oldest first}
   *
   * @param threadId the thread's id
   */
  List<NoteRecord> list(String threadId);
}
