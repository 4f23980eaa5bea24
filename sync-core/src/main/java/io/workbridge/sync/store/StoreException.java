package io.workbridge.sync.store;

/**
 * A storage operation failed (the backing store is unreachable, a write was lost, a conflict was
 * detected). Unchecked, as every exception of the public API. The message never carries payloads or
 * secrets, only the operation and the keys involved.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message describing the failed operation.
   *
   * @param message the detail message
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message describing the failed operation and its cause.
   *
   * @param message the detail message
   * @param cause the underlying failure
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
