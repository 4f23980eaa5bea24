package io.workbridge.client.spi.auth;

import io.workbridge.client.Sleeper;
import io.workbridge.client.WorkBridgeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caching and single-flight half of an OAuth2 token source; subclasses say which form to post.
 *
 * <p>Tokens are renewed {@link #REFRESH_MARGIN} before {@code expires_in} runs out. Concurrent callers that
 * find the token stale wait on one shared {@link CompletableFuture}, so 50 threads cause one token call.
 * An optional minimum interval between token calls protects endpoints that throttle them.
 */
public abstract class OAuthTokenSource implements TokenSource {
  /** Tokens are renewed this long before they expire. */
  public static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenSource.class);

  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration minimumInterval;
  private final Object lock = new Object();

  private @Nullable AccessToken current;
  private @Nullable CompletableFuture<AccessToken> inFlight;
  private @Nullable Instant lastCall;

  /**
   * Creates the source.
   *
   * @param endpoint the token endpoint
   * @param clock the clock to read time from
   * @param sleeper waits between attempts
   * @param minimumInterval the least time between calls
   */
  protected OAuthTokenSource(
      TokenEndpoint endpoint, Clock clock, Sleeper sleeper, Duration minimumInterval) {
    this.endpoint = endpoint;
    this.clock = clock;
    this.sleeper = sleeper;
    this.minimumInterval = minimumInterval;
  }

  /**
   * {@return the form to post for a new token}
   *
   * @param previous the last token obtained, which may carry a usable refresh token
   */
  protected abstract Map<String, String> form(@Nullable AccessToken previous);

  /**
   * {@return whether a failed request with this form may be repeated once as a full grant (refresh fell
   * through)}
   *
   * @param form the form fields of a token request
   */
  protected boolean isRefreshForm(Map<String, String> form) {
    return "refresh_token".equals(form.get("grant_type"));
  }

  /** {@return the current time, for subclasses deciding whether a refresh token is still usable} */
  protected final Instant now() {
    return clock.instant();
  }

  @Override
  public AccessToken token() {
    synchronized (lock) {
      if (current != null && !current.expiresWithin(REFRESH_MARGIN, clock.instant())) {
        return current;
      }
    }
    return renew(null);
  }

  @Override
  public AccessToken refreshAfterRejection(AccessToken rejected) {
    return renew(rejected);
  }

  private AccessToken renew(@Nullable AccessToken rejected) {
    CompletableFuture<AccessToken> future;
    @Nullable AccessToken previous;
    synchronized (lock) {
      if (inFlight != null) {
        future = inFlight;
        previous = null;
      } else if (current != null
          && (rejected != null
              ? current != rejected
              : !current.expiresWithin(REFRESH_MARGIN, clock.instant()))) {
        return current;
      } else {
        future = new CompletableFuture<>();
        inFlight = future;
        previous = current;
        return fetchAsLeader(future, previous);
      }
    }
    return await(future);
  }

  private AccessToken fetchAsLeader(CompletableFuture<AccessToken> future, @Nullable AccessToken previous) {
    try {
      AccessToken fresh = fetch(previous);
      synchronized (lock) {
        current = fresh;
        inFlight = null;
      }
      future.complete(fresh);
      return fresh;
    } catch (RuntimeException failure) {
      synchronized (lock) {
        inFlight = null;
      }
      future.completeExceptionally(failure);
      throw failure;
    }
  }

  private AccessToken fetch(@Nullable AccessToken previous) {
    waitForMinimumInterval();
    Map<String, String> form = form(previous);
    try {
      return call(form);
    } catch (WorkBridgeException refreshFailed) {
      if (!isRefreshForm(form)) {
        throw refreshFailed;
      }
      LOG.debug("Refresh token refused ({}); falling back to a full grant", refreshFailed.getMessage());
      waitForMinimumInterval();
      return call(form(null));
    }
  }

  private AccessToken call(Map<String, String> form) {
    lastCall = clock.instant();
    AccessToken token = endpoint.requestToken(form, clock.instant());
    LOG.debug(
        "Obtained access token ({}), valid until {}", form.get("grant_type"), token.expiresAt());
    return token;
  }

  private void waitForMinimumInterval() {
    if (lastCall == null || minimumInterval.isZero()) {
      return;
    }
    Duration since = Duration.between(lastCall, clock.instant());
    if (since.compareTo(minimumInterval) < 0) {
      sleeper.sleep(minimumInterval.minus(since));
    }
  }

  private static AccessToken await(CompletableFuture<AccessToken> future) {
    try {
      return future.join();
    } catch (CompletionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new WorkBridgeException("Token request failed", cause);
    }
  }
}
