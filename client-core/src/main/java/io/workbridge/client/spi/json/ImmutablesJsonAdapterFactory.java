package io.workbridge.client.spi.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moshi bridge for Immutables value types ({@code @Value.Immutable} interfaces or abstract classes with a
 * generated {@code ImmutableX} and its builder; the style must keep the default {@code Immutable*} naming
 * and must not use {@code strictBuilder} or staged builders).
 *
 * <p>Reading goes property by property into a fresh {@code ImmutableX} builder and ends with {@code
 * build()}, so Immutables' own null checks and {@code @Value.Check} run and collections come out
 * unmodifiable. The adapter for each property is the one Moshi resolves for the accessor's declared type
 * (type variables of generic models resolved), honouring {@code @Json(name = ...)}, {@code @Json(ignore =
 * true)} and {@code @JsonQualifier} annotations on the accessor.
 *
 * <ul>
 *   <li>Unknown properties are skipped.
 *   <li>A missing or {@code null} property leaves an {@code Optional} empty, a collection empty and a
 *       {@code @Value.Default} at its default; for any other (required) attribute it is a {@link
 *       JsonDataException} naming the JSON path — also for primitives, which a reflective reader would
 *       silently leave at 0.
 *   <li>A failed check is a {@link JsonDataException} naming the path of the object.
 *   <li>Writing emits every settable attribute; empty {@code Optional}s are written as {@code null} and so
 *       omitted unless the writer serializes nulls. Derived and lazy attributes are not written.
 * </ul>
 *
 * <p>Why not Moshi's reflective reader on the generated class followed by {@code builder().from(raw)}:
 * {@code from()} copies the raw {@code null}s over {@code @Value.Default}s and fails on them, a missing
 * primitive would read as 0 unnoticed, and {@code @Json} names on accessors are not visible on generated
 * fields. Building through the setters avoids all three.
 */
final class ImmutablesJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    ImmutableModel model = ImmutableModel.of(Types.getRawType(type));
    if (model == null) {
      return null;
    }
    List<ImmutableModel.Attribute> attributes =
        model.attributes().stream().filter(attribute -> !attribute.ignored()).toList();
    @SuppressWarnings("unchecked")
    JsonAdapter<Object>[] adapters = new JsonAdapter[attributes.size()];
    for (int i = 0; i < adapters.length; i++) {
      ImmutableModel.Attribute attribute = attributes.get(i);
      Type attributeType = TypeResolution.resolve(type, attribute.accessor().getGenericReturnType());
      adapters[i] = moshi.adapter(attributeType, attribute.qualifiers(), attribute.javaName());
    }
    return new ImmutableJsonAdapter(model, attributes, adapters).nullSafe();
  }

  /** Reads and writes one Immutables type. */
  private static final class ImmutableJsonAdapter extends JsonAdapter<Object> {
    private final ImmutableModel model;
    private final List<ImmutableModel.Attribute> attributes;
    private final JsonAdapter<Object>[] adapters;
    private final JsonReader.Options names;

    ImmutableJsonAdapter(
        ImmutableModel model, List<ImmutableModel.Attribute> attributes, JsonAdapter<Object>[] adapters) {
      this.model = model;
      this.attributes = attributes;
      this.adapters = adapters;
      this.names = JsonReader.Options.of(
          attributes.stream().map(ImmutableModel.Attribute::jsonName).toArray(String[]::new));
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String objectPath = reader.getPath();
      Object builder = model.newBuilder();
      boolean[] present = new boolean[attributes.size()];
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        if (index < 0) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        ImmutableModel.Attribute attribute = attributes.get(index);
        String valuePath = reader.getPath();
        Object value = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : adapters[index].fromJson(reader);
        if (value == null) {
          if (attribute.required()) {
            throw new JsonDataException(
                "Non-null value '" + attribute.jsonName() + "' was null at path " + valuePath);
          }
          continue; // absent: the Optional stays empty, the collection empty, the default applies
        }
        present[index] = true;
        try {
          model.set(attribute, builder, value);
        } catch (RuntimeException e) {
          throw new JsonDataException(describe(e) + " at path " + valuePath, e);
        }
      }
      reader.endObject();
      for (int i = 0; i < present.length; i++) {
        if (!present[i] && attributes.get(i).required()) {
          throw new JsonDataException("Required value '" + attributes.get(i).jsonName() + "' missing at path "
              + objectPath + "." + attributes.get(i).jsonName());
        }
      }
      try {
        return model.build(builder);
      } catch (RuntimeException e) {
        throw new JsonDataException(
            "Invalid " + model.abstractType().getSimpleName() + " (" + describe(e) + ") at path " + objectPath, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      for (int i = 0; i < attributes.size(); i++) {
        writer.name(attributes.get(i).jsonName());
        adapters[i].toJson(writer, model.get(attributes.get(i), value));
      }
      writer.endObject();
    }

    private static String describe(RuntimeException e) {
      String message = e.getMessage();
      return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + model.abstractType().getSimpleName() + " via Immutables builder)";
    }
  }
}
