package io.workbridge.client.spi;

import io.workbridge.client.ApiCallListener;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.RetryPolicy;
import io.workbridge.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings every WorkBridge client builder offers, written once: base URL, timeouts, retries, rate
 * limit, a shared OkHttp client, and the {@link Clock}/{@link Sleeper} test seams. A client's builder
 * extends it and adds its own credentials.
 *
 * <p>Defaults: connect 10 s, read 30 s, write 30 s, no whole-call timeout, {@link RetryPolicy#defaults()}
 * (2 retries), the client's own default rate limit, the system clock, real sleeping.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B>> {
  /** The default limit of a whole call, retries and their waits included: 90 seconds. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(90);

  private @Nullable String baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration writeTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private @Nullable RateLimiter rateLimiter;
  private int rateLimitPermits;
  private @Nullable Duration rateLimitPeriod;
  private @Nullable OkHttpClient sharedHttpClient;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private ApiCallListener callListener = ApiCallListener.NONE;
  private EventListener.@Nullable Factory eventListenerFactory;

  /** For subclasses. */
  protected AbstractClientBuilder() {}

  /** {@return this builder, typed} */
  protected abstract B self();

  /**
   * The API's base URL, overriding the environment's (for simulators and tests). Plain {@code http} is
   * accepted only for loopback hosts.
   *
   * @param baseUrl the API's base URL, overriding the environment's (for simulators and tests)
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return self();
  }

  /**
   * Time allowed to open a connection (default 10 s).
   *
   * @param timeout time allowed to open a connection (default 10 s)
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = nonNegative(timeout, "connectTimeout");
    return self();
  }

  /**
   * Time allowed between bytes of a response (default 30 s).
   *
   * @param timeout time allowed between bytes of a response (default 30 s)
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = nonNegative(timeout, "readTimeout");
    return self();
  }

  /**
   * Time allowed between bytes of a request (default 30 s).
   *
   * @param timeout time allowed between bytes of a request (default 30 s)
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = nonNegative(timeout, "writeTimeout");
    return self();
  }

  /**
   * Time allowed for a whole call including retries and waits (default {@link #DEFAULT_CALL_TIMEOUT}); {@code
   * Duration.ZERO} for no limit. Bounds a server that trickles its answer, which no read timeout stops.
   *
   * @param timeout time allowed for a whole call including retries and waits (default {@link
   *     #DEFAULT_CALL_TIMEOUT}); {@code Duration.ZERO} for no limit
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = nonNegative(timeout, "callTimeout");
    return self();
  }

  /**
   * Retries after the first attempt (default 2, so at most 3 attempts); 0 disables retries.
   *
   * @param maxRetries retries after the first attempt
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
    return self();
  }

  /**
   * The whole retry policy (backoff, {@code Retry-After} cap, budget).
   *
   * @param policy the whole retry policy (backoff, {@code Retry-After} cap, budget)
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return self();
  }

  /**
   * A rate limit of {@code permits} requests per {@code period} for this client instance, never exceeded within
   * any span of one period ({@link RateLimiter#perWindow}).
   *
   * @param permits the number of permits
   * @param period the period the permits are for
   * @return this builder
   */
  public B rateLimit(int permits, Duration period) {
    Objects.requireNonNull(period, "period");
    if (permits < 1) {
      throw new IllegalArgumentException("rate limit permits must be >= 1, was " + permits);
    }
    this.rateLimiter = null;
    this.rateLimitPermits = permits;
    this.rateLimitPeriod = period;
    return self();
  }

  /**
   * A custom (possibly shared) rate limiter; {@link RateLimiter#unlimited()} turns limiting off.
   *
   * @param limiter a custom (possibly shared) rate limiter; {@link RateLimiter#unlimited()} turns limiting
   *     off
   * @return this builder
   */
  public B rateLimiter(RateLimiter limiter) {
    this.rateLimiter = Objects.requireNonNull(limiter, "rateLimiter");
    this.rateLimitPeriod = null;
    return self();
  }

  /**
   * An OkHttp client to share its connection pool and dispatcher. The caller keeps ownership: closing the
   * WorkBridge client does not shut it down.
   *
   * @param client an OkHttp client to share its connection pool and dispatcher
   * @return this builder
   */
  public B okHttpClient(OkHttpClient client) {
    this.sharedHttpClient = Objects.requireNonNull(client, "okHttpClient");
    return self();
  }

  /**
   * The time source for token expiry, rate limits and {@code Retry-After} dates (default: system UTC).
   *
   * @param clock the time source for token expiry, rate limits and {@code Retry-After} dates (default: system
   *     UTC)
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * How the client waits between retries and for rate limits (default: really sleep).
   *
   * @param sleeper how the client waits between retries and for rate limits (default: really sleep)
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Tells {@code listener} about every HTTP attempt, retries included (default: nobody) — for metrics or
   * tracing; see {@link ApiCallListener}.
   *
   * @param listener the listener
   * @return this builder
   */
  public B callListener(ApiCallListener listener) {
    this.callListener = Objects.requireNonNull(listener, "callListener");
    return self();
  }

  /**
   * OkHttp's event listeners for this client's calls (DNS, connect, TLS, bytes sent and received), for
   * connection-level tracing; default none.
   *
   * @param factory creates one listener per call
   * @return this builder
   */
  public B eventListenerFactory(EventListener.Factory factory) {
    this.eventListenerFactory = Objects.requireNonNull(factory, "eventListenerFactory");
    return self();
  }

  /** {@return the base URL set with {@link #baseUrl}, if any} */
  protected Optional<String> configuredBaseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /**
   * Collects the shared settings.
   *
   * @param resolvedBaseUrl the base URL to use (the explicit one, or the environment's)
   * @param defaultLimit the client's default rate limiter, used when none was configured
   * @return the shared settings
   */
  protected ClientSettings settings(String resolvedBaseUrl, RateLimiter defaultLimit) {
    RateLimiter limiter = rateLimiter;
    if (rateLimitPeriod != null) {
      limiter = RateLimiter.perWindow(rateLimitPermits, rateLimitPeriod, clock, sleeper);
    }
    return new ClientSettings(
        resolvedBaseUrl,
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        retryPolicy,
        limiter != null ? limiter : defaultLimit,
        Optional.ofNullable(sharedHttpClient),
        clock,
        sleeper,
        callListener,
        Optional.ofNullable(eventListenerFactory));
  }

  /** {@return the configured clock (for a client's default rate limiter)} */
  protected Clock clock() {
    return clock;
  }

  /** {@return the configured sleeper (for a client's default rate limiter)} */
  protected Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Throws one {@link IllegalStateException} naming every missing required setting, or does nothing.
   *
   * @param client the client's name for the message, e.g. {@code AcmeClient}
   * @param missing names of the settings that are missing
   */
  protected static void requireAll(String client, List<String> missing) {
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          client + " cannot be built; missing required settings: " + String.join(", ", missing));
    }
  }

  /** {@return a fresh list to collect missing setting names into} */
  protected static List<String> missingSettings() {
    return new ArrayList<>();
  }

  private static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }
}
