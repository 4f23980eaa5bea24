package io.workbridge.client;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The remote API answered with an HTTP error that the client could not (or may not) recover from.
 *
 * <p>Carries the HTTP status, the API's own error code when the body has one, the request or trace id the
 * server assigned, the operation that failed (for example {@code bookings.create}) and a short, redacted
 * excerpt of the error body. Nothing here is settable after construction and no response object is held.
 */
public class ApiException extends WorkBridgeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status code. */
  private final int statusCode;
  /** The operation that failed, for example {@code jobs.get}. */
  private final String operation;
  /** The API's error code, if the body had one. */
  private final @Nullable String errorCode;
  /** The API's error message, if the body had one. */
  private final @Nullable String errorMessage;
  /** Further fields of the error body. */
  private final Map<String, String> errorData;
  /** The server's request or trace id, if it sent one. */
  private final @Nullable String requestId;
  /** At most 512 characters of the error body, with secret-looking fields masked. */
  private final String bodyExcerpt;

  /**
   * Creates the exception; the message is derived from the arguments.
   *
   * @param error what the server said, already parsed and redacted
   * @param cause the underlying failure, if any
   */
  public ApiException(ApiError error, @Nullable Throwable cause) {
    super(error.describe(), cause);
    this.statusCode = error.statusCode();
    this.operation = error.operation();
    this.errorCode = error.errorCode().orElse(null);
    this.errorMessage = error.errorMessage().orElse(null);
    this.errorData = error.data();
    this.requestId = error.requestId().orElse(null);
    this.bodyExcerpt = error.bodyExcerpt();
  }

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public ApiException(ApiError error) {
    this(error, null);
  }

  /** {@return the HTTP status code of the response} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the operation that failed, for example {@code jobs.list}} */
  public String operation() {
    return operation;
  }

  /** {@return the API's own error code (an error-envelope code, an OAuth {@code error}, …), if any} */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * {@return the API's own message (the error body's title or message, or a header such as ServiceChannel's
   * {@code Error-Message} when the body has none), if any}
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * {@return further details the error body carried beside code and message (ServiceTitan's problem {@code
   * data}, ServiceChannel's {@code Data}), by name; values are text, objects and lists as JSON} Empty when
   * there were none. Not part of the message, since they may hold record data.
   */
  public Map<String, String> errorData() {
    return errorData;
  }

  /** {@return the request or trace id the server assigned to the failed call, if it sent one} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return at most 512 characters of the error body, with secret-looking fields masked} */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
