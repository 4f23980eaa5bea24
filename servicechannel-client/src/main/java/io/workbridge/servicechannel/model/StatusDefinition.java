package io.workbridge.servicechannel.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One primary status of a subscriber's catalogue with the extended statuses allowed under it (or, for a
 * single work order, the ones it may move to).
 */
@Value.Immutable
public interface StatusDefinition {
  /** {@return the primary status name, for example {@code IN PROGRESS}} */
  String primary();

  /** {@return the extended statuses available under it, for example {@code DISPATCH CONFIRMED}} */
  List<String> extended();

  /**
   * {@return whether {@code extended} (ignoring case) is one of {@link #extended()}}
   *
   * @param extended the extended status
   */
  default boolean allowsExtended(String extended) {
    return extended().stream().anyMatch(e -> e.trim().equalsIgnoreCase(extended.trim()));
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatusDefinition}. */
  class Builder extends ImmutableStatusDefinition.Builder {}
}
