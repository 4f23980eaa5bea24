package io.workbridge.testkit.ratelimit;

import java.time.Duration;

/**
 * Details of a request rejected by a {@link RateLimit}, for rendering the system's 429 body.
 *
 * @param rule the rule's name, e.g. {@code "application"} or {@code "company"}
 * @param key the key that hit the limit, e.g. a client id or tenant id
 * @param limit requests allowed per window
 * @param window the window length
 * @param retryAfterSeconds whole seconds until the window rolls over (at least 1), sent as
 *     {@code Retry-After}
 */
public record RateLimitHit(
    String rule, String key, int limit, Duration window, long retryAfterSeconds) {}
