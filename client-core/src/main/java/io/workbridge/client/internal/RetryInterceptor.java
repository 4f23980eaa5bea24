package io.workbridge.client.internal;

import io.workbridge.client.InterruptedWaitException;
import io.workbridge.client.RetryPolicy;
import io.workbridge.client.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Retries failed attempts under a {@link RetryPolicy}: connect failures for every call; 429, 502, 503, 504,
 * read timeouts and broken connections only for idempotent calls. Waits with jittered exponential backoff,
 * or exactly {@code Retry-After} when the server sends one within the cap; a longer {@code Retry-After}
 * returns the 429 at once. Failed responses are closed before the next attempt; one-shot bodies are never
 * replayed; a shared {@link RetryBudget} limits retries across the whole client.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);

  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final Logger log;

  /**
   * Creates the interceptor.
   *
   * @param jitter returns a factor in [0.75, 1.0] for each wait
   */
  public RetryInterceptor(
      RetryPolicy policy,
      RetryBudget budget,
      Sleeper sleeper,
      Clock clock,
      DoubleSupplier jitter,
      Logger log) {
    this.policy = policy;
    this.budget = budget;
    this.sleeper = sleeper;
    this.clock = clock;
    this.jitter = jitter;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = CallInfo.isIdempotent(request);
    boolean replayable = request.body() == null || !request.body().isOneShot();
    String operation = CallInfo.operation(request);
    int retry = 0;
    while (true) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        boolean retryable =
            replayable
                && !chain.call().isCanceled()
                && (TransportFailures.isConnectFailure(failure) || idempotent);
        if (!retryable || retry >= policy.maxRetries() || !budget.tryAcquire()) {
          throw failure;
        }
        retry++;
        log.debug("Retrying {} (retry {}) after {}", operation, retry, failure.getClass().getSimpleName());
        pause(backoff(retry));
        continue;
      }
      if (!RETRYABLE_STATUS.contains(response.code())
          || !idempotent
          || !replayable
          || retry >= policy.maxRetries()) {
        if (response.isSuccessful()) {
          budget.refund();
        }
        return response;
      }
      @Nullable Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        log.debug("Not retrying {}: Retry-After {} exceeds the cap", operation, retryAfter);
        return response;
      }
      if (!budget.tryAcquire()) {
        log.debug("Not retrying {}: the client's retry budget is spent", operation);
        return response;
      }
      response.close();
      retry++;
      log.debug("Retrying {} (retry {}) after HTTP {}", operation, retry, response.code());
      pause(retryAfter != null ? retryAfter : backoff(retry));
    }
  }

  private Duration backoff(int retry) {
    Duration base = policy.backoffBeforeJitter(retry);
    return Duration.ofNanos((long) (base.toNanos() * jitter.getAsDouble()));
  }

  private void pause(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedWaitException interrupted) {
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }
}
