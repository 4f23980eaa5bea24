package io.workbridge.client.spi.auth;

import io.workbridge.client.Sleeper;
import io.workbridge.client.internal.BaseUrls;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Settings every OAuth token source shares: the token URL, the HTTP client, time, and the minimum interval
 * between token calls.
 *
 * @param <B> the concrete builder
 */
public abstract class TokenSourceBuilder<B extends TokenSourceBuilder<B>> {
  private @Nullable String tokenUrl;
  private @Nullable OkHttpClient httpClient;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.SYSTEM;
  Duration minimumInterval = Duration.ZERO;

  /** Package-private: only the token sources of this package extend it. */
  TokenSourceBuilder() {}

  /**
   * The token endpoint's URL; {@code https} is required except on loopback.
   *
   * @param tokenUrl the token endpoint's URL; {@code https} is required except on loopback
   * @return this builder
   */
  public B tokenUrl(String tokenUrl) {
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    return self();
  }

  /**
   * The HTTP client to share (its pool and dispatcher); by default a new one.
   *
   * @param httpClient the HTTP client to share (its pool and dispatcher); by default a new one
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * The time source used for expiry (default: the system UTC clock).
   *
   * @param clock the time source used for expiry (default: the system UTC clock)
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * How to wait when the minimum interval applies (default: really sleep).
   *
   * @param sleeper how to wait when the minimum interval applies (default: really sleep)
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * The shortest time between two token calls (default zero). Use it for endpoints that throttle token
   * requests, such as one call per 5 seconds per user.
   *
   * @param minimumInterval the shortest time between two token calls (default zero)
   * @return this builder
   */
  public B minimumInterval(Duration minimumInterval) {
    Objects.requireNonNull(minimumInterval, "minimumInterval");
    if (minimumInterval.isNegative()) {
      throw new IllegalArgumentException("minimumInterval must not be negative");
    }
    this.minimumInterval = minimumInterval;
    return self();
  }

  /** {@return this builder, typed} */
  protected abstract B self();

  HttpUrl tokenUrl() {
    if (tokenUrl == null) {
      throw new IllegalStateException("tokenUrl is required");
    }
    return BaseUrls.parse(tokenUrl, "tokenUrl");
  }

  OkHttpClient httpClient() {
    return httpClient != null ? httpClient : new OkHttpClient();
  }
}
