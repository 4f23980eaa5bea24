package io.workbridge.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Logs calls through SLF4J without secrets. DEBUG: method, path (never the query string), operation,
 * status and duration. TRACE: headers with sensitive values masked, and JSON or form bodies with secret
 * fields masked. Token-endpoint calls never pass through here.
 */
public final class RedactingLoggingInterceptor implements Interceptor {
  private static final long MAX_LOGGED_BODY = 16 * 1024;

  private final Logger log;

  /** Creates the interceptor writing to {@code log} (by convention {@code io.workbridge.http.<system>}). */
  public RedactingLoggingInterceptor(Logger log) {
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String operation = CallInfo.operation(request);
    String target = request.method() + " " + request.url().encodedPath();
    log.debug("--> {} [{}]", target, operation);
    if (log.isTraceEnabled()) {
      log.trace("--> headers {}", redact(request.headers()));
      log.trace("--> body {}", requestBody(request.body()));
    }
    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException failure) {
      log.debug("<-- {} [{}] failed: {}", target, operation, failure.getClass().getSimpleName());
      throw failure;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    log.debug("<-- {} {} [{}] {} ms", response.code(), target, operation, millis);
    if (log.isTraceEnabled()) {
      log.trace("<-- headers {}", redact(response.headers()));
      if (isText(response.body().contentType())) {
        log.trace("<-- body {}", Redaction.maskBody(response.peekBody(MAX_LOGGED_BODY).string()));
      }
    }
    return response;
  }

  private static String redact(Headers headers) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (i > 0) {
        text.append(", ");
      }
      text.append(name).append('=').append(Redaction.isSensitiveHeader(name) ? Redaction.MASK : headers.value(i));
    }
    return text.append('}').toString();
  }

  private static String requestBody(RequestBody body) throws IOException {
    if (body == null) {
      return "(none)";
    }
    if (body.isOneShot() || body.isDuplex() || !isText(body.contentType())) {
      return "(" + body.contentLength() + " bytes, not logged)";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    long size = Math.min(buffer.size(), MAX_LOGGED_BODY);
    return Redaction.maskBody(buffer.readString(size, StandardCharsets.UTF_8));
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.subtype();
    return subtype.contains("json") || subtype.equals("x-www-form-urlencoded") || type.type().equals("text");
  }
}
