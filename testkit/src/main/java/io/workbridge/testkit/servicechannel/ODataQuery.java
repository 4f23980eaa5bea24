package io.workbridge.testkit.servicechannel;

import io.workbridge.testkit.ApiError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The OData subset ServiceChannel clients use, implemented for real: {@code $filter} with {@code eq gt ge lt
 * le} comparisons joined by {@code and}, and {@code $orderby}, over the fields of one collection — on work
 * orders {@code Id}, {@code Number}, {@code UpdatedDate}, {@code CallDate}, {@code CreatedDate}, {@code
 * Status/Primary}, {@code Status/Extended}, {@code SubscriberId}, {@code LocationId}; on invoices {@link
 * #INVOICE_FIELDS}; bare ISO-8601 date literals, single-quoted strings, integers. Anything else is a 400 like
 * ServiceChannel's "The query specified in the URI is not valid".
 *
 * @param <T> the records queried
 */
final class ODataQuery<T> {
  private static final Pattern COMPARISON =
      Pattern.compile("^\\s*([A-Za-z]+(?:/[A-Za-z]+)?)\\s+(eq|ne|gt|ge|lt|le)\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

  /** The work order fields the subset knows, with how to read them from a work order. */
  static final Map<String, Function<ScState.WorkOrder, @Nullable Comparable<?>>> FIELDS =
      Map.of(
          "id", wo -> wo.id,
          "number", wo -> wo.number,
          "updateddate", wo -> wo.updatedDate,
          "calldate", wo -> wo.callDate,
          "createddate", wo -> wo.createdDate,
          "status/primary", wo -> wo.primary,
          "status/extended", wo -> wo.extended,
          "subscriberid", wo -> wo.subscriberId,
          "locationid", wo -> wo.locationId);

  /** The invoice fields the subset knows. */
  static final Map<String, Function<ScState.Invoice, @Nullable Comparable<?>>> INVOICE_FIELDS =
      Map.of(
          "id", invoice -> invoice.id,
          "number", invoice -> invoice.number,
          "wotrackingnumber", invoice -> invoice.workOrderId,
          "status", invoice -> invoice.status,
          "posteddate", invoice -> invoice.posted);

  private record Condition(String field, String operator, Comparable<?> literal) {}

  private final Map<String, Function<T, @Nullable Comparable<?>>> fields;
  private final List<Condition> conditions = new ArrayList<>();

  private ODataQuery(Map<String, Function<T, @Nullable Comparable<?>>> fields) {
    this.fields = fields;
  }

  /** Parses a {@code $filter} on work orders; null or blank means no condition. */
  static ODataQuery<ScState.WorkOrder> parse(@Nullable String filter) {
    return parse(filter, FIELDS);
  }

  /** Parses a {@code $filter} over the given fields (lower-case names); null or blank means no condition. */
  static <T> ODataQuery<T> parse(@Nullable String filter, Map<String, Function<T, @Nullable Comparable<?>>> fields) {
    ODataQuery<T> query = new ODataQuery<>(fields);
    if (filter == null || filter.isBlank()) {
      return query;
    }
    for (String part : AND.split(filter.trim())) {
      Matcher m = COMPARISON.matcher(part);
      if (!m.matches()) {
        throw invalid("unsupported expression '" + part.trim() + "'");
      }
      String field = m.group(1).toLowerCase(Locale.ROOT);
      if (!fields.containsKey(field)) {
        throw invalid("unknown property '" + m.group(1) + "'");
      }
      String operator = m.group(2).toLowerCase(Locale.ROOT);
      query.conditions.add(new Condition(field, operator, literal(m.group(3).trim())));
    }
    return query;
  }

  /** Whether the filter mentions a field (lower case, e.g. {@code calldate}). */
  boolean mentions(String field) {
    return conditions.stream().anyMatch(c -> c.field.equals(field));
  }

  /** Whether the record satisfies every condition. */
  boolean matches(T record) {
    for (Condition c : conditions) {
      Comparable<?> value = fields.get(c.field).apply(record);
      if (!holds(value, c.operator, c.literal)) {
        return false;
      }
    }
    return true;
  }

  /** A comparator of work orders for {@code $orderby} (default {@code Id asc}). */
  static Comparator<ScState.WorkOrder> orderBy(@Nullable String orderBy) {
    return orderBy(orderBy, FIELDS);
  }

  /** A comparator for {@code $orderby} over the given fields (default {@code Id asc}). */
  static <T> Comparator<T> orderBy(@Nullable String orderBy, Map<String, Function<T, @Nullable Comparable<?>>> fields) {
    Comparator<T> order = null;
    String text = orderBy == null || orderBy.isBlank() ? "Id asc" : orderBy;
    for (String part : text.split(",")) {
      String[] words = part.trim().split("\\s+");
      String field = words[0].toLowerCase(Locale.ROOT);
      Function<T, @Nullable Comparable<?>> getter = fields.get(field);
      if (getter == null || words.length > 2) {
        throw invalid("cannot order by '" + part.trim() + "'");
      }
      boolean descending = words.length == 2 && words[1].equalsIgnoreCase("desc");
      if (words.length == 2 && !descending && !words[1].equalsIgnoreCase("asc")) {
        throw invalid("cannot order by '" + part.trim() + "'");
      }
      Comparator<T> next =
          Comparator.comparing(r -> key(getter.apply(r)), Comparator.nullsFirst(Comparator.naturalOrder()));
      if (descending) {
        next = next.reversed();
      }
      order = order == null ? next : order.thenComparing(next);
    }
    return order;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Comparable<Object> key(@Nullable Comparable<?> value) {
    if (value instanceof String s) {
      return (Comparable<Object>) (Comparable<?>) s.toUpperCase(Locale.ROOT);
    }
    return (Comparable<Object>) value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean holds(@Nullable Comparable<?> value, String operator, Comparable<?> literal) {
    if (value == null) {
      return operator.equals("ne");
    }
    Comparable left = value;
    Comparable right = literal;
    if (value instanceof Long && literal instanceof Long) {
      // same type
    } else if (value instanceof Instant && literal instanceof Instant) {
      // same type
    } else if (value instanceof String s) {
      left = s.toUpperCase(Locale.ROOT);
      right = String.valueOf(literal).toUpperCase(Locale.ROOT);
    } else {
      throw invalid("a " + value.getClass().getSimpleName() + " property cannot be compared with " + literal);
    }
    int cmp = left.compareTo(right);
    return switch (operator) {
      case "eq" -> cmp == 0;
      case "ne" -> cmp != 0;
      case "gt" -> cmp > 0;
      case "ge" -> cmp >= 0;
      case "lt" -> cmp < 0;
      case "le" -> cmp <= 0;
      default -> throw invalid("unknown operator " + operator);
    };
  }

  private static Comparable<?> literal(String text) {
    if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
      return text.substring(1, text.length() - 1).replace("''", "'");
    }
    if (text.matches("-?\\d+")) {
      return Long.parseLong(text);
    }
    if (text.matches("-?\\d+\\.\\d+")) {
      return new BigDecimal(text).longValue();
    }
    if (text.toLowerCase(Locale.ROOT).startsWith("datetime'")) {
      throw invalid("datetime'…' literals are not supported; use bare ISO-8601");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notDate) {
      throw invalid("unreadable literal '" + text + "'");
    }
  }

  private static ApiError invalid(String detail) {
    return new ApiError(400, null, "The query specified in the URI is not valid. " + detail);
  }
}
