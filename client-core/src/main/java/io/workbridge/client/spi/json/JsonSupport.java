package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.TransportException;
import java.io.IOException;
import java.math.BigDecimal;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi setup every WorkBridge client uses.
 *
 * <p>{@link #newMoshiBuilder()} registers, after anything the caller adds with {@code add(...)} (so a
 * client's own adapters win) and before Moshi's built-ins:
 *
 * <ul>
 *   <li>{@code Optional}/{@code OptionalInt}/{@code OptionalLong}/{@code OptionalDouble};
 *   <li>{@link io.workbridge.client.OpenEnum} and tolerant plain enums (see {@link
 *       EnumJsonAdapterFactory});
 *   <li>lenient {@code Instant}, {@code OffsetDateTime}, {@code LocalDateTime}, {@code LocalDate} (see
 *       {@link LenientDateTimes});
 *   <li>{@link BigDecimal} from a JSON number or string, without rounding;
 *   <li>the Immutables bridge ({@link ImmutablesJsonAdapterFactory});
 *   <li>{@link Decoded} list elements, decoded one by one (see {@link DecodedJsonAdapterFactory}).
 * </ul>
 *
 * Unknown properties are ignored everywhere (Moshi's default; never enable {@code failOnUnknown()}). Java
 * records work through Moshi's own record support together with the adapters above.
 */
public final class JsonSupport {
  private static final Moshi SHARED = newMoshiBuilder().build();

  private JsonSupport() {}

  /**
   * A builder with every WorkBridge adapter registered; add client-specific adapters and build.
   *
   * @return a new builder
   */
  public static Moshi.Builder newMoshiBuilder() {
    return new Moshi.Builder()
        .addLast(new OptionalJsonAdapterFactory())
        .addLast(new EnumJsonAdapterFactory())
        .addLast(new DateTimeAdapterFactory())
        .addLast(BigDecimal.class, new BigDecimalJsonAdapter())
        .addLast(new ImmutablesJsonAdapterFactory())
        .addLast(new DecodedJsonAdapterFactory());
  }

  /**
   * {@return a shared instance of {@code newMoshiBuilder().build()} (Moshi is thread-safe and caches
   * adapters)}
   */
  public static Moshi moshi() {
    return SHARED;
  }

  /**
   * Parses a complete JSON document into a non-null value.
   *
   * @param <T> the value type
   * @param adapter the JSON adapter
   * @param json the JSON text
   * @param operation the operation's name, for messages (e.g. {@code jobs.get})
   * @throws InvalidResponseException when the text is malformed, does not fit the type, is {@code null},
   *     or has content after the value
   * @return the parsed value
   */
  public static <T> T fromJson(JsonAdapter<T> adapter, String json, String operation) {
    return fromJson(adapter, new Buffer().writeUtf8(json), operation);
  }

  /**
   * Parses a complete JSON document from a source into a non-null value; the source is not closed.
   *
   * @param <T> the value type
   * @param adapter the JSON adapter
   * @param source the JSON document to read
   * @param operation the operation's name, for messages (e.g. {@code jobs.get})
   * @throws InvalidResponseException when the body is malformed, does not fit the type, is {@code null},
   *     or has content after the value
   * @throws TransportException when reading the source fails for another reason (the request was sent)
   * @return the parsed value
   */
  public static <T> T fromJson(JsonAdapter<T> adapter, BufferedSource source, String operation) {
    T value;
    JsonReader reader = JsonReader.of(source);
    try {
      value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed at path " + reader.getPath());
      }
    } catch (JsonDataException e) {
      throw JsonFailures.toInvalidResponse(operation, e, reader.getPath());
    } catch (IOException e) {
      if (JsonFailures.isParseFailure(e)) {
        throw JsonFailures.toInvalidResponse(operation, e, reader.getPath());
      }
      throw new TransportException(operation, true, e);
    }
    return requirePresent(value, operation);
  }

  /**
   * A JSON value read as a plain tree (Moshi's {@code Object} adapter or {@code readJsonValue()}) as text, for
   * error details: a string as it is, a number without the exponent and fraction Moshi's doubles bring
   * ({@code 84000123}, not {@code 8.4000123E7}), anything else — objects and lists included — as compact JSON
   * with its numbers written the same way.
   *
   * @param value the value; null gives {@code "null"}
   * @return the text
   */
  public static String text(@Nullable Object value) {
    if (value instanceof String string) {
      return string;
    }
    Object normalized = plainNumbers(value);
    return normalized instanceof BigDecimal decimal
        ? decimal.toPlainString()
        : SHARED.adapter(Object.class).toJson(normalized);
  }

  private static @Nullable Object plainNumbers(@Nullable Object value) {
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros();
    }
    if (value instanceof java.util.Map<?, ?> map) {
      java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, plainNumbers(v)));
      return copy;
    }
    if (value instanceof java.util.List<?> list) {
      java.util.List<Object> copy = new java.util.ArrayList<>();
      list.forEach(v -> copy.add(plainNumbers(v)));
      return copy;
    }
    return value;
  }

  /**
   * Rejects a {@code null} body value (the JSON literal {@code null}) where a value is required.
   *
   * @param <T> the value type
   * @param value the decoded body value
   * @param operation the operation's name, for messages (e.g. {@code jobs.get})
   * @throws InvalidResponseException when {@code value} is {@code null}
   * @return a new builder
   */
  public static <T> T requirePresent(@Nullable T value, String operation) {
    if (value == null) {
      throw new InvalidResponseException(operation, "$", "the body was JSON null where a value was expected", null);
    }
    return value;
  }
}
