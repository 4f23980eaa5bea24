package io.workbridge.testkit.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A known way a simulator's answer differs from the official description on purpose, because the live API
 * answers that way (or, where said so, because the simulator has not caught up yet). Response validation
 * does not report a message a deviation covers; {@link OpenApiContract#responseDeviations()} lists them.
 *
 * @param method the HTTP method, or {@code *} for any
 * @param path a regular expression matching the whole encoded request path
 * @param message a regular expression found in the validator's message ({@code key: text})
 * @param reason why the answer differs, with the reference that documents the live behaviour
 */
public record ResponseDeviation(String method, Pattern path, Pattern message, String reason) {

  /**
   * Validates the arguments.
   *
   * @param method the HTTP method, or {@code *} for any
   * @param path a regular expression matching the whole encoded request path
   * @param message a regular expression found in the validator's message ({@code key: text})
   * @param reason why the answer differs, with the reference that documents the live behaviour
   */
  public ResponseDeviation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("A response deviation needs a reason");
    }
  }

  /**
   * A deviation.
   *
   * @param method the HTTP method, or {@code *}
   * @param pathRegex a regular expression matching the whole encoded path
   * @param messageRegex a regular expression found in the validator's message
   * @param reason why, citing the reference
   * @return the deviation
   */
  public static ResponseDeviation of(String method, String pathRegex, String messageRegex, String reason) {
    return new ResponseDeviation(method, Pattern.compile(pathRegex), Pattern.compile(messageRegex), reason);
  }

  /**
   * {@return whether this deviation covers {@code validatorMessage} on an answer to {@code requestMethod
   * path}}
   *
   * @param requestMethod the request's method
   * @param requestPath the request's path
   * @param validatorMessage the validator's message
   */
  public boolean covers(String requestMethod, String requestPath, String validatorMessage) {
    return (method.equals("*") || method.equalsIgnoreCase(requestMethod))
        && path.matcher(requestPath).matches()
        && this.message.matcher(validatorMessage).find();
  }

  @Override
  public String toString() {
    return method + " " + path.pattern() + " [" + message.pattern() + "]: " + reason;
  }
}
