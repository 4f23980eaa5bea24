package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A note on a job. */
@Value.Immutable
public interface JobNote {

  /** {@return the note id (only export feeds carry it)} */
  OptionalLong id();

  /** {@return the job (only export feeds carry it; list answers are per job)} */
  OptionalLong jobId();

  /** {@return the text} */
  String text();

  /** {@return whether the note is pinned to the top} */
  boolean isPinned();

  /** {@return who wrote it} */
  long createdById();

  /** {@return when it was written} */
  Instant createdOn();

  /** {@return when it was last modified} */
  Instant modifiedOn();

  /** {@return whether the record is active (export feeds also return inactive ones)} */
  @Value.Default
  default boolean active() {
    return true;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobNote} instances. */
  final class Builder extends ImmutableJobNote.Builder {}
}
