package io.workbridge.client;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429: the server's rate limit was hit and the client did not (or could not) wait it out — the retries were
 * spent, the call was not safe to retry, or {@code Retry-After} asked for longer than the configured cap.
 */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** How long the server asked the caller to wait, if it said. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception from a parsed error and the server's {@code Retry-After}, if it sent one.
   *
   * @param error the parsed error
   * @param retryAfter how long the server asked to wait, or {@code null}
   */
  public RateLimitedException(ApiError error, @Nullable Duration retryAfter) {
    super(error);
    this.retryAfter = retryAfter;
  }

  /** {@return how long the server asked the caller to wait, if it said} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
