package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link BigDecimal} from a JSON number or a JSON string (ServiceTitan sends invoice amounts as
 * strings) without going through {@code double}: the number's literal text is parsed, so {@code 0.1} stays
 * exactly {@code 0.1} and {@code 12.50} keeps its scale. JSON {@code null} and blank strings read as {@code
 * null}. Writes a plain JSON number (never exponent notation).
 */
final class BigDecimalJsonAdapter extends JsonAdapter<BigDecimal> {

  @Override
  public @Nullable BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a decimal number but was " + token + " at path " + reader.getPath());
    }
    String path = reader.getPath();
    String text = reader.nextString().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a decimal number at path " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    try (BufferedSink sink = writer.valueSink()) {
      sink.writeUtf8(value.toPlainString());
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(BigDecimal)";
  }
}
