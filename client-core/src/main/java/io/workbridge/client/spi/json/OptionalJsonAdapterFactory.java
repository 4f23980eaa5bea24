package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adapters for {@link Optional} (and {@code OptionalInt/Long/Double}): JSON {@code null} reads as empty,
 * empty writes as {@code null} (which Moshi then omits together with its name unless nulls are
 * serialized). Qualifier annotations are passed on to the wrapped type's adapter.
 *
 * <p>A missing property is not seen by this adapter at all: Immutables models (through {@link
 * ImmutablesJsonAdapterFactory}) default it to empty, while records and plain classes get {@code null} and
 * must normalize it themselves.
 */
final class OptionalJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (raw == Optional.class) {
      Type inner = type instanceof ParameterizedType parameterized
          ? parameterized.getActualTypeArguments()[0]
          : Object.class;
      return new OptionalAdapter<>(moshi.adapter(inner, annotations));
    }
    if (!annotations.isEmpty()) {
      return null;
    }
    if (raw == OptionalInt.class) {
      JsonAdapter<Integer> inner = moshi.adapter(int.class);
      return new PrimitiveOptionalAdapter<>(
          reader -> OptionalInt.of(inner.fromJson(reader)), OptionalInt.empty(),
          (writer, value) -> writer.value(value.getAsInt()), OptionalInt::isPresent);
    }
    if (raw == OptionalLong.class) {
      JsonAdapter<Long> inner = moshi.adapter(long.class);
      return new PrimitiveOptionalAdapter<>(
          reader -> OptionalLong.of(inner.fromJson(reader)), OptionalLong.empty(),
          (writer, value) -> writer.value(value.getAsLong()), OptionalLong::isPresent);
    }
    if (raw == OptionalDouble.class) {
      JsonAdapter<Double> inner = moshi.adapter(double.class);
      return new PrimitiveOptionalAdapter<>(
          reader -> OptionalDouble.of(inner.fromJson(reader)), OptionalDouble.empty(),
          (writer, value) -> writer.value(value.getAsDouble()), OptionalDouble::isPresent);
    }
    return null;
  }

  /** {@code Optional<T>} over the adapter of {@code T}. */
  private static final class OptionalAdapter<T> extends JsonAdapter<Optional<T>> {
    private final JsonAdapter<T> inner;

    OptionalAdapter(JsonAdapter<T> inner) {
      this.inner = inner;
    }

    @Override
    public Optional<T> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        return Optional.empty();
      }
      return Optional.ofNullable(inner.fromJson(reader));
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Optional<T> value) throws IOException {
      if (value == null || value.isEmpty()) {
        writer.nullValue();
      } else {
        inner.toJson(writer, value.get());
      }
    }

    @Override
    public String toString() {
      return inner + ".optional()";
    }
  }

  /** Reads one present value. */
  private interface Reading<O> {
    O read(JsonReader reader) throws IOException;
  }

  /** Writes one present value. */
  private interface Writing<O> {
    void write(JsonWriter writer, O value) throws IOException;
  }

  /** {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble}. */
  private static final class PrimitiveOptionalAdapter<O> extends JsonAdapter<O> {
    private final Reading<O> reading;
    private final O empty;
    private final Writing<O> writing;
    private final java.util.function.Predicate<O> isPresent;

    PrimitiveOptionalAdapter(
        Reading<O> reading, O empty, Writing<O> writing, java.util.function.Predicate<O> isPresent) {
      this.reading = reading;
      this.empty = empty;
      this.writing = writing;
      this.isPresent = isPresent;
    }

    @Override
    public O fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        return empty;
      }
      return reading.read(reader);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable O value) throws IOException {
      if (value == null || !isPresent.test(value)) {
        writer.nullValue();
      } else {
        writing.write(writer, value);
      }
    }
  }
}
