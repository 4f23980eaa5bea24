package io.workbridge.testkit.servicetitan;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Reading ServiceTitan list parameters and answering pages and export feeds. */
final class StQuery {
  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 5000;
  private static final String TOKEN_PREFIX = "st-export:";

  private StQuery() {}

  /** A page of {@code rows}: {@code page} from 1, {@code pageSize} 1..5000 (default 50). */
  static Map<String, @Nullable Object> page(SimRequest request, List<? extends Map<String, ?>> rows) {
    int page = (int) request.queryLong("page").orElse(1L).longValue();
    int size = (int) request.queryLong("pageSize").orElse((long) DEFAULT_PAGE_SIZE).longValue();
    new StErrors.Check()
        .require(page >= 1, "page", "The page must be 1 or greater (pages start at 1).")
        .require(size >= 1 && size <= MAX_PAGE_SIZE, "pageSize", "The pageSize must be between 1 and 5000.")
        .throwIfAny();
    long from = (long) (page - 1) * size;
    List<Object> data = new ArrayList<>();
    for (long i = from; i < rows.size() && i < from + size; i++) {
      data.add(rows.get((int) i));
    }
    boolean includeTotal = request.query("includeTotal").map(Boolean::parseBoolean).orElse(false);
    return Json.obj(
        "page", page,
        "pageSize", size,
        "hasMore", from + size < rows.size(),
        "totalCount", includeTotal ? rows.size() : null,
        "data", data);
  }

  /**
   * An export page of {@code table}: a snapshot, not a history. Each record is in the feed once, in its
   * current state, positioned by its last change (a record changed twice since the last read comes once,
   * in its second state, where its second change put it). The page holds the records after the {@code
   * from} token (or modified on or after the {@code from} date, or all), at most {@code pageSize}; {@code
   * continueFrom} is the token after the last record passed: the last one returned, or, when starting
   * from a date, the last one left out for being older than the date (so a token from a date never
   * rewinds to the records before it). A record changed after a token was issued is shown again, in its
   * new state, by the next read from that token; one not changed is never shown again.
   */
  static Map<String, @Nullable Object> export(SimRequest request, StTable table, int pageSize) {
    Optional<String> from = request.query("from").filter(f -> !f.isBlank());
    long after = 0;
    Instant since = Instant.MIN;
    if (from.isPresent()) {
      Optional<Long> token = decodeToken(from.get());
      if (token.isPresent()) {
        after = token.get();
      } else {
        since = parseFromDate(from.get());
      }
    }
    List<Object> data = new ArrayList<>();
    long last = after;
    boolean more = false;
    for (StTable.Change change : table.changesInOrder()) {
      if (change.sequence() <= after) {
        continue;
      }
      if (StTable.modifiedOn(change.row()).isBefore(since)) {
        // Older than the date: behind the position the date stands for, and so behind the token.
        last = Math.max(last, change.sequence());
        continue;
      }
      if (data.size() == pageSize) {
        more = true;
        break;
      }
      data.add(change.row());
      last = change.sequence();
    }
    return Json.obj("hasMore", more, "continueFrom", encodeToken(last), "data", data);
  }

  static String encodeToken(long sequence) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((TOKEN_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<Long> decodeToken(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(TOKEN_PREFIX)) {
        return Optional.of(Long.parseLong(text.substring(TOKEN_PREFIX.length())));
      }
    } catch (IllegalArgumentException notAToken) {
      // fall through: maybe a date
    }
    return Optional.empty();
  }

  private static Instant parseFromDate(String from) {
    try {
      return LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notADate) {
      try {
        return instant(from);
      } catch (DateTimeParseException notADateTime) {
        throw new ApiError(400, null, "One or more validation errors occurred.")
            .withFieldError("from", "The value '" + from + "' is neither a continuation token nor a date.");
      }
    }
  }

  static Instant instant(String text) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime offset
        ? offset.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }

  /** The {@code active} filter: only active by default; {@code Any} for all; {@code False} for inactive. */
  static Predicate<Map<String, @Nullable Object>> active(SimRequest request) {
    String value = request.query("active").orElse("True");
    return switch (value) {
      case "True", "true" -> row -> Boolean.TRUE.equals(row.get("active"));
      case "False", "false" -> row -> Boolean.FALSE.equals(row.get("active"));
      case "Any", "any" -> row -> true;
      default -> throw new ApiError(400, null, "One or more validation errors occurred.")
          .withFieldError("active", "The value '" + value + "' is not valid (True, Any, False).");
    };
  }

  /** The {@code ids} filter (comma-separated, at most 50). */
  static Predicate<Map<String, @Nullable Object>> ids(SimRequest request) {
    return idList(request, "ids", "id");
  }

  /** The {@code userIds} filter of technicians and employees (comma-separated, at most 50). */
  static Predicate<Map<String, @Nullable Object>> userIds(SimRequest request) {
    return idList(request, "userIds", "userId");
  }

  private static Predicate<Map<String, @Nullable Object>> idList(SimRequest request, String parameter, String field) {
    Optional<String> ids = request.query(parameter).filter(s -> !s.isBlank());
    if (ids.isEmpty()) {
      return row -> true;
    }
    Set<Long> wanted = new HashSet<>();
    for (String part : ids.get().split(",")) {
      try {
        wanted.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw new ApiError(400, null, "One or more validation errors occurred.")
            .withFieldError(parameter, "'" + part + "' is not an id.");
      }
    }
    if (wanted.size() > 50) {
      throw new ApiError(400, null, "One or more validation errors occurred.")
          .withFieldError(parameter, "At most 50 " + parameter + " are allowed.");
    }
    return row -> row.get(field) instanceof Number value && wanted.contains(value.longValue());
  }

  /** The created/modified range filters. */
  static Predicate<Map<String, @Nullable Object>> dateRanges(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> result = row -> true;
    result = result.and(range(request, "createdBefore", "createdOn", true));
    result = result.and(range(request, "createdOnOrAfter", "createdOn", false));
    result = result.and(range(request, "modifiedBefore", "modifiedOn", true));
    return result.and(range(request, "modifiedOnOrAfter", "modifiedOn", false));
  }

  private static Predicate<Map<String, @Nullable Object>> range(
      SimRequest request, String parameter, String field, boolean before) {
    Optional<String> value = request.query(parameter);
    if (value.isEmpty()) {
      return row -> true;
    }
    Instant limit;
    try {
      limit = instant(value.get());
    } catch (DateTimeParseException e) {
      throw new ApiError(400, null, "One or more validation errors occurred.")
          .withFieldError(parameter, "The value '" + value.get() + "' is not a date-time.");
    }
    return row -> {
      Object text = row.get(field);
      if (text == null) {
        return false;
      }
      Instant at = Instant.parse(text.toString());
      return before ? at.isBefore(limit) : !at.isBefore(limit);
    };
  }

  /** Rows whose {@code field} equals the query parameter of the same name, when it is given. */
  static Predicate<Map<String, @Nullable Object>> equalsParam(SimRequest request, String parameter, String field) {
    Optional<String> value = request.query(parameter);
    if (value.isEmpty()) {
      return row -> true;
    }
    return row -> row.get(field) != null && String.valueOf(row.get(field)).equalsIgnoreCase(value.get());
  }

  /** Rows whose {@code externalData} has the key with one of the values, when asked. */
  static Predicate<Map<String, @Nullable Object>> externalData(SimRequest request) {
    Optional<String> key = request.query("externalDataKey");
    if (key.isEmpty()) {
      return row -> true;
    }
    Set<String> values =
        new HashSet<>(List.of(request.query("externalDataValues").orElse("").split(",")));
    return row -> {
      Object data = row.get("externalData");
      if (!(data instanceof List<?> entries)) {
        return false;
      }
      for (Object entry : entries) {
        if (entry instanceof Map<?, ?> map
            && key.get().equals(map.get("key"))
            && values.contains(String.valueOf(map.get("value")))) {
          return true;
        }
      }
      return false;
    };
  }
}
