package io.workbridge.testkit.servicetitan;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.RequestFilter;
import io.workbridge.testkit.SimRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ServiceTitan's limit of {@code permits} requests per second per (app key, tenant), modelled as a token
 * bucket of that capacity refilled evenly over a second. A request over the limit is answered 429 with
 * {@code Retry-After: 1}.
 */
final class StRateLimit implements RequestFilter {
  private final int permits;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new HashMap<>();
  private final AtomicLong rejected = new AtomicLong();

  StRateLimit(int permits, Clock clock) {
    this.permits = permits;
    this.clock = clock;
  }

  @Override
  public void check(SimRequest request) {
    String key = request.header("ST-App-Key").orElse("") + "|" + request.pathParams().getOrDefault("tenant", "");
    if (!take(key)) {
      rejected.incrementAndGet();
      throw new ApiError(429, null, "Rate limit is exceeded. Try again in 1 seconds.")
          .withHeader("Retry-After", "1");
    }
  }

  long rejectedCount() {
    return rejected.get();
  }

  private synchronized boolean take(String key) {
    Instant now = clock.instant();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(permits, now));
    long elapsed = Duration.between(bucket.refilled, now).toNanos();
    if (elapsed > 0) {
      bucket.tokens = Math.min(permits, bucket.tokens + elapsed * (permits / 1e9));
      bucket.refilled = now;
    }
    if (bucket.tokens >= 1 - 1e-6) {
      bucket.tokens -= 1;
      return true;
    }
    return false;
  }

  private static final class Bucket {
    double tokens;
    Instant refilled;

    Bucket(double tokens, Instant refilled) {
      this.tokens = tokens;
      this.refilled = refilled;
    }
  }
}
