package io.workbridge.adapters;

/**
 * A remote record the sync cannot use (a missing field, an unknown status); the message names what is wrong.
 * In a change feed it becomes a malformed item; elsewhere {@link ClientFailures} turns it into a rejection.
 */
class UnusableRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableRecordException(String message) {
    super(message);
  }
}
