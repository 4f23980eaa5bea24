package io.workbridge.client;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered successfully but the body does not fit the model: malformed JSON, a missing required
 * field, a value of the wrong type, or a paging protocol violation (such as a repeated continuation token).
 * The message names the operation and, when known, the JSON path of the offending value (SDK-5).
 */
public class InvalidResponseException extends WorkBridgeException {
  private static final long serialVersionUID = 1L;

  /** The operation whose answer could not be read. */
  private final String operation;
  /** The JSON path of the offending value, if known. */
  private final @Nullable String jsonPath;

  /**
   * Creates the exception.
   *
   * @param operation the operation whose response was invalid
   * @param jsonPath where in the body the problem is (for example {@code $.data[3].total}), if known
   * @param problem what is wrong, without echoing secret values
   * @param cause the parser's exception, if any
   */
  public InvalidResponseException(
      String operation, @Nullable String jsonPath, String problem, @Nullable Throwable cause) {
    super(
        "Invalid response to " + operation + (jsonPath == null ? "" : " at " + jsonPath) + ": " + problem,
        cause);
    this.operation = operation;
    this.jsonPath = jsonPath;
  }

  /** {@return the operation whose response was invalid} */
  public String operation() {
    return operation;
  }

  /** {@return the JSON path of the offending value, if known} */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }
}
