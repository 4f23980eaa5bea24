package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A work order note. Notes are append-only. */
@Value.Immutable
public interface Note {
  /** {@return the note id (64-bit)} */
  long id();

  /** {@return the note's sequential number on the work order} */
  OptionalInt number();

  /** {@return the note text} */
  String text();

  /** {@return when the note was added} */
  Optional<Instant> createdAt();

  /**
   * {@return who wrote it: the author's <b>display name</b> ("Jordan Pike"), not the login — the API user's
   * own notes come back under its display name (or the {@code Actor} given when writing) — and {@code "."}
   * for some system notes} Do not compare it with the login to find one's own notes; use {@link
   * #companyName()} or the ids returned when writing.
   */
  Optional<String> createdBy();

  /**
   * {@return the author's company ({@code CompanyName}): the provider's name on the provider's notes, the
   * subscriber's on the subscriber's (and on ServiceChannel's system notes)}
   */
  Optional<String> companyName();

  /** {@return whether the note carries the "action required" flag} */
  @Value.Default
  default boolean actionRequired() {
    return false;
  }

  /** {@return who was e-mailed the note} */
  Optional<String> mailedTo();

  /**
   * {@return visibility: 0 everyone, 1 hidden from external subscriber, 2 hidden from provider, 3 subscriber
   * only}
   */
  OptionalInt visibility();

  /** {@return system or user note} */
  NoteType type();

  /** {@return the {@code NoteType} value as sent} */
  Optional<String> rawType();

  /**
   * {@return whether ServiceChannel wrote this note itself (useful to suppress echoes of one's own changes)}
   */
  default boolean isSystemNote() {
    return type() == NoteType.SYSTEM;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Note}. */
  class Builder extends ImmutableNote.Builder {}
}
