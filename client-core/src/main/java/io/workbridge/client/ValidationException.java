package io.workbridge.client;

import java.util.List;

/** 400/422: the server rejected the request's content; {@link #fieldErrors()} says which fields and why. */
public class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The fields the server rejected, possibly empty. */
  private final List<FieldError> fieldErrors;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public ValidationException(ApiError error) {
    super(error);
    this.fieldErrors = error.fieldErrors();
  }

  /** {@return the fields the server rejected, possibly empty when the body named none} */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
