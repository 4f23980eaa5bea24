package io.workbridge.cli.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed deliveries seen within a window, by a SHA-256 hash of their signature and body (neither is
 * kept), so that a sender's retry or a replay of an identical delivery is acknowledged without triggering its
 * stream again. At most {@link #MAX_REMEMBERED} deliveries are remembered; past that the oldest is forgotten
 * (its replay would merely trigger one more sync). Thread-safe.
 */
final class RecentDeliveries {
  /** How many deliveries are remembered at most. */
  static final int MAX_REMEMBERED = 10_000;

  private final Duration window;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  RecentDeliveries(Duration window, Clock clock) {
    this.window = window;
    this.clock = clock;
  }

  /**
   * Records a delivery.
   *
   * @return true when it is the first within the window, false for a duplicate (always true when the window
   *     is zero)
   */
  boolean first(String signature, byte[] body) {
    if (window.isZero()) {
      return true;
    }
    String key = key(signature, body);
    Instant now = clock.instant();
    synchronized (seen) {
      Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
      while (oldest.hasNext()) {
        Map.Entry<String, Instant> entry = oldest.next();
        if (seen.size() < MAX_REMEMBERED && entry.getValue().plus(window).isAfter(now)) {
          break;
        }
        oldest.remove();
      }
      Instant earlier = seen.get(key);
      if (earlier != null && earlier.plus(window).isAfter(now)) {
        return false;
      }
      seen.remove(key);
      seen.put(key, now);
      return true;
    }
  }

  /** Forgets a delivery whose handling failed, so that the sender's retry is handled again. */
  void forget(String signature, byte[] body) {
    if (window.isZero()) {
      return;
    }
    String key = key(signature, body);
    synchronized (seen) {
      seen.remove(key);
    }
  }

  private static String key(String signature, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(signature.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(body);
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is not available", impossible);
    }
  }
}
