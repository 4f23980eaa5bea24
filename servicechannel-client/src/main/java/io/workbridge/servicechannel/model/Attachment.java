package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file attached to a work order. */
@Value.Immutable
public interface Attachment {
  /** The attachment id. */
  long id();

  /** The file name. */
  String name();

  /** The description entered at upload. */
  Optional<String> description();

  /** When it was uploaded. */
  Optional<Instant> uploadedAt();

  /** A link that downloads the file (no bearer token needed). */
  Optional<String> uri();

  /** The note it was added with, if any. */
  OptionalLong noteId();

  /** Visibility (1 hidden from external subscriber, 2 hidden from provider, 3 subscriber only). */
  OptionalInt visibility();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attachment}. */
  class Builder extends ImmutableAttachment.Builder {}
}
