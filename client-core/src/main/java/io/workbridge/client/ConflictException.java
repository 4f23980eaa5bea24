package io.workbridge.client;

/**
 * 409: the remote system refused the call because of the record's current state (a job already completed,
 * an alert already dismissed, an appointment already confirmed). Repeating the same call will not help; read
 * the record again to see its state. Every client throws this type (or a subclass naming the system's own
 * case) for a 409, so callers catch one type whichever system they talk to.
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public ConflictException(ApiError error) {
    super(error);
  }
}
