package io.workbridge.servicechannel.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One file to upload to a work order, with its descriptor. */
@Value.Immutable
public interface AttachmentUpload {
  /** {@return the file name, e.g. {@code after-repair.jpg}} */
  String fileName();

  /** {@return the media type, e.g. {@code image/jpeg}} */
  String mediaType();

  /** {@return the file content (not printed by {@code toString()})} */
  @Value.Redacted
  byte[] content();

  /** {@return a description shown with the attachment} */
  Optional<String> description();

  /** {@return visibility (1 hidden from external subscriber, 2 hidden from provider, 3 subscriber only)} */
  OptionalInt visibility();

  /** Rejects an empty file name and out-of-range visibility. */
  @Value.Check
  default void check() {
    if (fileName().isBlank()) {
      throw new IllegalStateException("an attachment needs a file name");
    }
    if (visibility().isPresent() && (visibility().getAsInt() < 1 || visibility().getAsInt() > 3)) {
      throw new IllegalStateException("visibility must be 1 to 3 when set");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AttachmentUpload}. */
  class Builder extends ImmutableAttachmentUpload.Builder {}
}
