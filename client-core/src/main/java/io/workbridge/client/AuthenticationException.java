package io.workbridge.client;

/** 401/403 responses and OAuth token failures: the credentials are wrong, expired, revoked, lack a permission, or are not registered for the environment. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public AuthenticationException(ApiError error) {
    super(error);
  }
}
