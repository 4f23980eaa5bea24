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

  /**
   * {@return an expression written by hand, used as is}
   *
   * @param expression the OData {@code $filter} expression, sent as is
   */
  public static ODataFilter raw(String expression) {
    if (Objects.requireNonNull(expression, "expression").isBlank()) {
      throw new IllegalArgumentException("a filter expression must not be blank");
    }
    return new ODataFilter(expression.trim());
  }

  /**
   * {@return {@code field eq value} for a number}
   *
   * @param field the OData field name
   * @param value the number
   */
  public static ODataFilter eq(String field, long value) {
    return compare(field, "eq", Long.toString(value));
  }

  /**
   * {@return {@code field eq 'value'} for a string}
   *
   * @param field the OData field name
   * @param value the string
   */
  public static ODataFilter eq(String field, String value) {
    return compare(field, "eq", quote(value));
  }

  /**
   * {@return {@code field gt instant}}
   *
   * @param field the OData field name
   * @param instant the instant to compare with
   */
  public static ODataFilter after(String field, Instant instant) {
    return compare(field, "gt", literal(instant));
  }

  /**
   * {@return {@code field ge instant}}
   *
   * @param field the OData field name
   * @param instant the instant to compare with
   */
  public static ODataFilter atOrAfter(String field, Instant instant) {
    return compare(field, "ge", literal(instant));
  }

  /**
   * {@return {@code field lt instant}}
   *
   * @param field the OData field name
   * @param instant the instant to compare with
   */
  public static ODataFilter before(String field, Instant instant) {
    return compare(field, "lt", literal(instant));
  }

  /**
   * {@return {@code field le instant}}
   *
   * @param field the OData field name
   * @param instant the instant to compare with
   */
  public static ODataFilter atOrBefore(String field, Instant instant) {
    return compare(field, "le", literal(instant));
  }

  /**
   * {@return {@code Status/Primary eq 'primary'}}
   *
   * @param primary the primary status
   */
  public static ODataFilter primaryStatus(String primary) {
    return eq("Status/Primary", primary);
  }

  /**
   * {@return {@code SubscriberId eq id}}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   */
  public static ODataFilter subscriberId(long subscriberId) {
    return eq("SubscriberId", subscriberId);
  }

  /**
   * {@return {@code UpdatedDate gt instant}}
   *
   * @param instant the instant to compare with
   */
  public static ODataFilter updatedAfter(Instant instant) {
    return after("UpdatedDate", instant);
  }

  /**
   * {@return this expression {@code and} the other one}
   *
   * @param other the filter to combine with
   */
  public ODataFilter and(ODataFilter other) {
    return new ODataFilter(expression + " and " + other.expression);
  }

  /** {@return the expression text, as sent in {@code $filter}} */
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
