package io.workbridge.servicechannel.internal;

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
