package io.workbridge.servicetitan;

import io.workbridge.client.ApiError;
import io.workbridge.client.ConflictException;

/**
 * 409: ServiceTitan refused the call because of the record's state, for example completing a job that is
 * already completed or has no technician, or creating a location for an unknown customer.
 */
public class ServiceTitanConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public ServiceTitanConflictException(ApiError error) {
    super(error);
  }
}
