package io.workbridge.servicechannel.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file attached to a work order. */
@Value.Immutable
public interface Attachment {
  /** {@return the attachment id} */
  long id();

  /** {@return the file name} */
  String name();

  /** {@return the description entered at upload} */
  Optional<String> description();

  /** {@return when it was uploaded} */
  Optional<Instant> uploadedAt();

  /** {@return a link that downloads the file (no bearer token needed)} */
  Optional<String> uri();

  /** {@return the note it was added with, if any} */
  OptionalLong noteId();

  /** {@return visibility (1 hidden from external subscriber, 2 hidden from provider, 3 subscriber only)} */
  OptionalInt visibility();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attachment}. */
  class Builder extends ImmutableAttachment.Builder {}
}
