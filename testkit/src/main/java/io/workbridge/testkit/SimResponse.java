package io.workbridge.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * An immutable response from a simulator handler: status, headers, body, and optionally a delay before
 * the headers or a dropped connection (used by faults).
 *
 * <p>Typical use: {@code SimResponse.ok(Json.obj("id", 7L))}, {@code SimResponse.json(201, body)},
 * {@code SimResponse.noContent()}, {@code SimResponse.status(302).withHeader("Location", "/x")}.
 */
public final class SimResponse {

  private final int status;
  private final Headers headers;
  private final ByteString body;
  private final Duration headersDelay;
  private final @Nullable SocketEffect socketEffect;
  private final @Nullable MockResponse raw;

  private SimResponse(
      int status,
      Headers headers,
      ByteString body,
      Duration headersDelay,
      @Nullable SocketEffect socketEffect,
      @Nullable MockResponse raw) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.headersDelay = headersDelay;
    this.socketEffect = socketEffect;
    this.raw = raw;
  }

  /**
   * A response with a status and no body.
   *
   * @param status the HTTP status
   * @return the response
   */
  public static SimResponse status(int status) {
    return new SimResponse(status, Headers.of(), ByteString.EMPTY, Duration.ZERO, null, null);
  }

  /**
   * A 200 response with a JSON body.
   *
   * @param body a JSON tree (see {@link Json})
   * @return the response
   */
  public static SimResponse ok(@Nullable Object body) {
    return json(200, body);
  }

  /**
   * A 204 response.
   *
   * @return the response
   */
  public static SimResponse noContent() {
    return status(204);
  }

  /**
   * A response with a JSON body and {@code Content-Type: application/json; charset=utf-8}.
   *
   * @param status the HTTP status
   * @param body a JSON tree (see {@link Json})
   * @return the response
   */
  public static SimResponse json(int status, @Nullable Object body) {
    return text(status, "application/json; charset=utf-8", Json.write(body));
  }

  /**
   * A response with a text body.
   *
   * @param status the HTTP status
   * @param contentType the content type
   * @param body the body
   * @return the response
   */
  public static SimResponse text(int status, String contentType, String body) {
    return bytes(status, contentType, ByteString.encodeUtf8(body));
  }

  /**
   * A response with a binary body.
   *
   * @param status the HTTP status
   * @param contentType the content type
   * @param body the body
   * @return the response
   */
  public static SimResponse bytes(int status, String contentType, ByteString body) {
    return new SimResponse(
        status, Headers.of("Content-Type", contentType), body, Duration.ZERO, null, null);
  }

  /**
   * A response that reads the request and then closes the connection without answering; the client sees
   * an I/O error ("unexpected end of stream").
   *
   * @return the response
   */
  public static SimResponse disconnect() {
    return new SimResponse(
        200, Headers.of(), ByteString.EMPTY, Duration.ZERO, new SocketEffect.CloseSocket(), null);
  }

  /**
   * Escape hatch: answers with a MockWebServer response as it is (no error rendering, no extra headers).
   *
   * @param response the response
   * @return the wrapped response
   */
  public static SimResponse raw(MockResponse response) {
    return new SimResponse(
        response.getCode(), response.getHeaders(), ByteString.EMPTY, Duration.ZERO, null, response);
  }

  /**
   * Returns a copy with one header set (replacing any header of that name).
   *
   * @param name the header name
   * @param value the value
   * @return the copy
   */
  public SimResponse withHeader(String name, String value) {
    return new SimResponse(
        status, headers.newBuilder().set(name, value).build(), body, headersDelay, socketEffect, raw);
  }

  /**
   * Returns a copy with several headers set.
   *
   * @param extra the headers
   * @return the copy
   */
  public SimResponse withHeaders(Map<String, String> extra) {
    Headers.Builder builder = headers.newBuilder();
    extra.forEach(builder::set);
    return new SimResponse(status, builder.build(), body, headersDelay, socketEffect, raw);
  }

  /**
   * Returns a copy with another status.
   *
   * @param newStatus the status
   * @return the copy
   */
  public SimResponse withStatus(int newStatus) {
    return new SimResponse(newStatus, headers, body, headersDelay, socketEffect, raw);
  }

  /**
   * Returns a copy whose headers are sent only after a delay (MockWebServer waits on its own thread; a
   * client whose read timeout is shorter sees a timeout).
   *
   * @param delay the delay
   * @return the copy
   */
  public SimResponse withHeadersDelay(Duration delay) {
    return new SimResponse(status, headers, body, delay, socketEffect, raw);
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int statusCode() {
    return status;
  }

  /**
   * The headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * A header value.
   *
   * @param name the header name
   * @return the value, if set
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body, empty when there is none
   */
  public String bodyString() {
    return body.string(StandardCharsets.UTF_8);
  }

  /**
   * Whether this response drops the connection instead of answering.
   *
   * @return true for {@link #disconnect()}
   */
  public boolean isDisconnect() {
    return socketEffect != null;
  }

  /**
   * Builds the MockWebServer response.
   *
   * @return the response
   */
  public MockResponse toMockResponse() {
    if (raw != null) {
      return raw;
    }
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    for (int i = 0; i < headers.size(); i++) {
      builder.addHeader(headers.name(i), headers.value(i));
    }
    if (body.size() > 0) {
      builder.body(new Buffer().write(body));
    }
    if (!headersDelay.isZero()) {
      builder.headersDelay(headersDelay.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (socketEffect != null) {
      builder.onResponseStart(socketEffect);
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "SimResponse{status=" + status + ", bytes=" + body.size() + "}";
  }
}
