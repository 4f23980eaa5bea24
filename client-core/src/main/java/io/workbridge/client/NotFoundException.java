package io.workbridge.client;

/** 404: the addressed resource does not exist (or is not visible to these credentials). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public NotFoundException(ApiError error) {
    super(error);
  }
}
