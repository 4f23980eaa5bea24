package io.workbridge.sync.port;

/**
 * The platform could not be reached or failed transiently (timeouts, 5xx, throttling after retries).
 * The request may or may not have taken effect. The workflow stops the cycle and tries again later;
 * lookup-before-create keeps the retry free of duplicates.
 */
public final class PlatformUnavailableException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /**
   * A transient failure.
   *
   * @param message what went wrong
   */
  public PlatformUnavailableException(String message) {
    super(message);
  }

  /**
   * A transient failure with a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public PlatformUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
