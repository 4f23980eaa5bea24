package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.workbridge.client.InvalidResponseException;
import java.io.EOFException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns Moshi's parse failures into {@link InvalidResponseException} with the operation and the JSON path
 * of the offending value (SDK-5).
 *
 * <p>Moshi reports malformed JSON as {@link JsonEncodingException} and an empty or truncated body as an
 * {@link EOFException} — both are {@code IOException}s, so a call layer must route them here before it
 * treats an {@code IOException} as a transport failure. {@link #isParseFailure(Throwable)} tells them
 * apart.
 */
public final class JsonFailures {
  private static final Pattern PATH = Pattern.compile(" at (?:path )?(\\$\\S*)");

  private JsonFailures() {}

  /**
   * {@return whether the failure means "the body is not the JSON we expected" rather than an I/O problem}
   *
   * @param failure what the parse threw
   */
  public static boolean isParseFailure(Throwable failure) {
    return failure instanceof JsonDataException
        || failure instanceof JsonEncodingException
        || (failure instanceof EOFException eof && eof.getMessage() != null
            && eof.getMessage().startsWith("End of input"));
  }

  /**
   * {@return the {@link InvalidResponseException} for a parse failure}
   *
   * @param operation the operation whose response failed to parse, for example {@code jobs.get}
   * @param failure a {@link JsonDataException}, {@link JsonEncodingException} or end-of-input {@link
   *     EOFException} (anything else is described by its type only)
   */
  public static InvalidResponseException toInvalidResponse(String operation, Throwable failure) {
    return toInvalidResponse(operation, failure, null);
  }

  /**
   * {@return the {@link InvalidResponseException} for a parse failure, using {@code readerPath} (the reader's
   * {@code getPath()} when the failure happened) when the message names no path, as for an unexpected end of
   * input}
   *
   * @param operation the operation's name, for messages (e.g. {@code jobs.get})
   * @param failure what the parse threw
   * @param readerPath the path the reader is at
   */
  public static InvalidResponseException toInvalidResponse(
      String operation, Throwable failure, @Nullable String readerPath) {
    String message = failure.getMessage();
    String path = message == null ? null : jsonPath(message).orElse(null);
    return new InvalidResponseException(
        operation, path != null ? path : readerPath, problem(failure, message), failure);
  }

  /**
   * {@return the JSON path a Moshi message names ({@code "... at path $.data[0].id"}), if any}
   *
   * @param message Moshi's exception message
   */
  public static Optional<String> jsonPath(String message) {
    Matcher matcher = PATH.matcher(message);
    String last = null;
    while (matcher.find()) {
      last = matcher.group(1);
    }
    return Optional.ofNullable(last);
  }

  /** The problem a failure describes, without the path its message names. */
  static String problem(Throwable failure, @Nullable String message) {
    if (failure instanceof EOFException) {
      return "the body ended before the JSON value was complete (empty or truncated body)";
    }
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    String withoutPath = PATH.matcher(message).replaceAll("").strip();
    if (failure instanceof JsonEncodingException) {
      return "malformed JSON: " + withoutPath;
    }
    return withoutPath;
  }
}
