package io.workbridge.client;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP attempt a client made, as told to an {@link ApiCallListener}: a call retried twice is three
 * attempts. Carries no URL, header or body, so it can be recorded without leaking a secret.
 *
 * @param system the system's short name: {@code servicetitan}, {@code servicechannel} or {@code leads}
 * @param operation the operation's name, e.g. {@code jobs.get}
 * @param method the HTTP method
 * @param statusCode the answer's status code; 0 when no answer came (a connection failure or a timeout)
 * @param duration from sending the request to the answer's headers (or the failure)
 */
public record ApiCall(String system, String operation, String method, int statusCode, Duration duration) {
  /**
   * Checks the arguments.
   *
   * @param system the system's short name
   * @param operation the operation's name
   * @param method the HTTP method
   * @param statusCode the answer's status code, 0 without an answer
   * @param duration the attempt's duration
   */
  public ApiCall {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(duration, "duration");
  }

  /** {@return whether the attempt got no answer at all (I/O failure or timeout)} */
  public boolean failed() {
    return statusCode == 0;
  }

  /** {@return whether the server refused the attempt for its rate limit (429)} */
  public boolean rateLimited() {
    return statusCode == 429;
  }

  /** {@return the status class for metrics: {@code 2xx} … {@code 5xx}, or {@code none} without an answer} */
  public String outcome() {
    return failed() ? "none" : (statusCode / 100) + "xx";
  }
}
