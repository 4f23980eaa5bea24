package io.workbridge.servicechannel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A request to decline a work order ({@code PUT /workorders/{id}/decline}). */
@Value.Immutable
public interface Decline {
  /** The reason; required by subscribers that keep a decline history. */
  Optional<DeclineReason> reason();

  /** Free text explaining the reason (only for reasons that allow it). */
  Optional<String> customReason();

  /** A note recorded with the decline. */
  Optional<String> note();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Decline}. */
  class Builder extends ImmutableDecline.Builder {}
}
