package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/** Test fixtures under {@code src/test/resources/fixtures/} and an exact JSON tree for comparisons. */
final class Fixtures {
  private Fixtures() {}

  /** The text of {@code fixtures/<path>}. */
  static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON as nested maps, lists, strings, booleans and numbers-as-literal-text (so {@code 1.10} and
   * {@code 1.1} differ), with {@code null} members dropped.
   */
  static Object tree(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
          } else {
            object.put(name, read(reader));
          }
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      }
      case NUMBER -> {
        return "number:" + reader.nextString();
      }
      case STRING -> {
        return reader.nextString();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      default -> throw new IllegalStateException("unexpected " + reader.peek());
    }
  }
}
