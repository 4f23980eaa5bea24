package io.workbridge.sync.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link NoteLedger}: a list in recording order, scanned under one lock. */
final class InMemoryNoteLedger implements NoteLedger {
  private final Clock clock;
  private final List<NoteRecord> records = new ArrayList<>();

  InMemoryNoteLedger(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized boolean record(NoteRecord note) {
    Objects.requireNonNull(note, "note");
    if (isCopied(note.direction(), note.sourceNoteId(), note.contentHash())) {
      return false;
    }
    records.add(NoteRecord.builder().from(note).recordedAt(clock.instant()).build());
    return true;
  }

  @Override
  public synchronized boolean isCopied(
      NoteDirection direction, String sourceNoteId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(sourceNoteId, "source note id");
    StoreArguments.requireKey(contentHash, "content hash");
    return records.stream()
        .anyMatch(
            r ->
                r.direction() == direction
                    && r.sourceNoteId().equals(sourceNoteId)
                    && r.contentHash().equals(contentHash));
  }

  @Override
  public synchronized Optional<NoteRecord> findByTarget(
      NoteDirection direction, String targetNoteId) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(targetNoteId, "target note id");
    return records.stream()
        .filter(r -> r.direction() == direction && r.targetNoteId().equals(Optional.of(targetNoteId)))
        .findFirst();
  }

  @Override
  public synchronized boolean containsContent(
      NoteDirection direction, String threadId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(threadId, "thread id");
    StoreArguments.requireKey(contentHash, "content hash");
    return records.stream()
        .anyMatch(
            r ->
                r.direction() == direction
                    && r.threadId().equals(threadId)
                    && r.contentHash().equals(contentHash));
  }

  @Override
  public synchronized List<NoteRecord> list(String threadId) {
    StoreArguments.requireKey(threadId, "thread id");
    return records.stream().filter(r -> r.threadId().equals(threadId)).toList();
  }
}
