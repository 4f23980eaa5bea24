package io.workbridge.cli.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one webhook endpoint: only {@code POST} to exactly its path (otherwise 405 with {@code
 * Allow: POST}, or 404), a body no larger than the limit (otherwise 413, read no further) and sent within the
 * body timeout (otherwise the connection is closed), then {@link #receive} decides the answer. Answers carry
 * no body. Refusals go to the rate-limited {@link RefusalLog}; bodies and signatures are never logged.
 */
abstract class WebhookHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

  private final String path;
  private final Limits limits;

  /**
   * What every endpoint of one server shares.
   *
   * @param maxBodyBytes the largest body accepted
   * @param bodyTimeout how long a client may take to send its body
   * @param deadlines the watchdog of the workers
   * @param refusals where refusals are logged
   */
  record Limits(int maxBodyBytes, Duration bodyTimeout, Deadlines deadlines, RefusalLog refusals) {}

  WebhookHandler(String path, Limits limits) {
    this.path = path;
    this.limits = limits;
  }

  /**
   * Verifies a delivery and, when it is genuine, triggers its stream.
   *
   * @param headers the request headers
   * @param body the raw body, exactly as received
   * @return the HTTP status to answer
   */
  abstract int receive(Headers headers, byte[] body);

  /** Logs a refusal of a delivery to this endpoint (rate-limited); {@code reason} must not contain client data. */
  final void refused(String reason) {
    limits.refusals().refused(path, reason);
  }

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    try {
      int status = answer(exchange);
      exchange.sendResponseHeaders(status, -1);
    } finally {
      exchange.close();
    }
  }

  private int answer(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getRawPath().equals(path)) {
      refused("no endpoint at the requested path");
      return 404;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      refused("not a POST");
      exchange.getResponseHeaders().set("Allow", "POST");
      return 405;
    }
    if (declaredLength(exchange.getRequestHeaders()) > limits.maxBodyBytes()) {
      refused("body larger than " + limits.maxBodyBytes() + " bytes");
      return 413;
    }
    byte[] body;
    limits.deadlines().watch(Deadlines.Phase.BODY, limits.bodyTimeout());
    try {
      body = exchange.getRequestBody().readNBytes(limits.maxBodyBytes() + 1);
    } finally {
      if (limits.deadlines().release()) {
        throw new IOException("the client took longer than " + limits.bodyTimeout() + " to send its body");
      }
    }
    if (body.length > limits.maxBodyBytes()) {
      refused("body larger than " + limits.maxBodyBytes() + " bytes");
      return 413;
    }
    try {
      return receive(exchange.getRequestHeaders(), body);
    } catch (RuntimeException failure) {
      LOG.error("webhook delivery to {} failed: {}", path, failure.toString());
      return 500;
    }
  }

  private static long declaredLength(Headers headers) {
    String declared = headers.getFirst("Content-Length");
    if (declared == null) {
      return -1;
    }
    try {
      return Long.parseLong(declared.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
