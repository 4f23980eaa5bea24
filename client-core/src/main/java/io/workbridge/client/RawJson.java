package io.workbridge.client;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import okio.Buffer;

/** Loose reads from a record's raw JSON, for naming a record that does not fit its model. */
public final class RawJson {
  private RawJson() {}

  /**
   * {@return the text of a top-level scalar member of a JSON object ({@code "Id": 12} or {@code "Id": "12"}
   * give {@code "12"}); empty when the text is not an object, the member is absent, null or not a scalar}
   * Never throws.
   *
   * @param json the JSON text
   * @param name the member name
   */
  public static Optional<String> member(String json, String name) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return Optional.empty();
      }
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(name)) {
          JsonReader.Token token = reader.peek();
          if (token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER) {
            return Optional.of(reader.nextString()).filter(text -> !text.isBlank());
          }
          if (token == JsonReader.Token.BOOLEAN) {
            return Optional.of(Boolean.toString(reader.nextBoolean()));
          }
          return Optional.empty();
        }
        reader.skipValue();
      }
      return Optional.empty();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * {@return a top-level member read as a whole number ({@code 12} or {@code "12"}); empty otherwise} Never
   * throws.
   *
   * @param json the JSON text
   * @param name the member name
   */
  public static OptionalLong longMember(String json, String name) {
    Optional<String> text = member(json, name);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text.get().trim()));
    } catch (NumberFormatException notWhole) {
      return OptionalLong.empty();
    }
  }
}
