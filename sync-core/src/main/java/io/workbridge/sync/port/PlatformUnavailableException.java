package io.workbridge.sync.port;

/**
 * The platform could not be reached or failed transiently (timeouts, 5xx, throttling after retries).
 * {@link #outcomeUnknown()} says whether a write may have taken effect: then the workflow records the
 * effect as uncertain and looks it up before writing again; otherwise (refused before anything was done:
 * throttled, credentials refused, no connection) it is tried again later as a first attempt.
 * {@link #platformWide()} says whether the failure concerns every record (throttled, credentials refused,
 * unreachable): then the stream stops for the cycle; otherwise only the record being handled is deferred and
 * the stream goes on with the others.
 */
public final class PlatformUnavailableException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /** Whether the write may have happened although the call failed. */
  private final boolean outcomeUnknown;
  /** Whether every call to the platform would fail alike for now. */
  private final boolean platformWide;

  /**
   * A transient failure whose outcome is unknown (the safe assumption).
   *
   * @param message what went wrong
   */
  public PlatformUnavailableException(String message) {
    super(message);
    this.outcomeUnknown = true;
    this.platformWide = false;
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
   * A transient failure with a cause. One whose outcome is known (nothing was done: throttled, credentials
   * refused, no connection made) is taken to concern the whole platform; one of unknown outcome, the record
   * being handled.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   * @param outcomeUnknown true when a write may have taken effect; false when it certainly did not
   */
  public PlatformUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
    this(message, cause, outcomeUnknown, !outcomeUnknown);
  }

  /**
   * A transient failure with a cause, saying both what it may have done and what it concerns.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   * @param outcomeUnknown true when a write may have taken effect; false when it certainly did not
   * @param platformWide true when every call would fail alike for now (throttled after retries, credentials
   *     refused, the platform unreachable); false when it may be the one record's (a 5xx or a timeout)
   */
  public PlatformUnavailableException(
      String message, Throwable cause, boolean outcomeUnknown, boolean platformWide) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
    this.platformWide = platformWide;
  }

  /**
   * {@return whether a write may have taken effect despite the failure (a timeout, a connection dropped after
   * the request was sent, a 5xx)} False when it certainly did not (throttled, refused credentials, no
   * connection made).
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /**
   * Whether every call to the platform would fail alike for now (throttled after retries, credentials
   * refused, unreachable), so the stream stops for the cycle. False when the failure may be the record's own
   * (a 5xx, a timeout): the record is deferred and retried later while the stream goes on.
   *
   * @return true when the failure concerns the whole platform
   */
  public boolean platformWide() {
    return platformWide;
  }
}
