package io.workbridge.servicetitan.internal;

import io.workbridge.client.InvalidResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the wire-to-model mappers. */
public final class Mapping {
  private Mapping() {}

  /**
   * Runs a mapping; a required field the server left out becomes an {@link InvalidResponseException} for
   * {@code operation} instead of a bare {@code NullPointerException}.
   */
  public static <T> T guard(String operation, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (IllegalStateException | NullPointerException missing) {
      throw new InvalidResponseException(
          operation, null, "a required field is missing: " + missing.getMessage(), missing);
    }
  }

  /**
   * Maps a body the server sent; a required field it left out becomes an {@link InvalidResponseException}
   * for {@code operation}.
   */
  public static <A, B> B map(String operation, @Nullable A body, Function<A, B> mapper) {
    A present = required(body, operation, "$");
    return guard(operation, () -> mapper.apply(present));
  }

  /** Maps every element of a possibly-null list. */
  public static <A, B> List<B> list(@Nullable List<A> items, Function<A, B> mapper) {
    List<B> result = new ArrayList<>();
    if (items != null) {
      for (A item : items) {
        if (item != null) {
          result.add(mapper.apply(item));
        }
      }
    }
    return result;
  }

  /** A possibly-null list, never null. */
  public static <A> List<A> orEmpty(@Nullable List<A> items) {
    return items == null ? List.of() : items;
  }

  /** An optional long from a possibly-null box. */
  public static OptionalLong optionalLong(@Nullable Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** A possibly-null box from an optional long. */
  public static @Nullable Long orNull(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  /** A possibly-null value from an optional. */
  public static <T> @Nullable T orNull(Optional<T> value) {
    return value.orElse(null);
  }

  /** Null for an empty list, so that nothing is sent. */
  public static <T> @Nullable List<T> nullIfEmpty(List<T> items) {
    return items.isEmpty() ? null : items;
  }

  /** A required value, or an {@link InvalidResponseException} naming the JSON path. */
  public static <T> T required(@Nullable T value, String operation, String jsonPath) {
    if (value == null) {
      throw new InvalidResponseException(operation, jsonPath, "required field is missing", null);
    }
    return value;
  }
}
