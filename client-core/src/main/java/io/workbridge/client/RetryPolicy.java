package io.workbridge.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client retries a failed call (CONVENTIONS §9.5).
 *
 * <p>Connect failures (nothing was sent) and HTTP 429 (the server refused the request before doing anything)
 * are retried for every call. HTTP 502/503/504, read timeouts and broken connections are retried only for
 * idempotent calls: GET, HEAD, PUT, DELETE, operations marked idempotent, or calls carrying an idempotency
 * key. Waits grow as {@code min(maxBackoff, initialBackoff · 2^(n-1))}, jittered to 75–100 %. The wait the
 * server asks for — a {@code Retry-After} header (seconds or HTTP date), or for a 429 without one, a wait its
 * body states in words where the client knows how to read it — is waited out exactly when it is at most
 * {@link #maxRetryAfter()}; a longer one fails fast with {@link RateLimitedException}.
 * A per-client retry budget (a token bucket: each retry spends {@link #retryCost()}, each success refunds
 * one) stops retry storms during an outage.
 *
 * <p>Immutable; {@link #defaults()} gives 2 retries (3 attempts), 0.5 s initial and 8 s maximum backoff, a
 * 60 s {@code Retry-After} cap and a budget of 100.
 */
public final class RetryPolicy {
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final int budget;
  private final int retryCost;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.budget = builder.budget;
    this.retryCost = builder.retryCost;
  }

  /**
   * {@return the default policy: 2 retries, 0.5 s → 8 s backoff, 60 s {@code Retry-After} cap, budget 100}
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy's values} */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryAfter(maxRetryAfter)
        .budget(budget)
        .retryCost(retryCost);
  }

  /**
   * Retries after the first attempt; the call makes at most {@code maxRetries + 1} attempts.
   *
   * @return the number of retries after the first attempt
   */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@return the wait before the first retry, before jitter} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the longest computed wait between attempts, before jitter} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the longest {@code Retry-After} the client waits out; a longer one fails fast} */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** {@return capacity of the per-client retry budget} */
  public int budget() {
    return budget;
  }

  /** {@return what one retry takes from the budget; each successful call gives one back} */
  public int retryCost() {
    return retryCost;
  }

  /**
   * {@return the jitter-free wait before retry number {@code retry} (1-based): {@code min(maxBackoff,
   * initialBackoff · 2^(retry-1))}}
   *
   * @param retry the retry's number, 1 for the first retry
   */
  public Duration backoffBeforeJitter(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry numbers start at 1");
    }
    long factor = 1L << Math.min(retry - 1, 30);
    Duration computed = initialBackoff.multipliedBy(factor);
    return computed.compareTo(maxBackoff) > 0 ? maxBackoff : computed;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", budget=" + budget + ", retryCost="
        + retryCost + '}';
  }

  /** Builds a {@link RetryPolicy}; every setter validates its argument. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private int budget = 100;
    private int retryCost = 5;

    private Builder() {}

    /**
     * Retries after the first attempt (default 2); 0 disables retries.
     *
     * @param maxRetries retries after the first attempt
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The wait before the first retry (default 0.5 s).
     *
     * @param initialBackoff the wait before the first retry (default 0.5 s)
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The cap on computed waits (default 8 s).
     *
     * @param maxBackoff the cap on computed waits (default 8 s)
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * The longest {@code Retry-After} waited out (default 60 s).
     *
     * @param maxRetryAfter the longest {@code Retry-After} waited out (default 60 s)
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Capacity of the retry budget (default 100).
     *
     * @param budget capacity of the retry budget (default 100)
     * @return this builder
     */
    public Builder budget(int budget) {
      if (budget < 0) {
        throw new IllegalArgumentException("budget must be >= 0, was " + budget);
      }
      this.budget = budget;
      return this;
    }

    /**
     * Budget spent per retry (default 5).
     *
     * @param retryCost budget spent per retry (default 5)
     * @return this builder
     */
    public Builder retryCost(int retryCost) {
      if (retryCost < 0) {
        throw new IllegalArgumentException("retryCost must be >= 0, was " + retryCost);
      }
      this.retryCost = retryCost;
      return this;
    }

    /**
     * Builds the immutable policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
