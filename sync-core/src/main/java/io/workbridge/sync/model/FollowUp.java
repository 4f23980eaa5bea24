package io.workbridge.sync.model;

import org.immutables.value.Value;

/** A ServiceTitan follow-up (CRM lead) made from an alert (LD-9), as it is now. */
@Value.Immutable
public interface FollowUp {

  /** The ServiceTitan lead id. */
  long id();

  /** The alert id it was made from. */
  String externalId();

  /** Its state in ServiceTitan. */
  FollowUpStatus status();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FollowUp} instances. */
  final class Builder extends ImmutableFollowUp.Builder {}
}
