package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file attached to a job. */
@Value.Immutable
public interface Attachment {

  /** The attachment id (used to download it). */
  long id();

  /** The file name. */
  String fileName();

  /** When it was uploaded. */
  Optional<Instant> createdOn();

  /** Who uploaded it. */
  OptionalLong createdById();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attachment} instances. */
  final class Builder extends ImmutableAttachment.Builder {}
}
