package io.workbridge.sync.model;

import org.immutables.value.Value;

/** A ServiceTitan follow-up (CRM lead) made from an alert (LD-9), as it is now. */
@Value.Immutable
public interface FollowUp {

  /** {@return the ServiceTitan lead id} */
  long id();

  /** {@return the alert id it was made from} */
  String externalId();

  /** {@return its state in ServiceTitan} */
  FollowUpStatus status();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FollowUp} instances. */
  final class Builder extends ImmutableFollowUp.Builder {}
}
