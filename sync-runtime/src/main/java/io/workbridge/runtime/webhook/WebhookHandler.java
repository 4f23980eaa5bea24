package io.workbridge.runtime.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one webhook endpoint: only {@code POST} to exactly its path (otherwise 405 with {@code
 * Allow: POST}, or 404), a body no larger than the limit (otherwise 413, read no further), then {@link
 * #receive} decides the answer. Answers carry no body. Bodies and signatures are never logged.
 */
abstract class WebhookHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

  private final String path;
  private final int maxBodyBytes;

  WebhookHandler(String path, int maxBodyBytes) {
    this.path = path;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Verifies a delivery and, when it is genuine, triggers its stream.
   *
   * @param headers the request headers
   * @param body the raw body, exactly as received
   * @return the HTTP status to answer
   */
  abstract int receive(Headers headers, byte[] body);

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
      return 404;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return 405;
    }
    if (declaredLength(exchange.getRequestHeaders()) > maxBodyBytes) {
      LOG.warn("refused a webhook delivery to {}: body larger than {} bytes", path, maxBodyBytes);
      return 413;
    }
    byte[] body = exchange.getRequestBody().readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      LOG.warn("refused a webhook delivery to {}: body larger than {} bytes", path, maxBodyBytes);
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
