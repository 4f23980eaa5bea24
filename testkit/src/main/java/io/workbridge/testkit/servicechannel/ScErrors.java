package io.workbridge.testkit.servicechannel;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.ratelimit.RateLimitHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * ServiceChannel's error bodies: {@code ErrorResponse} with numeric {@code ErrorCode}s, {@code {"Message": …}}
 * without a code, and {@code {"Reason": …}} for throttling.
 */
final class ScErrors {
  private ScErrors() {}

  /** {@return an error with a ServiceChannel error code} */
  static ApiError sc(int status, int code, String message) {
    return new ApiError(status, Integer.toString(code), message);
  }

  /** Renders an error as ServiceChannel does. */
  static SimResponse render(ApiError error, SimRequest request) {
    if (error.status() == 429) {
      return SimResponse.json(429, Json.obj("Reason", error.message())).withHeaders(error.headers());
    }
    if (error.status() == 404 && error.code().isEmpty()) {
      return SimResponse.json(404, Json.obj("Message", error.message())).withHeaders(error.headers());
    }
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    if (error.code().isPresent()) {
      String code = error.code().get();
      Object wire = code.matches("\\d+") ? (Object) Long.parseLong(code) : code;
      body.put("ErrorCodes", List.of(wire));
      body.put("ErrorCode", wire);
      body.put("ErrorMessage", error.message());
    } else {
      body.put("Message", error.message());
    }
    if (!error.fieldErrors().isEmpty()) {
      body.put("ModelState", error.fieldErrors());
    }
    return SimResponse.json(error.status(), body).withHeaders(error.headers());
  }

  /** The 429 a rate limit answers with, naming its scope ({@code Application} or {@code Company}). */
  static SimResponse throttled(RateLimitHit hit, String scope) {
    return SimResponse.json(
        429,
        Json.obj(
            "Reason",
            "Request has been throttled. Your current " + scope + " limit is [" + hit.limit() + "] per [1] minute"));
  }
}
