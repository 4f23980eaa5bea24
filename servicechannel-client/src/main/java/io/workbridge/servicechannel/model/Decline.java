package io.workbridge.servicechannel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A request to decline a work order ({@code PUT /workorders/{id}/decline}). */
@Value.Immutable
public interface Decline {
  /** {@return the reason; required by subscribers that keep a decline history} */
  Optional<DeclineReason> reason();

  /** {@return free text explaining the reason (only for reasons that allow it)} */
  Optional<String> customReason();

  /** {@return a note recorded with the decline} */
  Optional<String> note();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Decline}. */
  class Builder extends ImmutableDecline.Builder {}
}
