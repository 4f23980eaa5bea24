package io.workbridge.servicechannel;

import io.workbridge.client.ApiError;
import io.workbridge.client.AuthenticationException;

/**
 * HTTP 401 with ServiceChannel error code 504 ("API call rejected by security permissions") that persisted
 * after the access token was renewed: the credentials are valid, but the ServiceChannel user (or the
 * provider's relationship with this subscriber) may not perform {@link #operation()}. This is a configuration
 * problem for an administrator, not an expired token; preflight checks report it by operation.
 */
public final class PermissionDeniedException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public PermissionDeniedException(ApiError error) {
    super(error);
  }
}
