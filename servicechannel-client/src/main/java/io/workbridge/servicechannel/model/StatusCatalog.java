package io.workbridge.servicechannel.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A subscriber's status catalogue, or the statuses one work order may move to. */
@Value.Immutable
public interface StatusCatalog {
  /** {@return the primary statuses with their extended statuses} */
  List<StatusDefinition> statuses();

  /**
   * {@return whether the catalogue offers this primary/extended pair (case-insensitive; blank extended
   * allowed)}
   *
   * @param primary the primary status
   * @param extended the extended status
   */
  default boolean allows(String primary, String extended) {
    return find(primary)
        .map(d -> extended.isBlank() || d.allowsExtended(extended))
        .orElse(false);
  }

  /**
   * {@return the definition of a primary status, if present (case-insensitive)}
   *
   * @param primary the primary status
   */
  default Optional<StatusDefinition> find(String primary) {
    return statuses().stream().filter(d -> d.primary().trim().equalsIgnoreCase(primary.trim())).findFirst();
  }

  /**
   * {@return a catalogue of the given definitions}
   *
   * @param statuses the statuses
   */
  static StatusCatalog of(List<StatusDefinition> statuses) {
    return ImmutableStatusCatalog.builder().addAllStatuses(statuses).build();
  }
}
