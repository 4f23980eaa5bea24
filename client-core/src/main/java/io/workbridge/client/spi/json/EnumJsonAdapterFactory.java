package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.OpenEnum;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tolerant enum reading.
 *
 * <ul>
 *   <li>{@link OpenEnum OpenEnum&lt;E&gt;} keeps any value: a known constant, or the raw string.
 *   <li>A plain enum matches the wire name ({@code @Json(name)} or the constant's name) exactly, then
 *       ignoring case; an unknown value becomes the constant named {@value #UNKNOWN} when the enum declares
 *       one, and is a {@link JsonDataException} otherwise.
 * </ul>
 *
 * Both accept JSON strings and numbers (some ServiceChannel enums are numeric) and write the wire name.
 */
final class EnumJsonAdapterFactory implements JsonAdapter.Factory {
  /** The fallback constant a plain enum may declare for values it does not know. */
  static final String UNKNOWN = "UNKNOWN";

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw == OpenEnum.class) {
      if (!(type instanceof ParameterizedType parameterized)) {
        throw new IllegalArgumentException("OpenEnum needs its enum type argument: " + type);
      }
      return openEnumAdapter(Types.getRawType(parameterized.getActualTypeArguments()[0]));
    }
    if (raw.isEnum()) {
      return plainEnumAdapter(raw);
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonAdapter<?> openEnumAdapter(Class<?> enumType) {
    if (!enumType.isEnum()) {
      throw new IllegalArgumentException("OpenEnum type argument is not an enum: " + enumType);
    }
    return new OpenEnumAdapter(enumType);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonAdapter<?> plainEnumAdapter(Class<?> enumType) {
    return new PlainEnumAdapter(enumType);
  }

  private static String readRaw(JsonReader reader, String expected) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.STRING && token != JsonReader.Token.NUMBER) {
      throw new JsonDataException("Expected " + expected + " but was " + token + " at path " + reader.getPath());
    }
    return reader.nextString();
  }

  /** {@code OpenEnum<E>}. */
  private static final class OpenEnumAdapter<E extends Enum<E>> extends JsonAdapter<OpenEnum<E>> {
    private final Class<E> type;

    OpenEnumAdapter(Class<E> type) {
      this.type = type;
    }

    @Override
    public @Nullable OpenEnum<E> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      return OpenEnum.parse(type, readRaw(reader, "a " + type.getSimpleName() + " value"));
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable OpenEnum<E> value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(value.raw());
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(OpenEnum<" + type.getSimpleName() + ">)";
    }
  }

  /** A plain enum with the tolerant matching described on the factory. */
  private static final class PlainEnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Class<E> type;
    private final @Nullable E unknown;

    PlainEnumAdapter(Class<E> type) {
      this.type = type;
      this.unknown = Arrays.stream(type.getEnumConstants())
          .filter(constant -> constant.name().equals(UNKNOWN))
          .findFirst()
          .orElse(null);
    }

    @Override
    public @Nullable E fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      String path = reader.getPath();
      String raw = readRaw(reader, "a " + type.getSimpleName() + " value");
      Optional<E> match = OpenEnum.lookup(type, raw);
      if (match.isPresent()) {
        return match.get();
      }
      if (unknown != null) {
        return unknown;
      }
      throw new JsonDataException("Unknown " + type.getSimpleName() + " value at path " + path
          + " (declare an UNKNOWN constant or use OpenEnum to accept new values)");
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable E value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(OpenEnum.wireName(value));
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getSimpleName() + ")";
    }
  }
}
