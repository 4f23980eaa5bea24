package io.workbridge.servicechannel.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link Wire.ODataList} from either shape ServiceChannel is known for: the envelope {@code {"value":
 * […], "@odata.count": n}} its OData endpoints answer with live, and the bare array the official description
 * declares for them. {@code @odata.count} may be a number or a numeric string; other envelope members
 * ({@code @odata.context}, {@code @odata.nextLink}) are skipped.
 */
public final class ODataLists implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != Wire.ODataList.class) {
      return null;
    }
    Type element = type instanceof ParameterizedType parameterized
        ? parameterized.getActualTypeArguments()[0]
        : Object.class;
    JsonAdapter<List<Object>> items = moshi.adapter(Types.newParameterizedType(List.class, element));
    return new Adapter(items).nullSafe();
  }

  private static final class Adapter extends JsonAdapter<Wire.ODataList<Object>> {
    private final JsonAdapter<List<Object>> items;

    Adapter(JsonAdapter<List<Object>> items) {
      this.items = items;
    }

    @Override
    public Wire.ODataList<Object> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        return new Wire.ODataList<>(items.fromJson(reader), null, "$");
      }
      List<Object> value = null;
      Long count = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("value") && reader.peek() != JsonReader.Token.NULL) {
          value = items.fromJson(reader);
        } else if (name.equals("@odata.count")
            && (reader.peek() == JsonReader.Token.NUMBER || reader.peek() == JsonReader.Token.STRING)) {
          count = reader.nextLong();
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      return new Wire.ODataList<>(value, count, "$.value");
    }

    @Override
    public void toJson(JsonWriter writer, Wire.@Nullable ODataList<Object> list) throws IOException {
      if (list == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject().name("value");
      items.toJson(writer, list.value());
      if (list.count() != null) {
        writer.name("@odata.count").value(list.count());
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(ODataList: envelope or bare array)";
    }
  }
}
