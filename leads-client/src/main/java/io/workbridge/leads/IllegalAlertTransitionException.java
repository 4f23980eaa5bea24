package io.workbridge.leads;

import io.workbridge.client.ApiError;
import io.workbridge.client.ConflictException;

/**
 * The vendor refused an outcome write-back because the alert's lifecycle does not allow it (HTTP 409), for
 * example {@code SCHEDULED} for an alert that is already {@code DISMISSED}. Repeating the call will not help;
 * read the alert again to see its current status. Writing the status the alert already has is not an
 * error (the vendor answers 204).
 */
public final class IllegalAlertTransitionException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parsed 409 answer.
   *
   * @param error the parsed error
   */
  public IllegalAlertTransitionException(ApiError error) {
    super(error);
  }
}
