package io.workbridge.client.internal;

import io.workbridge.client.InterruptedWaitException;
import io.workbridge.client.RateLimiter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Takes a permit before each attempt and reports its answer (or failure) to the limiter, and pauses the
 * limiter when the server answers 429 with a wait.
 */
public final class RateLimitInterceptor implements Interceptor {
  private final RateLimiter limiter;
  private final Clock clock;

  /** Creates the interceptor. */
  public RateLimitInterceptor(RateLimiter limiter, Clock clock) {
    this.limiter = limiter;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      limiter.acquire();
    } catch (InterruptedWaitException interrupted) {
      throw new InterruptedIOException("interrupted while waiting for a rate-limit permit");
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } finally {
      limiter.answered();
    }
    if (response.code() == 429) {
      Duration wait = RetryAfter.parse(response.header("Retry-After"), clock.instant());
      if (wait != null && !wait.isZero()) {
        limiter.pauseFor(wait);
      }
    }
    return response;
  }
}
