package io.workbridge.leads.model;

import org.immutables.value.Value;

/**
 * A profile inside a dealer account, grouping members. Accounts may have none; business units are then
 * assigned per account instead (LD-7).
 */
@Value.Immutable
public interface Profile {

  /** {@return the vendor's opaque profile id} */
  String id();

  /** {@return the profile's display name} */
  String name();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Profile} instances. */
  final class Builder extends ImmutableProfile.Builder {}
}
