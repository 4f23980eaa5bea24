package io.workbridge.testkit.servicetitan;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ErrorRenderer;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ServiceTitan's error shapes: the RFC 7807-style {@code ApiErrorResponse} ({@code type}, {@code title},
 * {@code status}, {@code traceId}, {@code errors}, {@code data}) for everything except 429, which comes
 * from the API gateway as {@code {"statusCode":429,"message":"Rate limit is exceeded. Try again in N
 * seconds."}}.
 */
final class StErrors {
  private StErrors() {}

  static ErrorRenderer renderer() {
    return (error, request) -> {
      if (error.status() == 429) {
        return SimResponse.json(429, Json.obj("statusCode", 429, "message", error.message()))
            .withHeaders(error.headers());
      }
      Map<String, Object> errors = new LinkedHashMap<>(error.fieldErrors());
      String traceId = String.format("00-%032x-%016x-00", request.number(), request.number());
      return SimResponse.json(
              error.status(),
              Json.obj(
                  "type", "https://tools.ietf.org/html/rfc7231#section-" + section(error.status()),
                  "title", error.message(),
                  "status", error.status(),
                  "traceId", traceId,
                  "errors", errors,
                  "data", Json.obj()))
          .withHeaders(error.headers());
    };
  }

  private static String section(int status) {
    return switch (status) {
      case 400 -> "6.5.1";
      case 403 -> "6.5.3";
      case 404 -> "6.5.4";
      case 405 -> "6.5.5";
      case 409 -> "6.5.8";
      default -> "6.6.1";
    };
  }

  /** Collects field errors and throws one 400 naming them all. */
  static final class Check {
    private final List<String[]> problems = new ArrayList<>();

    Check require(boolean ok, String field, String message) {
      if (!ok) {
        problems.add(new String[] {field, message});
      }
      return this;
    }

    Check requirePresent(Optional<?> value, String field) {
      return require(value.isPresent(), field, "The " + field + " field is required.");
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        ApiError error = new ApiError(400, null, "One or more validation errors occurred.");
        for (String[] problem : problems) {
          error.withFieldError(problem[0], problem[1]);
        }
        throw error;
      }
    }
  }
}
