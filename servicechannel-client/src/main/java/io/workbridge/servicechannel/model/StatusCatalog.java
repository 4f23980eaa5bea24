package io.workbridge.servicechannel.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A subscriber's status catalogue, or the statuses one work order may move to. */
@Value.Immutable
public interface StatusCatalog {
  /** The primary statuses with their extended statuses. */
  List<StatusDefinition> statuses();

  /** Whether the catalogue offers this primary/extended pair (case-insensitive; blank extended allowed). */
  default boolean allows(String primary, String extended) {
    return find(primary)
        .map(d -> extended.isBlank() || d.allowsExtended(extended))
        .orElse(false);
  }

  /** The definition of a primary status, if present (case-insensitive). */
  default Optional<StatusDefinition> find(String primary) {
    return statuses().stream().filter(d -> d.primary().trim().equalsIgnoreCase(primary.trim())).findFirst();
  }

  /** A catalogue of the given definitions. */
  static StatusCatalog of(List<StatusDefinition> statuses) {
    return ImmutableStatusCatalog.builder().addAllStatuses(statuses).build();
  }
}
