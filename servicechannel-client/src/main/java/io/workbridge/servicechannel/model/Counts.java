package io.workbridge.servicechannel.model;

import org.immutables.value.Value;

/**
 * How many items of a kind a work order holds, as ServiceChannel counts them on the work order itself ({@code
 * Notes.Count} and {@code Attachments.Count}): the provider's own and all. A change of {@link #total()} is the
 * cheap signal that notes (or attachments) changed.
 */
@Value.Immutable
public interface Counts {
  /** {@return the items written by the caller's own company ({@code Own})} */
  long own();

  /** {@return all items ({@code Total})} */
  long total();

  /**
   * Counts of {@code own} out of {@code total}.
   *
   * @param own the records counted as the sync's own
   * @param total all records
   * @return the counts
   */
  static Counts of(long own, long total) {
    return builder().own(own).total(total).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Counts}. */
  class Builder extends ImmutableCounts.Builder {}
}
