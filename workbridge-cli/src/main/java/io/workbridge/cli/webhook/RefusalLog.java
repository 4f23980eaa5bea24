package io.workbridge.cli.webhook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused webhook deliveries without letting a hostile client flood the log: the first refusal for each
 * endpoint and reason at WARN, the following ones only counted and summarised at WARN at most once per
 * interval (one line per reason), every one at DEBUG. Only the endpoint's configured path and a fixed reason
 * are logged, never a body, a header value or anything else the client chose. Thread-safe.
 */
final class RefusalLog {
  /** How often, at most, a reason's count of further refusals is logged. */
  static final Duration SUMMARY_INTERVAL = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Count> counts = new LinkedHashMap<>();

  /** How many refusals of one reason went unreported since its last WARN line. */
  private static final class Count {
    long since;
    long unreported;

    Count(long since) {
      this.since = since;
    }
  }

  RefusalLog(Duration interval, LongSupplier nanoTime) {
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
  }

  /** A log summarising once a minute, on the system's monotonic clock. */
  static RefusalLog perMinute() {
    return new RefusalLog(SUMMARY_INTERVAL, System::nanoTime);
  }

  /**
   * Records one refused delivery.
   *
   * @param where the endpoint's configured path, or another fixed label
   * @param reason why it was refused: fixed text, never client data
   */
  void refused(String where, String reason) {
    LOG.debug("refused a webhook delivery to {}: {}", where, reason);
    String key = where + ": " + reason;
    long now = nanoTime.getAsLong();
    long summarise;
    synchronized (counts) {
      Count count = counts.get(key);
      if (count == null) {
        counts.put(key, new Count(now));
        summarise = -1;
      } else {
        count.unreported++;
        if (now - count.since < intervalNanos) {
          return;
        }
        summarise = count.unreported;
        count.unreported = 0;
        count.since = now;
      }
    }
    if (summarise < 0) {
      LOG.warn(
          "refused a webhook delivery to {}: {} (further refusals for this reason are counted and logged at most once every {})",
          where, reason, describe(intervalNanos));
    } else {
      LOG.warn("refused {} more webhook deliveries to {}: {} (since the last report)", summarise, where, reason);
    }
  }

  /** Logs the counts whose interval has passed (called periodically, and with {@code force} on close). */
  void flush(boolean force) {
    long now = nanoTime.getAsLong();
    Map<String, Long> due = new LinkedHashMap<>();
    synchronized (counts) {
      for (Map.Entry<String, Count> entry : counts.entrySet()) {
        Count count = entry.getValue();
        if (count.unreported > 0 && (force || now - count.since >= intervalNanos)) {
          due.put(entry.getKey(), count.unreported);
          count.unreported = 0;
          count.since = now;
        }
      }
    }
    due.forEach((key, refused) -> LOG.warn("refused {} more webhook deliveries to {} (since the last report)", refused, key));
  }

  private static String describe(long nanos) {
    Duration interval = Duration.ofNanos(nanos);
    return interval.toSeconds() >= 1 && interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
  }
}
