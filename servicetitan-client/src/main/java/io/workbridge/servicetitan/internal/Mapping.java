package io.workbridge.servicetitan.internal;

import io.workbridge.client.InvalidResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the wire-to-model mappers. */
public final class Mapping {
  private Mapping() {}

  /** The accessor a helpful {@code NullPointerException} names: {@code …Dto.customerId()" is null}. */
  private static final Pattern NULL_ACCESSOR = Pattern.compile("\\.(\\w+)\\(\\)\" is null");

  /** Immutables' message for required attributes left unset: {@code … are not set [start, end]}. */
  private static final Pattern NOT_SET = Pattern.compile("not set \\[(\\w+)");

  /** Immutables' null check names the attribute alone. */
  private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * Runs a mapping of the object at {@code jsonPath}; a required field the server left out or sent as null
   * becomes an {@link InvalidResponseException} for {@code operation} naming the field's JSON path (e.g.
   * {@code $.data[3].jobId}) instead of a bare {@code NullPointerException}.
   */
  public static <T> T guard(String operation, String jsonPath, Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (IllegalStateException | NullPointerException missing) {
      String field = missingField(missing);
      throw new InvalidResponseException(
          operation,
          field == null ? jsonPath : jsonPath + "." + field,
          field == null ? "a required field is missing or null" : "required field is missing or null",
          missing);
    }
  }

  /** The field a mapping failure is about, when its message names one. */
  static @Nullable String missingField(RuntimeException failure) {
    String message = failure.getMessage();
    if (message == null) {
      return null;
    }
    Matcher accessor = NULL_ACCESSOR.matcher(message);
    if (accessor.find()) {
      return accessor.group(1);
    }
    Matcher notSet = NOT_SET.matcher(message);
    if (notSet.find()) {
      return notSet.group(1);
    }
    return failure instanceof NullPointerException && ATTRIBUTE.matcher(message).matches() ? message : null;
  }

  /**
   * Maps a body the server sent; a required field it left out becomes an {@link InvalidResponseException}
   * for {@code operation} naming the field's JSON path.
   */
  public static <A, B> B map(String operation, @Nullable A body, Function<A, B> mapper) {
    A present = required(body, operation, "$");
    return guard(operation, "$", () -> mapper.apply(present));
  }

  /**
   * Maps the items of a list found at {@code listPath} (e.g. {@code $.data}), each guarded with its own
   * JSON path; null items are skipped.
   */
  public static <A, B> List<B> items(
      String operation, String listPath, @Nullable List<A> items, Function<A, B> mapper) {
    List<B> result = new ArrayList<>();
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        A item = items.get(i);
        if (item != null) {
          result.add(guard(operation, listPath + "[" + i + "]", () -> mapper.apply(item)));
        }
      }
    }
    return result;
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
