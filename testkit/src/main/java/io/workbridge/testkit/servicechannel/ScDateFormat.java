package io.workbridge.testkit.servicechannel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * ServiceChannel's date text as live responses carry it: up to 7 fraction digits (.NET ticks) with trailing
 * zeros trimmed ({@code .53}, none for whole seconds); plain values in UTC with {@code Z}; {@code _DTO} twins
 * in the store's offset ({@code -04:00}, {@code +00:00} for UTC). Scheduled and expiration dates are the
 * store's wall clock written as if UTC: {@code Z} on the plain value and {@code +00:00} on the twin.
 */
final class ScDateFormat {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private ScDateFormat() {}

  /** {@code 2025-03-11T18:05:41.27Z}. */
  static @Nullable String utc(@Nullable Instant instant) {
    return instant == null ? null : text(instant.atOffset(ZoneOffset.UTC).toLocalDateTime()) + "Z";
  }

  /** {@code 2025-03-11T14:05:41.27-04:00}: the same instant in the store's offset. */
  static @Nullable String dto(@Nullable Instant instant, ZoneId zone) {
    if (instant == null) {
      return null;
    }
    ZoneOffset offset = zone.getRules().getOffset(instant);
    return text(instant.atOffset(offset).toLocalDateTime()) + offset(offset);
  }

  /** {@code 2025-03-12T12:00:00Z}: a store's wall-clock time written as if it were UTC. */
  static @Nullable String wallClockAsUtc(@Nullable LocalDateTime local) {
    return local == null ? null : text(local) + "Z";
  }

  /** {@code 2025-03-12T12:00:00+00:00}: the {@code _DTO} twin of {@link #wallClockAsUtc}. */
  static @Nullable String wallClockAsUtcDto(@Nullable LocalDateTime local) {
    return local == null ? null : text(local) + "+00:00";
  }

  private static String text(LocalDateTime local) {
    String seconds = SECONDS.format(local);
    int ticks = local.getNano() / 100;
    if (ticks == 0) {
      return seconds;
    }
    String fraction = String.format("%07d", ticks).replaceAll("0+$", "");
    return seconds + "." + fraction;
  }

  private static String offset(ZoneOffset offset) {
    return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
  }
}
