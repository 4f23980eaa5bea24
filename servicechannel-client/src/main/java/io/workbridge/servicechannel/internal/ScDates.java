package io.workbridge.servicechannel.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ServiceChannel date handling. Every work-order date comes as a pair, {@code X} and {@code X_DTO}: the DTO
 * twin carries an offset and wins; a plain value with an offset or {@code Z} is taken as is; a plain value
 * without one is a wall-clock time in the location's zone (UTC when the zone is unknown). Fractions of 0 to
 * 7 digits (.NET ticks) are accepted. Scheduled and expiration dates are the store's wall clock stored "as if
 * UTC" and are read with {@link #local} instead.
 */
public final class ScDates {
  private static final Logger LOG = LoggerFactory.getLogger(ScDates.class);
  private static final DateTimeFormatter LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private ScDates() {}

  /**
   * The instant of a date pair.
   *
   * @param plain the value without suffix (may be naive)
   * @param dto the {@code _DTO} twin (with offset), if sent
   * @param zone the location's zone, for naive values
   */
  public static Optional<Instant> resolve(@Nullable String plain, @Nullable String dto, @Nullable ZoneId zone) {
    Optional<Instant> fromDto = parse(dto, zone);
    return fromDto.isPresent() ? fromDto : parse(plain, zone);
  }

  /** Parses one value; naive values are read in {@code zone} (UTC when null). Unparseable text is empty. */
  public static Optional<Instant> parse(@Nullable String text, @Nullable ZoneId zone) {
    return read(text)
        .map(
            parsed ->
                parsed.offset() != null
                    ? parsed.local().toInstant(parsed.offset())
                    : parsed.local().atZone(zone == null ? ZoneOffset.UTC : zone).toInstant());
  }

  /**
   * The wall-clock date and time of a date pair, whatever offset it carries: the {@code _DTO} twin's, else the
   * plain value's. For the dates ServiceChannel stores as the store's local time "as if UTC" (scheduled and
   * expiration dates).
   */
  public static Optional<LocalDateTime> local(@Nullable String plain, @Nullable String dto) {
    Optional<Parsed> fromDto = read(dto);
    return (fromDto.isPresent() ? fromDto : read(plain)).map(Parsed::local);
  }

  /** The offset a value carries, if any ({@code Z} is UTC). */
  public static Optional<ZoneOffset> offset(@Nullable String text) {
    return read(text).map(Parsed::offset);
  }

  private record Parsed(LocalDateTime local, @Nullable ZoneOffset offset) {}

  private static Optional<Parsed> read(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      TemporalAccessor parsed = LENIENT.parse(text.trim());
      LocalDateTime local =
          LocalDateTime.of(
              parsed.get(ChronoField.YEAR),
              parsed.get(ChronoField.MONTH_OF_YEAR),
              parsed.get(ChronoField.DAY_OF_MONTH),
              parsed.isSupported(ChronoField.HOUR_OF_DAY) ? parsed.get(ChronoField.HOUR_OF_DAY) : 0,
              parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0,
              parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
              parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
      ZoneOffset offset =
          parsed.isSupported(ChronoField.OFFSET_SECONDS)
              ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
              : null;
      return Optional.of(new Parsed(local, offset));
    } catch (java.time.DateTimeException unreadable) {
      LOG.debug("Ignoring an unreadable ServiceChannel date ({} characters)", text.length());
      return Optional.empty();
    }
  }

  /** A zone from an IANA name, empty when absent or unknown. */
  public static Optional<ZoneId> zone(@Nullable String ianaName) {
    if (ianaName == null || ianaName.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(ianaName.trim()));
    } catch (java.time.DateTimeException unknown) {
      return Optional.empty();
    }
  }

  /** An OData date literal: bare ISO-8601 in UTC, e.g. {@code 2026-06-01T00:00:00Z}. */
  public static String odataLiteral(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
