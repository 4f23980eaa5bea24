package io.workbridge.servicechannel.model;

import java.util.List;
import java.util.OptionalInt;
import java.util.Optional;
import org.immutables.value.Value;

/** A note to add to a work order ({@code POST /workorders/{id}/notes}). */
@Value.Immutable
public interface NewNote {
  /** {@return the note text (required, not blank)} */
  String text();

  /** {@return whether the note is flagged "action required" (which triggers ServiceChannel's e-mail)} */
  @Value.Default
  default boolean actionRequired() {
    return false;
  }

  /** {@return e-mail addresses to notify; none means no e-mail} */
  List<String> mailedTo();

  /**
   * {@return visibility: 0 everyone, 1 hidden from external subscriber, 2 hidden from provider, 3 subscriber
   * only}
   */
  OptionalInt visibility();

  /** {@return the name shown as the author (on whose behalf the call is made)} */
  Optional<String> actor();

  /** Rejects a blank text and an out-of-range visibility. */
  @Value.Check
  default void check() {
    if (text().isBlank()) {
      throw new IllegalStateException("a note needs a text");
    }
    if (visibility().isPresent() && (visibility().getAsInt() < 0 || visibility().getAsInt() > 3)) {
      throw new IllegalStateException("visibility must be 0 to 3");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewNote}. */
  class Builder extends ImmutableNewNote.Builder {}
}
