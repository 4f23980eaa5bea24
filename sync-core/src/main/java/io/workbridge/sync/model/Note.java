package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note on a ServiceChannel work order or a ServiceTitan job. ServiceChannel notes are append-only;
 * a ServiceTitan note may be edited, which changes its text and {@link #modifiedAt()} (SC-17).
 */
@Value.Immutable
public interface Note {

  /** {@return the note's id on its own platform} */
  String id();

  /** {@return who wrote it} */
  NoteOrigin origin();

  /** {@return the text} */
  String text();

  /** {@return the author's name, when known} */
  Optional<String> author();

  /** {@return whether the note is flagged Action Required (ServiceChannel only)} */
  @Value.Default
  default boolean actionRequired() {
    return false;
  }

  /** {@return when the note was written} */
  Instant createdAt();

  /** {@return when the note was last edited, when it was} */
  Optional<Instant> modifiedAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Note} instances. */
  final class Builder extends ImmutableNote.Builder {}
}
