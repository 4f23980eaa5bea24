package io.workbridge.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A read-only view of a JSON object with typed getters, for reading request bodies in handlers.
 *
 * <p>The {@code require...} getters throw an {@link ApiError} with status 400 when the field is missing or
 * has the wrong type, so a handler can read a body in a few lines and the simulator answers in its own
 * error shape. The {@code opt...} getters return {@link Optional#empty()} for a missing or null field.
 */
public final class JsonObject {

  private final Map<String, @Nullable Object> map;

  /**
   * Wraps a parsed JSON object.
   *
   * @param map the object, as produced by {@link Json#parse(String)}
   */
  public JsonObject(Map<String, @Nullable Object> map) {
    this.map = map;
  }

  /**
   * Returns whether the object has the field, even if its value is null.
   *
   * @param name the field name
   * @return true when present
   */
  public boolean has(String name) {
    return map.containsKey(name);
  }

  /**
   * Returns the raw value of a field.
   *
   * @param name the field name
   * @return the value, empty when missing or null
   */
  public Optional<Object> opt(String name) {
    return Optional.ofNullable(map.get(name));
  }

  /**
   * Returns a string field.
   *
   * @param name the field name
   * @return the value, empty when missing or null
   */
  public Optional<String> optString(String name) {
    return opt(name).map(value -> cast(name, value, String.class));
  }

  /**
   * Returns a required string field.
   *
   * @param name the field name
   * @return the value
   */
  public String requireString(String name) {
    return optString(name).orElseThrow(() -> missing(name));
  }

  /**
   * Returns an integral number field; a string holding digits is accepted too.
   *
   * @param name the field name
   * @return the value, empty when missing or null
   */
  public Optional<Long> optLong(String name) {
    return opt(name).map(value -> toLong(name, value));
  }

  /**
   * Returns a required integral number field.
   *
   * @param name the field name
   * @return the value
   */
  public long requireLong(String name) {
    return optLong(name).orElseThrow(() -> missing(name));
  }

  /**
   * Returns a decimal field given as a JSON number or a numeric string.
   *
   * @param name the field name
   * @return the value, empty when missing or null
   */
  public Optional<BigDecimal> optDecimal(String name) {
    return opt(name)
        .map(
            value -> {
              try {
                return new BigDecimal(value.toString());
              } catch (NumberFormatException e) {
                throw ApiError.badRequest("Field '" + name + "' is not a number");
              }
            });
  }

  /**
   * Returns a boolean field.
   *
   * @param name the field name
   * @return the value, empty when missing or null
   */
  public Optional<Boolean> optBoolean(String name) {
    return opt(name).map(value -> cast(name, value, Boolean.class));
  }

  /**
   * Returns a nested object field.
   *
   * @param name the field name
   * @return the value, empty when missing or null
   */
  @SuppressWarnings("unchecked")
  public Optional<JsonObject> optObject(String name) {
    return opt(name).map(value -> new JsonObject(cast(name, value, Map.class)));
  }

  /**
   * Returns a required nested object field.
   *
   * @param name the field name
   * @return the value
   */
  public JsonObject requireObject(String name) {
    return optObject(name).orElseThrow(() -> missing(name));
  }

  /**
   * Returns an array field as a list of raw values; empty when the field is missing or null.
   *
   * @param name the field name
   * @return the elements
   */
  @SuppressWarnings("unchecked")
  public List<@Nullable Object> array(String name) {
    return opt(name)
        .map(value -> (List<@Nullable Object>) cast(name, value, List.class))
        .orElse(Collections.emptyList());
  }

  /**
   * Returns an array field whose elements are objects; empty when the field is missing or null.
   *
   * @param name the field name
   * @return the elements
   */
  @SuppressWarnings("unchecked")
  public List<JsonObject> objects(String name) {
    List<JsonObject> result = new ArrayList<>();
    for (Object element : array(name)) {
      if (!(element instanceof Map)) {
        throw ApiError.badRequest("Field '" + name + "' must hold objects");
      }
      result.add(new JsonObject((Map<String, @Nullable Object>) element));
    }
    return result;
  }

  /**
   * Returns the underlying map (not a copy).
   *
   * @return the map
   */
  public Map<String, @Nullable Object> asMap() {
    return map;
  }

  @Override
  public String toString() {
    return "JsonObject" + map.keySet();
  }

  private static long toLong(String name, Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    try {
      return new BigDecimal(value.toString()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiError.badRequest("Field '" + name + "' is not an integer");
    }
  }

  private static <T> T cast(String name, Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw ApiError.badRequest(
          "Field '" + name + "' must be of type " + type.getSimpleName().toLowerCase());
    }
    return type.cast(value);
  }

  private static ApiError missing(String name) {
    return ApiError.badRequest("Field '" + name + "' is required").withFieldError(name, "required");
  }
}
