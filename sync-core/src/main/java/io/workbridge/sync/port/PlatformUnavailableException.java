package io.workbridge.sync.port;

/**
 * The platform could not be reached or failed transiently (timeouts, 5xx, throttling after retries).
 * {@link #outcomeUnknown()} says whether a write may have taken effect: then the workflow records the
 * effect as uncertain and looks it up before writing again; otherwise (refused before anything was done:
 * throttled, credentials refused, no connection) it is tried again later as a first attempt.
 */
public final class PlatformUnavailableException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /** Whether the write may have happened although the call failed. */
  private final boolean outcomeUnknown;

  /**
   * A transient failure whose outcome is unknown (the safe assumption).
   *
   * @param message what went wrong
   */
  public PlatformUnavailableException(String message) {
    super(message);
    this.outcomeUnknown = true;
  }

  /**
   * A transient failure with a cause, whose outcome is unknown (the safe assumption).
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public PlatformUnavailableException(String message, Throwable cause) {
    this(message, cause, true);
  }

  /**
   * A transient failure with a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   * @param outcomeUnknown true when a write may have taken effect; false when it certainly did not
   */
  public PlatformUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * {@return whether a write may have taken effect despite the failure (a timeout, a connection dropped after
   * the request was sent, a 5xx)} False when it certainly did not (throttled, refused credentials, no
   * connection made).
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
