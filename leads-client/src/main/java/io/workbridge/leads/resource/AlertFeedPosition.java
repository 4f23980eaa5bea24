package io.workbridge.leads.resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a consumer of the alert feed stands: enough to continue exactly where it stopped, across restarts,
 * without missing or repeating an alert version.
 *
 * <p>The vendor's feed is read with {@code updatedSince} (inclusive) and an opaque {@code cursor} while a walk
 * is in progress; it is ordered by {@code updatedAt}, then {@code id}. A position holds
 *
 * <ul>
 *   <li>the {@code updatedSince} of the current walk and its {@code cursor}, if a walk is in progress;
 *   <li>the <em>watermark</em>: the latest {@code updatedAt} delivered, and which alerts were delivered at
 *       exactly that instant. Once the walk is caught up, the next poll starts at the watermark, and alerts
 *       delivered before with the same {@code (id, updatedAt)} are skipped (de-duplication).
 * </ul>
 *
 * <p>The alerts delivered at the watermark are remembered by id up to {@value #MAX_REMEMBERED_IDS}; beyond
 * that (thousands of alerts sharing one instant) the position keeps the greatest id delivered at that instant
 * instead, and an alert of that instant whose id does not come after it counts as delivered — the feed's
 * order by id makes that exact. So a position stays small, and building it costs constant time per alert.
 *
 * <p>Persist {@link #token()} after the alerts of a page are durably handled, and continue later with {@link
 * #fromToken(String)}. Immutable and thread-safe.
 */
public final class AlertFeedPosition {
  /** How many ids delivered at the watermark instant a position remembers one by one. */
  public static final int MAX_REMEMBERED_IDS = 256;

  private static final String TOKEN_VERSION = "v2";
  private static final String OLD_TOKEN_VERSION = "v1";
  private static final AlertFeedPosition BEGINNING =
      new AlertFeedPosition(null, null, null, Set.of(), null);

  private final @Nullable Instant updatedSince;
  private final @Nullable String cursor;
  private final @Nullable Instant watermark;
  private final Set<String> deliveredAtWatermark;
  private final @Nullable String lastIdAtWatermark;

  private AlertFeedPosition(
      @Nullable Instant updatedSince,
      @Nullable String cursor,
      @Nullable Instant watermark,
      Set<String> deliveredAtWatermark,
      @Nullable String lastIdAtWatermark) {
    this.updatedSince = updatedSince;
    this.cursor = cursor;
    this.watermark = watermark;
    this.deliveredAtWatermark = Collections.unmodifiableSet(new LinkedHashSet<>(deliveredAtWatermark));
    this.lastIdAtWatermark = lastIdAtWatermark;
  }

  /** {@return the start of the feed: every alert the account has, oldest change first} */
  public static AlertFeedPosition beginning() {
    return BEGINNING;
  }

  /**
   * {@return the alerts updated at or after {@code updatedSince}}
   *
   * @param updatedSince the earliest change time to include
   */
  public static AlertFeedPosition since(Instant updatedSince) {
    Objects.requireNonNull(updatedSince, "updatedSince");
    return new AlertFeedPosition(updatedSince, null, null, Set.of(), null);
  }

  /**
   * {@return the position saved as {@link #token()}}
   *
   * @param token a token from {@link #token()}
   * @throws IllegalArgumentException when the token was not made by {@link #token()}
   */
  public static AlertFeedPosition fromToken(String token) {
    Objects.requireNonNull(token, "token");
    String[] fields = token.split("\\.", -1);
    boolean current = fields.length >= 5 && fields[0].equals(TOKEN_VERSION);
    boolean old = fields.length >= 4 && fields[0].equals(OLD_TOKEN_VERSION);
    if (!current && !old) {
      throw new IllegalArgumentException("not an alert feed position token");
    }
    try {
      Instant since = fields[1].isEmpty() ? null : Instant.parse(decode(fields[1]));
      String cursor = fields[2].isEmpty() ? null : decode(fields[2]);
      Instant watermark = fields[3].isEmpty() ? null : Instant.parse(decode(fields[3]));
      String lastId = current && !fields[4].isEmpty() ? decode(fields[4]) : null;
      Set<String> delivered = new LinkedHashSet<>();
      for (int i = current ? 5 : 4; i < fields.length; i++) {
        delivered.add(decode(fields[i]));
      }
      if (watermark == null && (!delivered.isEmpty() || lastId != null)) {
        throw new IllegalArgumentException("not an alert feed position token");
      }
      return new AlertFeedPosition(since, cursor, watermark, delivered, lastId);
    } catch (DateTimeParseException | IllegalArgumentException broken) {
      throw new IllegalArgumentException("not an alert feed position token", broken);
    }
  }

  /**
   * {@return this position as an opaque, URL-safe text for storage (for example as a sync cursor)} Its length
   * is bounded: at most {@value #MAX_REMEMBERED_IDS} ids of alerts sharing the watermark instant.
   */
  public String token() {
    List<String> fields = new ArrayList<>();
    fields.add(TOKEN_VERSION);
    fields.add(updatedSince == null ? "" : encode(updatedSince.toString()));
    fields.add(cursor == null ? "" : encode(cursor));
    fields.add(watermark == null ? "" : encode(watermark.toString()));
    fields.add(lastIdAtWatermark == null ? "" : encode(lastIdAtWatermark));
    deliveredAtWatermark.forEach(id -> fields.add(encode(id)));
    return String.join(".", fields);
  }

  /** {@return the {@code updatedSince} sent with the current walk; empty: from the beginning of the feed} */
  public Optional<Instant> updatedSince() {
    return Optional.ofNullable(updatedSince);
  }

  /**
   * {@return the vendor's cursor of the next page of the current walk; empty when the last walk was caught
   * up}
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** {@return the latest {@code updatedAt} delivered so far, if any} */
  public Optional<Instant> watermark() {
    return Optional.ofNullable(watermark);
  }

  /**
   * {@return ids of the alerts delivered at the {@linkplain #watermark() watermark} instant that the position
   * remembers one by one (at most {@value #MAX_REMEMBERED_IDS}; see {@link #lastIdAtWatermark()} for the
   * rest)}
   */
  public Set<String> deliveredAtWatermark() {
    return deliveredAtWatermark;
  }

  /**
   * {@return when more alerts were delivered at the watermark instant than are remembered one by one: the
   * greatest id among those folded away; an alert of that instant with an id not after it was delivered}
   */
  public Optional<String> lastIdAtWatermark() {
    return Optional.ofNullable(lastIdAtWatermark);
  }

  /**
   * {@return whether {@code (alertId, updatedAt)} was already delivered, as far as this position remembers}
   *
   * @param alertId the alert's id at the leads vendor
   * @param updatedAt when it last changed
   */
  public boolean alreadyDelivered(String alertId, Instant updatedAt) {
    return updatedAt.equals(watermark)
        && (deliveredAtWatermark.contains(alertId)
            || (lastIdAtWatermark != null && alertId.compareTo(lastIdAtWatermark) <= 0));
  }

  /**
   * {@return this position with the walk's cursor dropped: the next poll starts a new walk at the watermark
   * (inclusive, so nothing is missed; versions already delivered are skipped)} Use it when the vendor refuses
   * a saved cursor, for example one that expired.
   */
  public AlertFeedPosition withoutCursor() {
    return cursor == null ? this : afterPage(null);
  }

  /** This position after delivering one alert version. */
  AlertFeedPosition delivered(String alertId, Instant updatedAt) {
    return walk().delivered(alertId, updatedAt).position();
  }

  /**
   * {@return a mutable walk from this position, for recording many delivered alerts at constant cost each} For
   * callers that read the feed page by page themselves; {@code AlertsResource} uses it for every page.
   */
  public Walk walk() {
    return new Walk(this);
  }

  /**
   * {@return this position after a page: with a next cursor the walk continues; without one the feed is caught
   * up and the next walk starts at the watermark}
   *
   * @param nextCursor the vendor's cursor of the next page, or {@code null} when the page was the last
   */
  public AlertFeedPosition afterPage(@Nullable String nextCursor) {
    if (nextCursor != null) {
      return new AlertFeedPosition(updatedSince, nextCursor, watermark, deliveredAtWatermark, lastIdAtWatermark);
    }
    Instant nextSince = watermark != null ? watermark : updatedSince;
    return new AlertFeedPosition(nextSince, null, watermark, deliveredAtWatermark, lastIdAtWatermark);
  }

  /** Alerts delivered one after another from a position; not thread-safe, one per page or walk. */
  public static final class Walk {
    private final @Nullable Instant updatedSince;
    private final @Nullable String cursor;
    private @Nullable Instant watermark;
    private final Set<String> ids;
    private @Nullable String lastId;

    private Walk(AlertFeedPosition from) {
      this.updatedSince = from.updatedSince;
      this.cursor = from.cursor;
      this.watermark = from.watermark;
      this.ids = new LinkedHashSet<>(from.deliveredAtWatermark);
      this.lastId = from.lastIdAtWatermark;
    }

    /**
     * {@return whether the alert version was delivered before, by this walk or the position it started from}
     *
     * @param alertId the alert's id
     * @param updatedAt the version's update time
     */
    public boolean alreadyDelivered(String alertId, Instant updatedAt) {
      return updatedAt.equals(watermark)
          && (ids.contains(alertId) || (lastId != null && alertId.compareTo(lastId) <= 0));
    }

    /**
     * Records one delivered alert version.
     *
     * @param alertId the alert's id
     * @param updatedAt the version's update time
     * @return this walk
     */
    public Walk delivered(String alertId, Instant updatedAt) {
      if (watermark == null || updatedAt.isAfter(watermark)) {
        watermark = updatedAt;
        ids.clear();
        lastId = null;
        ids.add(alertId);
      } else if (updatedAt.equals(watermark) && !alreadyDelivered(alertId, updatedAt)) {
        ids.add(alertId);
        if (ids.size() > MAX_REMEMBERED_IDS) {
          for (String id : ids) {
            if (lastId == null || id.compareTo(lastId) > 0) {
              lastId = id;
            }
          }
          ids.clear();
        }
      }
      return this;
    }

    /** {@return the position the walk reached} */
    public AlertFeedPosition position() {
      return new AlertFeedPosition(updatedSince, cursor, watermark, ids, lastId);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AlertFeedPosition that
        && Objects.equals(updatedSince, that.updatedSince)
        && Objects.equals(cursor, that.cursor)
        && Objects.equals(watermark, that.watermark)
        && deliveredAtWatermark.equals(that.deliveredAtWatermark)
        && Objects.equals(lastIdAtWatermark, that.lastIdAtWatermark);
  }

  @Override
  public int hashCode() {
    return Objects.hash(updatedSince, cursor, watermark, deliveredAtWatermark, lastIdAtWatermark);
  }

  @Override
  public String toString() {
    return "AlertFeedPosition{updatedSince=" + updatedSince + ", cursor=" + (cursor == null ? "none" : "set")
        + ", watermark=" + watermark + ", deliveredAtWatermark=" + deliveredAtWatermark.size()
        + (lastIdAtWatermark == null ? "" : ", up to a last id") + '}';
  }

  private static String encode(String value) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String value) {
    return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
  }
}
