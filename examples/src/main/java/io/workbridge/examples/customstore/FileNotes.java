package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.NoteDirection;
import io.workbridge.sync.store.NoteLedger;
import io.workbridge.sync.store.NoteRecord;
import io.workbridge.sync.store.StoreArguments;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link NoteLedger} of one connection in a {@link FileSyncStore}: one list of copies, searched from the
 * start — simple, and quick enough for the few notes a work order collects.
 */
final class FileNotes implements NoteLedger {
  private final StateFile file;
  private final ConnectionId connectionId;
  private final Clock clock;

  FileNotes(StateFile file, ConnectionId connectionId, Clock clock) {
    this.file = file;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public boolean record(NoteRecord note) {
    Objects.requireNonNull(note, "note");
    return file.write(
        connectionId,
        state -> {
          if (isCopied(state, note.direction(), note.sourceNoteId(), note.contentHash())) {
            return false;
          }
          state.notes.add(ConnectionState.NoteCopy.of(note, clock.instant()));
          return true;
        });
  }

  @Override
  public boolean isCopied(NoteDirection direction, String sourceNoteId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(sourceNoteId, "source note id");
    StoreArguments.requireKey(contentHash, "content hash");
    return file.read(connectionId, state -> isCopied(state, direction, sourceNoteId, contentHash));
  }

  @Override
  public Optional<NoteRecord> findByTarget(NoteDirection direction, String targetNoteId) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(targetNoteId, "target note id");
    return file.read(
        connectionId,
        state ->
            state.notes.stream()
                .filter(copy -> copy.direction() == direction && targetNoteId.equals(copy.targetNoteId()))
                .findFirst()
                .map(ConnectionState.NoteCopy::toRecord));
  }

  @Override
  public boolean containsContent(NoteDirection direction, String threadId, String contentHash) {
    Objects.requireNonNull(direction, "direction");
    StoreArguments.requireKey(threadId, "thread id");
    StoreArguments.requireKey(contentHash, "content hash");
    return file.read(
        connectionId,
        state ->
            state.notes.stream()
                .anyMatch(
                    copy ->
                        copy.direction() == direction
                            && copy.threadId().equals(threadId)
                            && copy.contentHash().equals(contentHash)));
  }

  @Override
  public List<NoteRecord> list(String threadId) {
    StoreArguments.requireKey(threadId, "thread id");
    return file.read(
        connectionId,
        state ->
            state.notes.stream()
                .filter(copy -> copy.threadId().equals(threadId))
                .map(ConnectionState.NoteCopy::toRecord)
                .toList());
  }

  private static boolean isCopied(
      ConnectionState state, NoteDirection direction, String sourceNoteId, String contentHash) {
    return state.notes.stream()
        .anyMatch(
            copy ->
                copy.direction() == direction
                    && copy.sourceNoteId().equals(sourceNoteId)
                    && copy.contentHash().equals(contentHash));
  }
}
