package io.workbridge.client.spi.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Parses the date-times the remote APIs send, which vary in shape: ISO-8601 / RFC 3339 with or without an
 * offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}), with 0 to 9 fraction digits (.NET sends
 * 7), {@code T} or a space between date and time, seconds optional, and a bare date meaning midnight.
 *
 * <p><b>Values without an offset</b> are read as UTC for {@link Instant} and {@link OffsetDateTime}
 * (ServiceTitan documents UTC everywhere). ServiceChannel also sends location wall-clock times without an
 * offset; a caller that must interpret such a value in a location's zone reads it as {@link LocalDateTime},
 * which keeps the wall-clock fields exactly as written (ignoring any offset), and applies the zone itself.
 */
public final class LenientDateTimes {
  private static final DateTimeFormatter PARSER =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendPattern("['T'][' ']")
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter();

  private LenientDateTimes() {}

  /**
   * {@return the instant; a value without an offset is UTC}
   *
   * @param text the date or date-time text
   */
  public static Instant parseInstant(String text) {
    return parseOffsetDateTime(text).toInstant();
  }

  /**
   * {@return the date-time with the offset as sent; a value without an offset gets {@link ZoneOffset#UTC}}
   *
   * @param text the date or date-time text
   */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    TemporalAccessor parsed = parse(text);
    ZoneOffset offset =
        parsed.isSupported(ChronoField.OFFSET_SECONDS)
            ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
            : ZoneOffset.UTC;
    return OffsetDateTime.of(localDateTime(parsed), offset);
  }

  /**
   * {@return the wall-clock date and time exactly as written; an offset, if any, is ignored}
   *
   * @param text the date or date-time text
   */
  public static LocalDateTime parseLocalDateTime(String text) {
    return localDateTime(parse(text));
  }

  /**
   * {@return the date part of a date or date-time value, as written}
   *
   * @param text the date or date-time text
   */
  public static LocalDate parseLocalDate(String text) {
    return LocalDate.from(parse(text));
  }

  /**
   * {@return the offset the value was written with, or {@code null} when it had none}
   *
   * @param text the date or date-time text
   */
  public static @Nullable ZoneOffset offsetOf(String text) {
    TemporalAccessor parsed = parse(text);
    return parsed.isSupported(ChronoField.OFFSET_SECONDS)
        ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
        : null;
  }

  private static TemporalAccessor parse(String text) {
    return PARSER.parse(text.strip());
  }

  private static LocalDateTime localDateTime(TemporalAccessor parsed) {
    LocalDate date = LocalDate.from(parsed);
    if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
      return date.atTime(LocalTime.MIDNIGHT);
    }
    LocalTime time =
        LocalTime.of(
            parsed.get(ChronoField.HOUR_OF_DAY),
            parsed.get(ChronoField.MINUTE_OF_HOUR),
            parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
            parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
    return date.atTime(time);
  }

  /**
   * {@return whether {@code text} parses; for callers that probe instead of catching {@link
   * DateTimeException}}
   *
   * @param text the date or date-time text
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
