package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The description of a file attached to a ServiceTitan job or a ServiceChannel work order. */
@Value.Immutable
public interface Attachment {

  /** {@return the attachment's id on its own platform} */
  String id();

  /** {@return the file name, e.g. {@code "after.jpg"}} */
  String fileName();

  /** {@return the media type, when known, e.g. {@code "image/jpeg"}} */
  Optional<String> contentType();

  /** {@return a description, when there is one} */
  Optional<String> description();

  /** {@return when the file was attached} */
  Instant createdAt();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attachment} instances. */
  final class Builder extends ImmutableAttachment.Builder {}
}
