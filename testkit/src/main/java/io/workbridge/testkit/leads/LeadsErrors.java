package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.ratelimit.RateLimitHit;

/**
 * The vendor's error body, {@code {"error": {"code", "message", "requestId"}}}, with a default code per
 * status, and the 429 its rate limit answers with.
 */
final class LeadsErrors {
  private LeadsErrors() {}

  /** Renders an error as the vendor does. */
  static SimResponse render(ApiError error, SimRequest request) {
    return SimResponse.json(
            error.status(),
            Json.obj(
                "error",
                Json.obj(
                    "code", error.code().orElse(defaultCode(error.status())),
                    "message", error.message(),
                    "requestId", "req-" + request.number())))
        .withHeaders(error.headers());
  }

  /** The 429 of the partner rate limit, with {@code Retry-After}. */
  static SimResponse rateLimited(RateLimitHit hit) {
    return SimResponse.json(
            429,
            Json.obj(
                "error",
                Json.obj(
                    "code", "rate_limited",
                    "message", "More than 20 requests per second",
                    "requestId", "req-429")))
        .withHeader("Retry-After", Long.toString(hit.retryAfterSeconds()));
  }

  private static String defaultCode(int status) {
    return switch (status) {
      case 400 -> "invalid_request";
      case 401 -> "invalid_token";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 429 -> "rate_limited";
      default -> status >= 500 ? "server_error" : "error";
    };
  }
}
