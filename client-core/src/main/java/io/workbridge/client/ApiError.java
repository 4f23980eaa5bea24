package io.workbridge.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a remote API said when it refused a call: status, operation, the API's own code and message, the
 * request/trace id and any per-field validation errors. Each client parses its system's error envelope into
 * this one shape, and client-core turns it into the matching {@link ApiException} subtype.
 *
 * @param statusCode HTTP status
 * @param operation the operation that failed, for example {@code jobs.create}
 * @param errorCode the API's own error code, if any
 * @param errorMessage the API's human-readable message, if any
 * @param requestId the request or trace id, if any
 * @param fieldErrors per-field validation errors, possibly empty
 * @param data further details the error body carries beside code and message (ServiceTitan's problem
 *     {@code data}, ServiceChannel's {@code Data}), by name; values are text, objects and lists as JSON;
 *     possibly empty
 * @param bodyExcerpt a redacted excerpt of the body (at most 512 characters)
 */
public record ApiError(
    int statusCode,
    String operation,
    Optional<String> errorCode,
    Optional<String> errorMessage,
    Optional<String> requestId,
    List<FieldError> fieldErrors,
    Map<String, String> data,
    String bodyExcerpt) {

  /**
   * Validates and copies the arguments.
   *
   * @param statusCode HTTP status
   * @param operation the operation that failed, for example {@code jobs.create}
   * @param errorCode the API's own error code, if any
   * @param errorMessage the API's human-readable message, if any
   * @param requestId the request or trace id, if any
   * @param fieldErrors per-field validation errors, possibly empty
   * @param data further details the error body carries beside code and message (ServiceTitan's problem {@code
   *     data}, ServiceChannel's {@code Data}), by name; values are text, objects and lists as JSON; possibly
   *     empty
   * @param bodyExcerpt a redacted excerpt of the body (at most 512 characters)
   */
  public ApiError {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(requestId, "requestId");
    fieldErrors = List.copyOf(fieldErrors);
    data = Map.copyOf(data);
    Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
  }

  /**
   * {@return an error with only a status and an operation, for bodies that say nothing useful}
   *
   * @param statusCode the HTTP status code
   * @param operation the operation's name, for messages (e.g. {@code jobs.get})
   */
  public static ApiError of(int statusCode, String operation) {
    return new ApiError(
        statusCode, operation, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(), "");
  }

  /**
   * {@return a copy with the given API error code and message}
   *
   * @param code the API error code, or {@code null}
   * @param message the API error message, or {@code null}
   */
  public ApiError withCode(@Nullable String code, @Nullable String message) {
    return new ApiError(
        statusCode,
        operation,
        Optional.ofNullable(code),
        Optional.ofNullable(message),
        requestId,
        fieldErrors,
        data,
        bodyExcerpt);
  }

  /**
   * {@return a copy with the given request or trace id}
   *
   * @param id the request or trace id, or {@code null}
   */
  public ApiError withRequestId(@Nullable String id) {
    return new ApiError(
        statusCode, operation, errorCode, errorMessage, Optional.ofNullable(id), fieldErrors, data, bodyExcerpt);
  }

  /**
   * {@return a copy with the given field errors}
   *
   * @param errors the parser of error responses
   */
  public ApiError withFieldErrors(List<FieldError> errors) {
    return new ApiError(
        statusCode, operation, errorCode, errorMessage, requestId, errors, data, bodyExcerpt);
  }

  /**
   * Returns a copy with the given details (see {@link #data()}); null values are left out.
   *
   * @param details the details by name
   * @return the copy
   */
  public ApiError withData(Map<String, String> details) {
    Map<String, String> kept = new java.util.LinkedHashMap<>();
    details.forEach((name, value) -> {
      if (name != null && value != null) {
        kept.put(name, value);
      }
    });
    return new ApiError(
        statusCode, operation, errorCode, errorMessage, requestId, fieldErrors, kept, bodyExcerpt);
  }

  /**
   * Returns a copy with the given message when it has none yet (for a message found in a second place,
   * such as a header, after the body's).
   *
   * @param message the message, ignored when null or blank
   * @return the copy
   */
  public ApiError withMessageIfAbsent(@Nullable String message) {
    if (errorMessage.isPresent() || message == null || message.isBlank()) {
      return this;
    }
    return new ApiError(
        statusCode, operation, errorCode, Optional.of(message), requestId, fieldErrors, data, bodyExcerpt);
  }

  /**
   * {@return a copy with the given (already redacted) body excerpt}
   *
   * @param excerpt an excerpt of the body
   */
  public ApiError withBodyExcerpt(String excerpt) {
    return new ApiError(
        statusCode, operation, errorCode, errorMessage, requestId, fieldErrors, data, excerpt);
  }

  /**
   * {@return the exception message: {@code HTTP 429 on jobs.list (request-id 7f3c): <code> <message>},
   * followed by field errors when there are any}
   */
  public String describe() {
    StringBuilder text = new StringBuilder("HTTP ").append(statusCode).append(" on ").append(operation);
    requestId.ifPresent(id -> text.append(" (request-id ").append(id).append(')'));
    if (errorCode.isPresent() || errorMessage.isPresent()) {
      text.append(':');
      errorCode.ifPresent(code -> text.append(' ').append(code));
      errorMessage.ifPresent(message -> text.append(' ').append(message));
    }
    if (!fieldErrors.isEmpty()) {
      text.append(" ").append(fieldErrors);
    }
    return text.toString();
  }
}
