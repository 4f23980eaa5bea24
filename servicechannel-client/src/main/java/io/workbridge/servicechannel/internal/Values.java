package io.workbridge.servicechannel.internal;

import io.workbridge.client.InvalidResponseException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Converts loosely typed JSON scalars (a boolean sent as {@code "true"}, a number sent as a string, …). */
public final class Values {
  private Values() {}

  /** {@code true}, {@code "true"}, {@code 1} and {@code "1"} are true; anything else is false. */
  public static boolean bool(@Nullable Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (value instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      return t.equals("true") || t.equals("1") || t.equals("yes");
    }
    return false;
  }

  /** A decimal from a JSON number or numeric string; empty for null, blank or non-numeric text. */
  public static Optional<BigDecimal> decimal(@Nullable Object value) {
    if (value instanceof Double || value instanceof Float) {
      return Optional.of(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof Number n) {
      return Optional.of(new BigDecimal(n.toString()));
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Optional.of(new BigDecimal(s.trim()));
      } catch (NumberFormatException notNumeric) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * An amount (NTE, invoice total, …) from a JSON number or numeric string; empty for null or blank. Text that
   * is not a number (for example {@code "lots"}) makes the record unusable instead of silently meaning "no
   * amount".
   *
   * @throws InvalidResponseException naming {@code jsonPath} when the value is present but not a number
   */
  public static Optional<BigDecimal> amount(@Nullable Object value, String operation, String jsonPath) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return Optional.empty();
    }
    Optional<BigDecimal> amount = decimal(value);
    if (amount.isEmpty()) {
      String shown = value instanceof String s ? "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"" : "a " + kind(value);
      throw new InvalidResponseException(operation, jsonPath, "not an amount: " + shown, null);
    }
    return amount;
  }

  private static String kind(Object value) {
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof java.util.Map<?, ?>) {
      return "JSON object";
    }
    if (value instanceof java.util.List<?>) {
      return "JSON array";
    }
    return value.getClass().getSimpleName();
  }

  /** A double from a JSON number or numeric string. */
  public static OptionalDouble dbl(@Nullable Object value) {
    return decimal(value).map(d -> OptionalDouble.of(d.doubleValue())).orElse(OptionalDouble.empty());
  }

  /** An int from a JSON number or numeric string. */
  public static OptionalInt integer(@Nullable Object value) {
    return decimal(value).map(d -> OptionalInt.of(d.intValue())).orElse(OptionalInt.empty());
  }

  /** The text, or empty when null or blank. */
  public static Optional<String> text(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
