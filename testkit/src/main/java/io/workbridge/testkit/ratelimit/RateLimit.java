package io.workbridge.testkit.ratelimit;

import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A fixed-window request limit per key (client id, tenant, company, ...): at most {@code limit} requests
 * per window; windows are aligned to the epoch by the simulator's clock (a 1-minute window starts at
 * every whole minute). A request over the limit is answered with the system's 429 body and a
 * {@code Retry-After} header holding the whole seconds until the window rolls over.
 *
 * <p>Install with {@code ApiSimulator.builder(..).rateLimit(rule)}; rules apply to authenticated routes,
 * after bearer validation, so keys can use the {@link io.workbridge.testkit.Principal}. Several rules may
 * apply (ServiceChannel limits per application and per company); the first one exceeded answers. A key
 * function returning empty exempts the request. Thread-safe.
 */
public final class RateLimit {

  private record Window(long start, int count) {}

  private final String name;
  private final int limit;
  private final Duration window;
  private final Function<SimRequest, Optional<String>> key;
  private final Function<RateLimitHit, SimResponse> response;
  private final Map<String, Window> windows = new HashMap<>();
  private final AtomicLong rejected = new AtomicLong();

  private RateLimit(Builder builder) {
    this.name = builder.name;
    this.limit = builder.limit;
    this.window = builder.window;
    this.key = builder.key;
    this.response = builder.response;
  }

  /**
   * Starts a builder: {@code RateLimit.builder("tenant").limit(60).per(Duration.ofSeconds(1))
   * .key(RateLimit.byAttribute("tenant")).response(hit -> ...).build()}.
   *
   * @param name the rule's name, for messages
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Keys requests by the authenticated client id.
   *
   * @return the key function
   */
  public static Function<SimRequest, Optional<String>> byClient() {
    return request -> request.principal().map(p -> p.clientId());
  }

  /**
   * Keys requests by an attribute of the principal (e.g. {@code "tenant"} or {@code "company"}).
   *
   * @param attribute the attribute name
   * @return the key function
   */
  public static Function<SimRequest, Optional<String>> byAttribute(String attribute) {
    return request -> request.principal().flatMap(p -> p.attribute(attribute));
  }

  /**
   * Keys requests by a path parameter of the matched route (e.g. {@code "tenant"}).
   *
   * @param name the path parameter name
   * @return the key function
   */
  public static Function<SimRequest, Optional<String>> byPathParam(String name) {
    return request -> Optional.ofNullable(request.pathParams().get(name));
  }

  /**
   * Counts a request and rejects it when its key is over the limit in the current window.
   *
   * @param request the request
   * @param now the current instant
   * @return the 429 response when rejected
   */
  public Optional<SimResponse> check(SimRequest request, Instant now) {
    Optional<String> k = key.apply(request);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    long windowMillis = window.toMillis();
    long nowMillis = now.toEpochMilli();
    long start = nowMillis - Math.floorMod(nowMillis, windowMillis);
    int count;
    synchronized (windows) {
      Window current = windows.get(k.get());
      count = current == null || current.start() != start ? 1 : current.count() + 1;
      windows.put(k.get(), new Window(start, count));
    }
    if (count <= limit) {
      return Optional.empty();
    }
    rejected.incrementAndGet();
    long retryAfter = Math.max(1, (start + windowMillis - nowMillis + 999) / 1000);
    RateLimitHit hit = new RateLimitHit(name, k.get(), limit, window, retryAfter);
    SimResponse answer = response.apply(hit);
    if (answer.header("Retry-After").isEmpty()) {
      answer = answer.withHeader("Retry-After", Long.toString(retryAfter));
    }
    return Optional.of(answer);
  }

  /**
   * How many requests this rule rejected.
   *
   * @return the count
   */
  public long rejectedCount() {
    return rejected.get();
  }

  /** Forgets all counts, as if every window had just rolled over. */
  public void reset() {
    synchronized (windows) {
      windows.clear();
    }
  }

  /**
   * The rule's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "RateLimit{" + name + ": " + limit + " per " + window + "}";
  }

  /** Builds a {@link RateLimit}. */
  public static final class Builder {
    private final String name;
    private int limit = 60;
    private Duration window = Duration.ofSeconds(1);
    private Function<SimRequest, Optional<String>> key = byClient();
    private Function<RateLimitHit, SimResponse> response =
        hit ->
            SimResponse.json(
                429,
                Json.obj(
                    "message",
                    "Rate limit exceeded: " + hit.limit() + " per " + hit.window().toSeconds() + " s"));

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Requests allowed per window. Default 60.
     *
     * @param value the limit
     * @return this builder
     */
    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /**
     * The window length (whole milliseconds, e.g. 1 s or 1 min). Default 1 s.
     *
     * @param value the window
     * @return this builder
     */
    public Builder per(Duration value) {
      if (value.toMillis() <= 0) {
        throw new IllegalArgumentException("Window must be at least 1 ms");
      }
      this.window = value;
      return this;
    }

    /**
     * What requests are counted together. Default {@link #byClient()}.
     *
     * @param value the key function; empty exempts the request
     * @return this builder
     */
    public Builder key(Function<SimRequest, Optional<String>> value) {
      this.key = value;
      return this;
    }

    /**
     * The system's 429 response; {@code Retry-After} is added unless the response sets it.
     *
     * @param value builds the response from the hit
     * @return this builder
     */
    public Builder response(Function<RateLimitHit, SimResponse> value) {
      this.response = value;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     */
    public RateLimit build() {
      return new RateLimit(this);
    }
  }
}
