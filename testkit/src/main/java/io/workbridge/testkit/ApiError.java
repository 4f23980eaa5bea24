package io.workbridge.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An error a handler throws to answer in the simulated system's own error shape.
 *
 * <p>The simulator turns it into a response with its {@link ErrorRenderer}: the renderer decides the body
 * (RFC 7807 for ServiceTitan, {@code ErrorResponse} for ServiceChannel, ...). The {@link #code()} is a
 * system-specific error code (e.g. {@code "502"} for a ServiceChannel work order that does not exist); it
 * is optional.
 */
public final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int status;
  /** The error code in the body, if any. */
  private final @Nullable String code;
  /** Field errors in the body, by field. */
  private final Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
  /** Extra headers of the answer. */
  private final Map<String, String> headers = new LinkedHashMap<>();

  /**
   * Creates an error.
   *
   * @param status the HTTP status
   * @param code a system-specific error code, or null
   * @param message a human-readable message (never a secret)
   */
  public ApiError(int status, @Nullable String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /**
   * A 400 error.
   *
   * @param message the message
   * @return the error
   */
  public static ApiError badRequest(String message) {
    return new ApiError(400, null, message);
  }

  /**
   * A 404 error.
   *
   * @param message the message
   * @return the error
   */
  public static ApiError notFound(String message) {
    return new ApiError(404, null, message);
  }

  /**
   * A 409 error.
   *
   * @param message the message
   * @return the error
   */
  public static ApiError conflict(String message) {
    return new ApiError(409, null, message);
  }

  /**
   * An error with any status.
   *
   * @param status the HTTP status
   * @param message the message
   * @return the error
   */
  public static ApiError of(int status, String message) {
    return new ApiError(status, null, message);
  }

  /**
   * Adds a validation message for one field (ServiceTitan's {@code errors} map, for instance).
   *
   * @param field the field name
   * @param message the message
   * @return this error
   */
  public ApiError withFieldError(String field, String message) {
    fieldErrors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    return this;
  }

  /**
   * Adds a response header.
   *
   * @param name the header name
   * @param value the value
   * @return this error
   */
  public ApiError withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The system-specific error code.
   *
   * @return the code, if any
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The message.
   *
   * @return the message
   */
  public String message() {
    String message = getMessage();
    return message == null ? "" : message;
  }

  /**
   * Validation messages per field.
   *
   * @return an unmodifiable view, possibly empty
   */
  public Map<String, List<String>> fieldErrors() {
    return Collections.unmodifiableMap(fieldErrors);
  }

  /**
   * Extra response headers.
   *
   * @return an unmodifiable view, possibly empty
   */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }
}
