package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A note on a job. */
@Value.Immutable
public interface JobNote {

  /** The note id (only export feeds carry it). */
  OptionalLong id();

  /** The job (only export feeds carry it; list answers are per job). */
  OptionalLong jobId();

  /** The text. */
  String text();

  /** Whether the note is pinned to the top. */
  boolean isPinned();

  /** Who wrote it. */
  long createdById();

  /** When it was written. */
  Instant createdOn();

  /** When it was last modified. */
  Instant modifiedOn();

  /** Whether the record is active (export feeds also return inactive ones). */
  @Value.Default
  default boolean active() {
    return true;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobNote} instances. */
  final class Builder extends ImmutableJobNote.Builder {}
}
