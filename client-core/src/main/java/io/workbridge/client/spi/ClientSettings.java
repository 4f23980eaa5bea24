package io.workbridge.client.spi;

import io.workbridge.client.ApiCallListener;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.RetryPolicy;
import io.workbridge.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP settings every WorkBridge client shares, as collected by {@link AbstractClientBuilder}.
 * Immutable.
 *
 * @param baseUrl the API's base URL (checked by the runtime: https unless loopback)
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed between bytes of a response
 * @param writeTimeout time allowed between bytes of a request
 * @param callTimeout time allowed for a whole call, retries included ({@link Duration#ZERO}: none)
 * @param retryPolicy how failed calls are retried
 * @param rateLimiter the client-side rate limit
 * @param sharedHttpClient the caller's OkHttp client to share, if any (the caller keeps ownership)
 * @param clock the time source
 * @param sleeper how the client waits
 * @param callListener told about every HTTP attempt (metrics, tracing)
 * @param eventListenerFactory OkHttp's event listeners for the client's calls (connection-level tracing), if any
 */
public record ClientSettings(
    String baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    RateLimiter rateLimiter,
    Optional<OkHttpClient> sharedHttpClient,
    Clock clock,
    Sleeper sleeper,
    ApiCallListener callListener,
    Optional<EventListener.Factory> eventListenerFactory) {

  /**
   * Validates the arguments.
   *
   * @param baseUrl the API's base URL (checked by the runtime: https unless loopback)
   * @param connectTimeout time allowed to open a connection
   * @param readTimeout time allowed between bytes of a response
   * @param writeTimeout time allowed between bytes of a request
   * @param callTimeout time allowed for a whole call, retries included ({@link Duration#ZERO}: none)
   * @param retryPolicy how failed calls are retried
   * @param rateLimiter the client-side rate limit
   * @param sharedHttpClient the caller's OkHttp client to share, if any (the caller keeps ownership)
   * @param clock the time source
   * @param sleeper how the client waits
   * @param callListener told about every HTTP attempt (metrics, tracing)
   * @param eventListenerFactory OkHttp's event listeners for the client's calls, if any
   */
  public ClientSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(writeTimeout, "writeTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(rateLimiter, "rateLimiter");
    Objects.requireNonNull(sharedHttpClient, "sharedHttpClient");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(callListener, "callListener");
    Objects.requireNonNull(eventListenerFactory, "eventListenerFactory");
  }

  /**
   * Settings without listeners.
   *
   * @param baseUrl the API's base URL (checked by the runtime: https unless loopback)
   * @param connectTimeout time allowed to open a connection
   * @param readTimeout time allowed between bytes of a response
   * @param writeTimeout time allowed between bytes of a request
   * @param callTimeout time allowed for a whole call, retries included ({@link Duration#ZERO}: none)
   * @param retryPolicy how failed calls are retried
   * @param rateLimiter the client-side rate limit
   * @param sharedHttpClient the caller's OkHttp client to share, if any (the caller keeps ownership)
   * @param clock the time source
   * @param sleeper how the client waits
   */
  public ClientSettings(
      String baseUrl,
      Duration connectTimeout,
      Duration readTimeout,
      Duration writeTimeout,
      Duration callTimeout,
      RetryPolicy retryPolicy,
      RateLimiter rateLimiter,
      Optional<OkHttpClient> sharedHttpClient,
      Clock clock,
      Sleeper sleeper) {
    this(
        baseUrl, connectTimeout, readTimeout, writeTimeout, callTimeout, retryPolicy, rateLimiter, sharedHttpClient,
        clock, sleeper, ApiCallListener.NONE, Optional.empty());
  }

  /**
   * {@return a copy with another base URL (for a second host of the same system, such as its auth host)}
   *
   * @param url the URL
   */
  public ClientSettings withBaseUrl(String url) {
    return new ClientSettings(
        url, connectTimeout, readTimeout, writeTimeout, callTimeout, retryPolicy, rateLimiter,
        sharedHttpClient, clock, sleeper, callListener, eventListenerFactory);
  }

  /** The shared client or null. */
  @Nullable OkHttpClient sharedOrNull() {
    return sharedHttpClient.orElse(null);
  }
}
