package io.workbridge.runtime.config;

import io.workbridge.sync.workflow.RecordRetryPolicy;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How a record whose handling fails transiently (a 5xx or a timeout on one of its calls) is retried while its
 * stream goes on with the others: after a backoff doubling from {@link #firstDelay()} to {@link #maxDelay()}, for
 * at most {@link #maxAttempts()} attempts, then quarantined. {@link #stopStreamAfter()} records failing in a row
 * stop the stream for the cycle instead, as throttling, refused credentials and an unreachable platform do at once.
 */
@Value.Immutable
public interface RetriesConfig {

  /** {@return attempts before a record is quarantined (default 10)} */
  @Value.Default
  default int maxAttempts() {
    return RecordRetryPolicy.DEFAULTS.maxAttempts();
  }

  /** {@return the wait after a record's first failure (default 30 s)} */
  @Value.Default
  default Duration firstDelay() {
    return RecordRetryPolicy.DEFAULTS.firstDelay();
  }

  /** {@return the longest wait between two attempts of a record (default 30 min)} */
  @Value.Default
  default Duration maxDelay() {
    return RecordRetryPolicy.DEFAULTS.maxDelay();
  }

  /** {@return how many records failing in a row stop the stream for the cycle (default 3)} */
  @Value.Default
  default int stopStreamAfter() {
    return RecordRetryPolicy.DEFAULTS.stopStreamAfter();
  }

  /** {@return the policy the workflows use} */
  default RecordRetryPolicy policy() {
    return new RecordRetryPolicy(maxAttempts(), firstDelay(), maxDelay(), stopStreamAfter());
  }

  /** Checks the numbers, naming the key to fix. */
  @Value.Check
  default void check() {
    new Checks()
        .require(maxAttempts() >= 1, "maxAttempts", "must be at least 1, was " + maxAttempts())
        .positive(firstDelay(), "firstDelay")
        .require(
            maxDelay().compareTo(firstDelay()) >= 0,
            "maxDelay",
            "must not be shorter than firstDelay (" + Durations.format(firstDelay()) + "), was "
                + Durations.format(maxDelay()))
        .require(stopStreamAfter() >= 1, "stopStreamAfter", "must be at least 1, was " + stopStreamAfter())
        .done("retries");
  }

  /** {@return every default} */
  static RetriesConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RetriesConfig} instances. */
  final class Builder extends ImmutableRetriesConfig.Builder {}
}
