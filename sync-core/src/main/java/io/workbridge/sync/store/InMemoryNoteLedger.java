package io.workbridge.sync.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** In-memory {@link NoteLedger}: records per thread in recording order, indexed for each lookup. */
final class InMemoryNoteLedger implements NoteLedger {
  private final Clock clock;
  private final Map<String, List<NoteRecord>> byThread = new HashMap<>();
  private final Set<List<Object>> copies = new HashSet<>();
  private final Map<List<Object>, NoteRecord> byTarget = new HashMap<>();
  private final Set<List<Object>> contents = new HashSet<>();

  InMemoryNoteLedger(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized boolean record(NoteRecord note) {
    Objects.requireNonNull(note, "note");
    if (!copies.add(List.of(note.direction(), note.sourceNoteId(), note.contentHash()))) {
      return false;
    }
    NoteRecord stored = NoteRecord.builder().from(note).recordedAt(clock.instant()).build();
    byThread.computeIfAbsent(stored.threadId(), t -> new ArrayList<>()).add(stored);
    stored.targetNoteId().ifPresent(target -> byTarget.putIfAbsent(List.of(stored.direction(), target), stored));
    contents.add(List.of(stored.direction(), stored.threadId(), stored.contentHash()));
    return true;
  }

  @Override
  public synchronized boolean isCopied(
      NoteDirection direction, String sourceNoteId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(sourceNoteId, "source note id");
    StoreArguments.requireKey(contentHash, "content hash");
    return copies.contains(List.of(direction, sourceNoteId, contentHash));
  }

  @Override
  public synchronized Optional<NoteRecord> findByTarget(
      NoteDirection direction, String targetNoteId) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(targetNoteId, "target note id");
    return Optional.ofNullable(byTarget.get(List.of(direction, targetNoteId)));
  }

  @Override
  public synchronized boolean containsContent(
      NoteDirection direction, String threadId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(threadId, "thread id");
    StoreArguments.requireKey(contentHash, "content hash");
    return contents.contains(List.of(direction, threadId, contentHash));
  }

  @Override
  public synchronized List<NoteRecord> list(String threadId) {
    StoreArguments.requireKey(threadId, "thread id");
    return List.copyOf(byThread.getOrDefault(threadId, List.of()));
  }
}
