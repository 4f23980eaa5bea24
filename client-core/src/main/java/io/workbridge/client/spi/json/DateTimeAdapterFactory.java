package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Moshi adapters for {@link Instant}, {@link OffsetDateTime}, {@link LocalDateTime} and {@link LocalDate},
 * reading leniently through {@link LenientDateTimes} and writing strict ISO-8601. JSON {@code null} and blank
 * strings read as {@code null}.
 */
final class DateTimeAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Instant.class) {
      return new Adapter<>("a date-time", LenientDateTimes::parseInstant, DateTimeFormatter.ISO_INSTANT::format);
    }
    if (type == OffsetDateTime.class) {
      return new Adapter<>("a date-time", LenientDateTimes::parseOffsetDateTime,
          DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
    }
    if (type == LocalDateTime.class) {
      return new Adapter<>("a date-time", LenientDateTimes::parseLocalDateTime,
          DateTimeFormatter.ISO_LOCAL_DATE_TIME::format);
    }
    if (type == LocalDate.class) {
      return new Adapter<>("a date", LenientDateTimes::parseLocalDate, DateTimeFormatter.ISO_LOCAL_DATE::format);
    }
    return null;
  }

  /** Reads and writes one temporal type. */
  private static final class Adapter<T> extends JsonAdapter<T> {
    private final String expected;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    Adapter(String expected, Function<String, T> parser, Function<T, String> formatter) {
      this.expected = expected;
      this.parser = parser;
      this.formatter = formatter;
    }

    @Override
    public @Nullable T fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (reader.peek() != JsonReader.Token.STRING) {
        throw new JsonDataException(
            "Expected " + expected + " string but was " + reader.peek() + " at path " + reader.getPath());
      }
      String path = reader.getPath();
      String text = reader.nextString();
      if (text.isBlank()) {
        return null;
      }
      try {
        return parser.apply(text);
      } catch (DateTimeException e) {
        // The value itself is not echoed: messages must never carry data that could be sensitive.
        throw new JsonDataException("Expected " + expected + " in ISO-8601 form at path " + path, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(formatter.apply(value));
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(lenient " + expected + ")";
    }
  }
}
