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
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Retries failed attempts under a {@link RetryPolicy}: connect failures and 429s for every call (in both
 * cases the server did nothing with the request); 502, 503, 504, read timeouts and broken connections only
 * for idempotent calls. Waits with jittered exponential backoff, or exactly the wait the server asked for
 * when it is within the cap: {@code Retry-After}, else — for a 429 — a wait the body states in words (read
 * by the client's {@code retryAfterFromBody}); a longer wait returns the 429 at once. Failed responses are
 * closed before the next attempt; one-shot bodies are never replayed; a shared {@link RetryBudget} limits
 * retries across the whole client.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);
  private static final int TOO_MANY_REQUESTS = 429;
  private static final long MAX_HINT_BODY = 8 * 1024;

  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final Function<String, @Nullable Duration> waitInBody;
  private final Logger log;

  /**
   * Creates the interceptor, reading waits from {@code Retry-After} only.
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
    this(policy, budget, sleeper, clock, jitter, body -> null, log);
  }

  /**
   * Creates the interceptor.
   *
   * @param jitter returns a factor in [0.75, 1.0] for each wait
   * @param waitInBody reads a wait stated in a 429 body without {@code Retry-After}, or returns null
   */
  public RetryInterceptor(
      RetryPolicy policy,
      RetryBudget budget,
      Sleeper sleeper,
      Clock clock,
      DoubleSupplier jitter,
      Function<String, @Nullable Duration> waitInBody,
      Logger log) {
    this.policy = policy;
    this.budget = budget;
    this.sleeper = sleeper;
    this.clock = clock;
    this.jitter = jitter;
    this.waitInBody = waitInBody;
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
      boolean throttled = response.code() == TOO_MANY_REQUESTS;
      if (!RETRYABLE_STATUS.contains(response.code())
          || !(idempotent || throttled)
          || !replayable
          || retry >= policy.maxRetries()) {
        if (response.isSuccessful()) {
          budget.refund();
        }
        return response;
      }
      @Nullable Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
      if (retryAfter == null && throttled) {
        retryAfter = waitInBody.apply(response.peekBody(MAX_HINT_BODY).string());
      }
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
