package io.workbridge.client.spi.http;

import io.workbridge.client.ApiError;
import io.workbridge.client.ApiException;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.ConflictException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.ServerException;
import io.workbridge.client.ValidationException;
import io.workbridge.client.internal.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reads one system's error envelope into an {@link ApiError}, and chooses the exception to throw. Each
 * client supplies one; the default {@link #toException} maps 401/403, 404, 400/422, 429 and 5xx onto the
 * standard subtypes, and a client overrides it for system-specific cases.
 */
public interface ErrorParser {

  /**
   * Parses the response. Must not throw: an unreadable body yields an error with only the status.
   *
   * @param response the error response
   * @return the parsed error
   */
  ApiError parse(ErrorResponse response);

  /**
   * {@return the exception for a parsed error; override for system-specific types}
   *
   * @param error the parsed error
   * @param response the error response
   */
  default RuntimeException toException(ApiError error, ErrorResponse response) {
    return standardException(error, response, retryAfter(response));
  }

  /**
   * {@return how long the server asked the caller to wait: its {@code Retry-After} header (seconds or an HTTP
   * date), else what {@link #retryAfterFromBody} reads in the body; null when it said neither}
   *
   * @param response the error response
   */
  default @Nullable Duration retryAfter(ErrorResponse response) {
    Duration header = RetryAfter.parse(response.header("Retry-After").orElse(null), Instant.now());
    return header != null ? header : retryAfterFromBody(response.body());
  }

  /**
   * A wait the error body states in words, for APIs whose rate-limit answer says it there instead of in
   * {@code Retry-After} (ServiceTitan's gateway: "Try again in 5 seconds."). None by default. Used for
   * 429 answers, both to wait before retrying and for {@link RateLimitedException#retryAfter()}.
   *
   * @param body the error body's text
   * @return the wait, or null when the body states none
   */
  default @Nullable Duration retryAfterFromBody(String body) {
    return null;
  }

  /**
   * {@return the standard mapping from status code to exception type, reading only the {@code Retry-After}
   * header}
   *
   * @param error the parsed error
   * @param response the error response
   */
  static ApiException standardException(ApiError error, ErrorResponse response) {
    return standardException(
        error, response, RetryAfter.parse(response.header("Retry-After").orElse(null), Instant.now()));
  }

  /**
   * The standard mapping from status code to exception type.
   *
   * @param error the parsed error
   * @param response the response
   * @param retryAfter the wait the server asked for (see {@link #retryAfter}), for a 429
   * @return the exception
   */
  static ApiException standardException(ApiError error, ErrorResponse response, @Nullable Duration retryAfter) {
    int status = error.statusCode();
    if (status == 401 || status == 403) {
      return new AuthenticationException(error);
    }
    if (status == 404) {
      return new NotFoundException(error);
    }
    if (status == 409) {
      return new ConflictException(error);
    }
    if (status == 400 || status == 422) {
      return new ValidationException(error);
    }
    if (status == 429) {
      return new RateLimitedException(error, retryAfter);
    }
    if (status >= 500) {
      return new ServerException(error);
    }
    return new ApiException(error);
  }
}
