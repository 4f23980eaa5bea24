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
   * @return true if recorded; false if this source note with this content was already recorded in
   *     this direction (the existing record is kept)
   */
  boolean record(NoteRecord note);

  /** True if the source note with this content hash was already copied in {@code direction}. */
  boolean isCopied(NoteDirection direction, String sourceNoteId, String contentHash);

  /**
   * Returns the copy in {@code direction} that created {@code targetNoteId}, if any: a note found on
   * the target side with such a record is our own copy and must not be copied back (echo).
   */
  Optional<NoteRecord> findByTarget(NoteDirection direction, String targetNoteId);

  /**
   * True if a note with this content hash was copied in {@code direction} on this thread. Detects
   * echoes when the target side returned no id for the created note.
   */
  boolean containsContent(NoteDirection direction, String threadId, String contentHash);

  /** Returns every copy recorded on the thread, oldest first. */
  List<NoteRecord> list(String threadId);
}
