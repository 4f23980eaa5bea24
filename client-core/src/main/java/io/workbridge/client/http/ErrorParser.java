package io.workbridge.client.http;

import io.workbridge.client.ApiError;
import io.workbridge.client.ApiException;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.ServerException;
import io.workbridge.client.ValidationException;
import io.workbridge.client.internal.RetryAfter;
import java.time.Instant;

/**
 * Reads one system's error envelope into an {@link ApiError}, and chooses the exception to throw. Each
 * client supplies one; the default {@link #toException} maps 401/403, 404, 400/422, 429 and 5xx onto the
 * standard subtypes, and a client overrides it for system-specific cases.
 */
public interface ErrorParser {

  /** Parses the response. Must not throw: an unreadable body yields an error with only the status. */
  ApiError parse(ErrorResponse response);

  /** The exception for a parsed error; override for system-specific types. */
  default RuntimeException toException(ApiError error, ErrorResponse response) {
    return standardException(error, response);
  }

  /** The standard mapping from status code to exception type. */
  static ApiException standardException(ApiError error, ErrorResponse response) {
    int status = error.statusCode();
    if (status == 401 || status == 403) {
      return new AuthenticationException(error);
    }
    if (status == 404) {
      return new NotFoundException(error);
    }
    if (status == 400 || status == 422) {
      return new ValidationException(error);
    }
    if (status == 429) {
      return new RateLimitedException(
          error, RetryAfter.parse(response.header("Retry-After").orElse(null), Instant.now()));
    }
    if (status >= 500) {
      return new ServerException(error);
    }
    return new ApiException(error);
  }
}
