package io.workbridge.servicetitan.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file attached to a job. */
@Value.Immutable
public interface Attachment {

  /** {@return the attachment id (used to download it)} */
  long id();

  /** {@return the file name} */
  String fileName();

  /** {@return when it was uploaded} */
  Optional<Instant> createdOn();

  /** {@return who uploaded it} */
  OptionalLong createdById();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attachment} instances. */
  final class Builder extends ImmutableAttachment.Builder {}
}
