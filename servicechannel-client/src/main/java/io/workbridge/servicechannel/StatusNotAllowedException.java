package io.workbridge.servicechannel;

import io.workbridge.client.ApiError;
import io.workbridge.client.ValidationException;

/**
 * ServiceChannel error 904: the work order's current status does not allow the action, or the subscriber does
 * not let this provider set the requested status. Callers typically fall back to an "action required" note.
 */
public final class StatusNotAllowedException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public StatusNotAllowedException(ApiError error) {
    super(error);
  }
}
