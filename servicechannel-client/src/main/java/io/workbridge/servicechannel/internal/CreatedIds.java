package io.workbridge.servicechannel.internal;

import com.squareup.moshi.JsonReader;
import io.workbridge.client.InvalidResponseException;
import java.io.IOException;
import java.util.Set;
import okhttp3.ResponseBody;

/**
 * Reads the id of a created resource from a 201 body whose shape is not documented: a bare number, a quoted
 * number, or an object with {@code Id}, {@code id}, {@code NoteId} or {@code InvoiceId}.
 */
public final class CreatedIds {
  private static final Set<String> ID_FIELDS = Set.of("Id", "id", "ID", "NoteId", "InvoiceId");

  private CreatedIds() {}

  /** The id in the body; {@link InvalidResponseException} when there is none. */
  public static long read(ResponseBody body, String operation) {
    try (body) {
      String text = body.string().trim();
      if (text.isEmpty()) {
        throw new InvalidResponseException(operation, "$", "the response carries no id", null);
      }
      try (JsonReader reader = JsonReader.of(new okio.Buffer().writeUtf8(text))) {
        reader.setLenient(true);
        JsonReader.Token token = reader.peek();
        if (token == JsonReader.Token.NUMBER || token == JsonReader.Token.STRING) {
          return reader.nextLong();
        }
        if (token == JsonReader.Token.BEGIN_OBJECT) {
          reader.beginObject();
          while (reader.hasNext()) {
            String name = reader.nextName();
            if (ID_FIELDS.contains(name)
                && (reader.peek() == JsonReader.Token.NUMBER || reader.peek() == JsonReader.Token.STRING)) {
              return reader.nextLong();
            }
            reader.skipValue();
          }
        }
      }
      throw new InvalidResponseException(operation, "$", "the response carries no id", null);
    } catch (IOException | com.squareup.moshi.JsonDataException malformed) {
      throw new InvalidResponseException(operation, "$", "the response id is not a number", malformed);
    }
  }
}
