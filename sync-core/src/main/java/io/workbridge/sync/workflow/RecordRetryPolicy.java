package io.workbridge.sync.workflow;

import java.time.Duration;
import java.util.Objects;

/**
 * How a record whose handling fails transiently (a 5xx or a timeout on one of its writes, an effect of unknown
 * outcome still settling) is retried while its stream goes on: after {@link #delayAfter(int) a backoff} that
 * doubles from {@code firstDelay} up to {@code maxDelay}, on later cycles, until {@code maxAttempts} attempts
 * have failed — then it is quarantined with its reason for an operator. When {@code stopStreamAfter} records in
 * a row fail so, the trouble is taken to be the platform's and the stream stops for the cycle (its cursor
 * stays, nothing is lost), as it does at once for failures that concern every record (throttled after retries,
 * credentials refused, the platform unreachable).
 *
 * @param maxAttempts attempts before a record is quarantined; at least 1
 * @param firstDelay the wait after the first failure; positive
 * @param maxDelay the longest wait between attempts; at least {@code firstDelay}
 * @param stopStreamAfter how many records failing in a row stop the stream for the cycle; at least 1
 */
public record RecordRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, int stopStreamAfter) {

  /** 10 attempts, 30 s doubling to 30 min (about two and a half hours in all), 3 failures in a row stop a stream. */
  public static final RecordRetryPolicy DEFAULTS =
      new RecordRetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(30), 3);

  /**
   * Validates the components, naming the one to fix.
   *
   * @param maxAttempts attempts before a record is quarantined
   * @param firstDelay the wait after the first failure
   * @param maxDelay the longest wait between attempts
   * @param stopStreamAfter how many records failing in a row stop the stream
   */
  public RecordRetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("record retry maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (firstDelay.isZero() || firstDelay.isNegative()) {
      throw new IllegalArgumentException("record retry firstDelay must be positive, was " + firstDelay);
    }
    if (maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "record retry maxDelay (" + maxDelay + ") must not be shorter than firstDelay (" + firstDelay + ")");
    }
    if (stopStreamAfter < 1) {
      throw new IllegalArgumentException("record retry stopStreamAfter must be at least 1, was " + stopStreamAfter);
    }
  }

  /**
   * The wait before the next attempt once {@code failedAttempts} attempts have failed: {@code firstDelay}
   * doubled for each failure after the first, at most {@code maxDelay}.
   *
   * @param failedAttempts how many attempts have failed; at least 1
   * @return the wait
   */
  public Duration delayAfter(int failedAttempts) {
    Duration delay = firstDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
