package io.workbridge.servicechannel.resource;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An OData {@code $filter} expression for ServiceChannel's OData endpoints, built from comparisons on work
 * order fields ({@code Id}, {@code UpdatedDate}, {@code CallDate}, {@code Status/Primary}, …) joined with
 * {@code and}. Date literals are bare ISO-8601 instants ({@code UpdatedDate gt 2026-06-01T00:00:00Z}), strings
 * are single-quoted with quotes doubled. Immutable.
 */
public final class ODataFilter {
  private final String expression;

  private ODataFilter(String expression) {
    this.expression = expression;
  }

  /** An expression written by hand, used as is. */
  public static ODataFilter raw(String expression) {
    if (Objects.requireNonNull(expression, "expression").isBlank()) {
      throw new IllegalArgumentException("a filter expression must not be blank");
    }
    return new ODataFilter(expression.trim());
  }

  /** {@code field eq value} for a number. */
  public static ODataFilter eq(String field, long value) {
    return compare(field, "eq", Long.toString(value));
  }

  /** {@code field eq 'value'} for a string. */
  public static ODataFilter eq(String field, String value) {
    return compare(field, "eq", quote(value));
  }

  /** {@code field gt instant}. */
  public static ODataFilter after(String field, Instant instant) {
    return compare(field, "gt", literal(instant));
  }

  /** {@code field ge instant}. */
  public static ODataFilter atOrAfter(String field, Instant instant) {
    return compare(field, "ge", literal(instant));
  }

  /** {@code field lt instant}. */
  public static ODataFilter before(String field, Instant instant) {
    return compare(field, "lt", literal(instant));
  }

  /** {@code field le instant}. */
  public static ODataFilter atOrBefore(String field, Instant instant) {
    return compare(field, "le", literal(instant));
  }

  /** {@code Status/Primary eq 'primary'}. */
  public static ODataFilter primaryStatus(String primary) {
    return eq("Status/Primary", primary);
  }

  /** {@code SubscriberId eq id}. */
  public static ODataFilter subscriberId(long subscriberId) {
    return eq("SubscriberId", subscriberId);
  }

  /** {@code UpdatedDate gt instant}. */
  public static ODataFilter updatedAfter(Instant instant) {
    return after("UpdatedDate", instant);
  }

  /** This expression {@code and} the other one. */
  public ODataFilter and(ODataFilter other) {
    return new ODataFilter(expression + " and " + other.expression);
  }

  /** The expression text, as sent in {@code $filter}. */
  public String expression() {
    return expression;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ODataFilter f && f.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }

  private static ODataFilter compare(String field, String operator, String literal) {
    if (!field.matches("[A-Za-z][A-Za-z0-9_/]*")) {
      throw new IllegalArgumentException("not a field name: " + field);
    }
    return new ODataFilter(field + " " + operator + " " + literal);
  }

  private static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static String literal(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
