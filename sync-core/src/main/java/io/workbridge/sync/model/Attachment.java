package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The description of a file attached to a ServiceTitan job or a ServiceChannel work order. */
@Value.Immutable
public interface Attachment {

  /** The attachment's id on its own platform. */
  String id();

  /** The file name, e.g. {@code "after.jpg"}. */
  String fileName();

  /** The media type, when known, e.g. {@code "image/jpeg"}. */
  Optional<String> contentType();

  /** A description, when there is one. */
  Optional<String> description();

  /** When the file was attached. */
  Instant createdAt();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attachment} instances. */
  final class Builder extends ImmutableAttachment.Builder {}
}
