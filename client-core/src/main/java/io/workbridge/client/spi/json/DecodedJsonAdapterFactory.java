package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Set;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link Decoded Decoded&lt;T&gt;}: the element's raw JSON is taken from the reader as text (so the
 * surrounding list goes on whatever the element holds, as long as it is well-formed JSON), then decoded alone
 * with {@code T}'s adapter. A decoding failure becomes {@link Decoded.Malformed} whose path is the element's
 * path in the body followed by the path within the element ({@code $.value[3]} + {@code .Id}). A JSON
 * {@code null} element reads as null. Writing writes the raw payload back.
 */
public final class DecodedJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != Decoded.class) {
      return null;
    }
    if (!(type instanceof ParameterizedType parameterized)) {
      throw new IllegalArgumentException("Decoded needs a type argument: " + type);
    }
    JsonAdapter<Object> element = moshi.adapter(parameterized.getActualTypeArguments()[0]);
    return new Adapter(element);
  }

  /**
   * Decodes one record's raw JSON alone; never throws for a record that does not fit.
   *
   * @param adapter the record's adapter
   * @param payload the record's raw JSON
   * @param pathPrefix the record's JSON path in the body ({@code $} when it is the whole body)
   * @param <T> the record type
   * @return the decoded record, or why it was skipped
   */
  public static <T> Decoded<T> decode(JsonAdapter<T> adapter, String payload, String pathPrefix) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(payload));
    try {
      T value = adapter.fromJson(reader);
      if (value == null) {
        return new Decoded.Malformed<>(payload, pathPrefix, "null instead of a record");
      }
      return new Decoded.Value<>(value, payload, pathPrefix);
    } catch (JsonDataException | IOException | IllegalArgumentException | IllegalStateException unfit) {
      String message = unfit.getMessage();
      String inner = message == null ? reader.getPath() : JsonFailures.jsonPath(message).orElse(reader.getPath());
      return new Decoded.Malformed<>(payload, join(pathPrefix, inner), JsonFailures.problem(unfit, message));
    }
  }

  /** {@code $.data[3]} joined with {@code $.id} is {@code $.data[3].id}. */
  static String join(String prefix, String inner) {
    return inner.startsWith("$") ? prefix + inner.substring(1) : prefix;
  }

  private static final class Adapter extends JsonAdapter<Decoded<Object>> {
    private final JsonAdapter<Object> element;

    Adapter(JsonAdapter<Object> element) {
      this.element = element;
    }

    @Override
    public @Nullable Decoded<Object> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      String path = reader.getPath();
      String payload;
      try (BufferedSource source = reader.nextSource()) {
        payload = source.readUtf8();
      }
      return decode(element, payload, path);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Decoded<Object> value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      try (BufferedSource raw = new Buffer().writeUtf8(value.payload())) {
        writer.jsonValue(JsonReader.of(raw).readJsonValue());
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(Decoded: " + element + ")";
    }
  }
}
