package io.workbridge.sync.model;

import java.util.Collection;
import java.util.Set;

/**
 * The statuses a subscriber allows the provider to set on a work order. Subscribers define their own
 * statuses, so the sync checks the catalogue before asking for a status and falls back (SC-13) when
 * the target is missing.
 *
 * @param statuses the allowed statuses
 */
public record StatusCatalogue(Set<WorkOrderStatus> statuses) {

  /**
   * Copies the set.
   *
   * @param statuses the allowed statuses
   */
  public StatusCatalogue {
    statuses = Set.copyOf(statuses);
  }

  /**
   * A catalogue of the given statuses.
   *
   * @param statuses the allowed statuses
   * @return the catalogue
   */
  public static StatusCatalogue of(Collection<WorkOrderStatus> statuses) {
    return new StatusCatalogue(Set.copyOf(statuses));
  }

  /**
   * A catalogue of the given statuses.
   *
   * @param statuses the allowed statuses
   * @return the catalogue
   */
  public static StatusCatalogue of(WorkOrderStatus... statuses) {
    return new StatusCatalogue(Set.of(statuses));
  }

  /**
   * Whether the status may be set.
   *
   * @param status the status to look up
   * @return true when the catalogue contains it
   */
  public boolean allows(WorkOrderStatus status) {
    return statuses.contains(status);
  }
}
