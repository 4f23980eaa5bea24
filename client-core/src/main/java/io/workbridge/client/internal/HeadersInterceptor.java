package io.workbridge.client.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.client.Secret;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Adds the headers every call carries: {@code User-Agent}, the client's static headers (such as an app
 * key), and the per-call headers and idempotency key of {@link RequestOptions}.
 */
public final class HeadersInterceptor implements Interceptor {
  private final String userAgent;
  private final Map<String, Secret> staticHeaders;
  private final @Nullable String idempotencyHeader;

  /**
   * Creates the interceptor.
   *
   * @param userAgent the {@code User-Agent} value
   * @param staticHeaders headers sent on every call (values are secrets: never logged)
   * @param idempotencyHeader the header that carries an idempotency key, or null when the API has none
   */
  public HeadersInterceptor(
      String userAgent, Map<String, Secret> staticHeaders, @Nullable String idempotencyHeader) {
    this.userAgent = userAgent;
    this.staticHeaders = Map.copyOf(staticHeaders);
    this.idempotencyHeader = idempotencyHeader;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
    staticHeaders.forEach((name, value) -> builder.header(name, value.reveal()));
    RequestOptions options = request.tag(RequestOptions.class);
    if (options != null) {
      options.headers().forEach(builder::header);
      if (idempotencyHeader != null) {
        options.idempotencyKey().ifPresent(key -> builder.header(idempotencyHeader, key));
      }
    }
    return chain.proceed(builder.build());
  }
}
