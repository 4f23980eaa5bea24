package io.workbridge.servicetitan.model;


import org.immutables.value.Value;

/** A reference-data entry (business unit, job type, campaign, call reason, cancel or hold reason, tag type). */
@Value.Immutable
public interface ReferenceItem {

  /** The id. */
  long id();

  /** The name. */
  String name();

  /** Whether the entry is active. */
  boolean active();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceItem} instances. */
  final class Builder extends ImmutableReferenceItem.Builder {}
}
