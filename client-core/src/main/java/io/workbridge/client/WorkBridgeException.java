package io.workbridge.client;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception a WorkBridge client throws. All are unchecked: a caller catches the subtype it
 * can act on ({@link RateLimitedException}, {@link NotFoundException}, …) and lets the rest travel.
 *
 * <p>Messages name the operation (for example {@code jobs.list}) and the server's request or trace id when
 * there is one; they never contain a credential, a token or a full URL with its query string.
 */
public class WorkBridgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message the detail message
   * @param cause the underlying failure
   */
  public WorkBridgeException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception with a message.
   *
   * @param message the detail message
   */
  public WorkBridgeException(String message) {
    super(message);
  }
}
