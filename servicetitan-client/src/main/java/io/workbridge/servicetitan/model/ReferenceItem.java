package io.workbridge.servicetitan.model;


import org.immutables.value.Value;

/** A reference-data entry (business unit, job type, campaign, call reason, cancel or hold reason, tag type). */
@Value.Immutable
public interface ReferenceItem {

  /** {@return the id} */
  long id();

  /** {@return the name} */
  String name();

  /** {@return whether the entry is active} */
  boolean active();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceItem} instances. */
  final class Builder extends ImmutableReferenceItem.Builder {}
}
