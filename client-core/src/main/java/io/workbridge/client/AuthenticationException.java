package io.workbridge.client;

/** 401/403 responses and OAuth token failures: the credentials are wrong, expired, revoked, lack a permission, or are not registered for the environment. */
public class AuthenticationException extends ApiException {
  /** The operation name of a token request, in {@link #operation()} when the token endpoint refused. */
  public static final String TOKEN_OPERATION = "oauth.token";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public AuthenticationException(ApiError error) {
    super(error);
  }

  /**
   * {@return whether the token endpoint refused the client's credentials (a wrong or rotated secret or password):
   * every call of the client fails alike until they are fixed}
   */
  public boolean credentialsRefused() {
    return TOKEN_OPERATION.equals(operation());
  }
}
