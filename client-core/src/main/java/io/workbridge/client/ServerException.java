package io.workbridge.client;

/** 5xx responses left over after the client's retries were spent. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public ServerException(ApiError error) {
    super(error);
  }
}
