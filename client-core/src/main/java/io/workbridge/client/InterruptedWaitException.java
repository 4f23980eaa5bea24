package io.workbridge.client;

/**
 * A thread was interrupted while a client waited (backoff, {@code Retry-After}, rate limit). The thread's
 * interrupt flag is set again before this is thrown, so cancellation keeps propagating.
 */
public final class InterruptedWaitException extends WorkBridgeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the interrupted wait.
   *
   * @param cause the underlying failure
   */
  public InterruptedWaitException(InterruptedException cause) {
    super("Interrupted while waiting", cause);
  }
}
