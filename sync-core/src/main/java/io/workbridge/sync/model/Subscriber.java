package io.workbridge.sync.model;

import java.util.Objects;

/**
 * The ServiceChannel subscriber (the facilities client, e.g. a retail chain) that issued a work order.
 *
 * @param id the ServiceChannel subscriber id
 * @param name the subscriber's display name
 */
public record Subscriber(long id, String name) {

  /**
   * Checks the name is present.
   *
   * @param id the ServiceChannel subscriber id
   * @param name the subscriber's display name
   */
  public Subscriber {
    Objects.requireNonNull(name, "name");
  }
}
