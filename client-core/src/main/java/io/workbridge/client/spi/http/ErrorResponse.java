package io.workbridge.client.spi.http;

import io.workbridge.client.internal.Redaction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP error response as an {@link ErrorParser} sees it: status, operation, headers and the body text.
 *
 * @param statusCode the HTTP status
 * @param operation the operation that failed
 * @param headers response headers, names in lower case
 * @param body the body text (possibly empty)
 */
public record ErrorResponse(
    int statusCode, String operation, Map<String, List<String>> headers, String body) {

  /**
   * Validates and copies the arguments; header names are lower-cased.
   *
   * @param statusCode the HTTP status
   * @param operation the operation that failed
   * @param headers response headers, names in lower case
   * @param body the body text (possibly empty)
   */
  public ErrorResponse {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(body, "body");
    java.util.Map<String, List<String>> lower = new java.util.LinkedHashMap<>();
    headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Map.copyOf(lower);
  }

  /**
   * {@return the first value of a header, if present (the name is case-insensitive)}
   *
   * @param name the header name
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@return a redacted excerpt of the body for exception messages} */
  public String bodyExcerpt() {
    return Redaction.excerpt(body);
  }
}
