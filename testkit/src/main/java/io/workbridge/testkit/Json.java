package io.workbridge.testkit;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * JSON trees for simulators, read and written with Moshi's streaming API.
 *
 * <p>A tree is made of {@link Map} (objects, insertion order kept), {@link List} (arrays), {@link String},
 * {@link Boolean}, {@code null} and numbers. When parsing, integral numbers become {@link Long} and all
 * others {@link BigDecimal}, so ids and money survive a round trip unchanged. When writing, any
 * {@link Number}, {@link Enum} (its name), {@link Optional} (its value or null), {@link Collection} and
 * {@code java.time} value (its ISO-8601 {@code toString()}) is accepted as well.
 */
public final class Json {

  private Json() {}

  /**
   * Builds a JSON object from alternating keys and values, e.g. {@code Json.obj("id", 7L, "name", "x")}.
   *
   * @param keysAndValues an even number of arguments: key (a String), value, key, value...
   * @return a mutable, insertion-ordered map
   */
  public static Map<String, @Nullable Object> obj(@Nullable Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Json.obj needs key/value pairs, got an odd count");
    }
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object key = keysAndValues[i];
      if (!(key instanceof String)) {
        throw new IllegalArgumentException("Json.obj key at position " + i + " is not a String");
      }
      map.put((String) key, keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * Builds a JSON array (a mutable list) from the given values.
   *
   * @param values the elements
   * @return a mutable list
   */
  public static List<@Nullable Object> arr(@Nullable Object... values) {
    List<@Nullable Object> list = new ArrayList<>(values.length);
    for (Object value : values) {
      list.add(value);
    }
    return list;
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json the text
   * @return the tree; {@code null} for the JSON literal {@code null}
   * @throws IllegalArgumentException if the text is not valid JSON
   */
  public static @Nullable Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("Trailing content after the JSON value");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException("Malformed JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a tree as compact JSON text.
   *
   * @param value the tree (see the class documentation for the accepted types)
   * @return the JSON text
   */
  public static String write(@Nullable Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalArgumentException("Unexpected JSON token " + reader.peek());
    }
  }

  private static Number number(String text) {
    BigDecimal decimal = new BigDecimal(text);
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integral) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return decimal;
      }
    }
    return decimal;
  }

  private static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Optional) {
      write(writer, ((Optional<?>) value).orElse(null));
    } else if (value instanceof JsonObject) {
      write(writer, ((JsonObject) value).asMap());
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Collection) {
      writer.beginArray();
      for (Object element : (Collection<?>) value) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Object[]) {
      write(writer, java.util.Arrays.asList((Object[]) value));
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else if (value instanceof Enum) {
      writer.value(((Enum<?>) value).name());
    } else if (value instanceof TemporalAccessor || value instanceof java.util.UUID) {
      writer.value(value.toString());
    } else {
      throw new IllegalArgumentException(
          "Cannot write " + value.getClass().getName() + " as JSON; use maps, lists and scalars");
    }
  }
}
