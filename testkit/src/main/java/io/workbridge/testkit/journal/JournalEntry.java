package io.workbridge.testkit.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * One request a simulator received, with the status it answered.
 *
 * @param number the 1-based number of the request among all the simulator received
 * @param receivedAt when it arrived, by the simulator's clock
 * @param method the HTTP method
 * @param url the full URL (path and query)
 * @param headers the request headers
 * @param body the raw request body
 * @param clientId the authenticated OAuth client, if any
 * @param status the status answered; {@code -1} when the connection was dropped
 */
public record JournalEntry(
    long number,
    Instant receivedAt,
    String method,
    HttpUrl url,
    Headers headers,
    ByteString body,
    Optional<String> clientId,
    int status) {

  /**
   * The encoded path without the query.
   *
   * @return the path
   */
  public String path() {
    return url.encodedPath();
  }

  /**
   * The encoded query, without the {@code ?}.
   *
   * @return the query, empty when there is none
   */
  public String query() {
    String query = url.encodedQuery();
    return query == null ? "" : query;
  }

  /**
   * The first value of a decoded query parameter.
   *
   * @param name the parameter name
   * @return the value, if present
   */
  public Optional<String> queryParam(String name) {
    return Optional.ofNullable(url.queryParameter(name));
  }

  /**
   * A request header.
   *
   * @param name the header name (case-insensitive)
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body
   */
  public String bodyString() {
    return body.string(StandardCharsets.UTF_8);
  }

  /** Keeps headers and body (which may hold credentials) out of test output. */
  @Override
  public String toString() {
    return "#" + number + " " + method + " " + path() + " -> " + status;
  }
}
