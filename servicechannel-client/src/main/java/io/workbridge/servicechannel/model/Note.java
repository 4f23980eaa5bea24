package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A work order note. Notes are append-only. */
@Value.Immutable
public interface Note {
  /** The note id (64-bit). */
  long id();

  /** The note's sequential number on the work order. */
  OptionalInt number();

  /** The note text. */
  String text();

  /** When the note was added. */
  Optional<Instant> createdAt();

  /** Who wrote it ({@code "."} for some system notes). */
  Optional<String> createdBy();

  /** The subscriber or provider company of the author. */
  Optional<String> companyName();

  /** Whether the note carries the "action required" flag. */
  @Value.Default
  default boolean actionRequired() {
    return false;
  }

  /** Who was e-mailed the note. */
  Optional<String> mailedTo();

  /** Visibility: 0 everyone, 1 hidden from external subscriber, 2 hidden from provider, 3 subscriber only. */
  OptionalInt visibility();

  /** System or user note. */
  NoteType type();

  /** The {@code NoteType} value as sent. */
  Optional<String> rawType();

  /** Whether ServiceChannel wrote this note itself (useful to suppress echoes of one's own changes). */
  default boolean isSystemNote() {
    return type() == NoteType.SYSTEM;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Note}. */
  class Builder extends ImmutableNote.Builder {}
}
