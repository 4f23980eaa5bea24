package io.workbridge.testkit.servicechannel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** ServiceChannel's date text: UTC with {@code Z} for plain values, the location's offset for {@code _DTO} twins, 7 fraction digits. */
final class ScDateFormat {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx");

  private ScDateFormat() {}

  static @Nullable String utc(@Nullable Instant instant) {
    return instant == null ? null : UTC.format(instant);
  }

  static @Nullable String dto(@Nullable Instant instant, ZoneId zone) {
    return instant == null ? null : WITH_OFFSET.format(instant.atZone(zone));
  }
}
