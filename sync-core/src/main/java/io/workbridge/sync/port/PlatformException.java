package io.workbridge.sync.port;

/**
 * Base of the exceptions a port throws. Unchecked, like every exception of the SDK's public API.
 * Messages never contain secrets.
 */
public class PlatformException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what went wrong
   */
  public PlatformException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public PlatformException(String message, Throwable cause) {
    super(message, cause);
  }
}
