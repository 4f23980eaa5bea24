package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A technician check-in or check-out on a ServiceChannel work order (SC-11, SC-12).
 *
 * @param userId the technician's own ServiceChannel user, or empty for the API user
 * @param at when the technician arrived or left
 */
public record CheckIn(Optional<Long> userId, Instant at) {

  /**
   * Checks both parts are present.
   *
   * @param userId the technician's own ServiceChannel user, or empty for the API user
   * @param at when the technician arrived or left
   */
  public CheckIn {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(at, "at");
  }
}
