package io.workbridge.sync.store;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One copied note in the {@link NoteLedger}: the note {@link #sourceNoteId()} with content
 * {@link #contentHash()} was copied in {@link #direction()}, on the work order {@link #threadId()},
 * and became {@link #targetNoteId()} on the other side when that side returned an id.
 */
@Value.Immutable
public interface NoteRecord {
  /** {@return the direction of the copy} */
  NoteDirection direction();

  /** {@return the conversation the note belongs to: the ServiceChannel work order id} */
  String threadId();

  /** {@return the note's id on the side it came from} */
  String sourceNoteId();

  /** {@return a hash of the copied content (an edited note has a new hash and is copied again, SC-17)} */
  String contentHash();

  /** {@return the id of the note created on the other side, if that side returned one} */
  Optional<String> targetNoteId();

  /** {@return when the copy was recorded (store clock)} Ignored on {@link NoteLedger#record}. */
  @Value.Auxiliary
  Optional<Instant> recordedAt();

  /** Checks the ids. */
  @Value.Check
  default void check() {
    StoreArguments.requireKey(threadId(), "thread id");
    StoreArguments.requireKey(sourceNoteId(), "source note id");
    StoreArguments.requireKey(contentHash(), "content hash");
    targetNoteId().ifPresent(id -> StoreArguments.requireKey(id, "target note id"));
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NoteRecord}. */
  final class Builder extends ImmutableNoteRecord.Builder {}
}
