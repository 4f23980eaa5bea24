package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RawJson;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

public class DecodedJsonAdapterFactoryTest {
  public record Item(long id, @Nullable String name) {}

  public record Envelope(@Nullable List<Decoded<Item>> data, @Nullable String continueFrom) {}

  private final JsonAdapter<Envelope> adapter = JsonSupport.moshi().adapter(Envelope.class);

  @Test
  void aWrongTypedRecordIsMalformedWithItsRawJsonAndPathWhileTheRestIsRead() {
    Envelope page = JsonSupport.fromJson(adapter,
        "{\"data\":[{\"id\":1,\"name\":\"a\"},{\"id\":\"x7\",\"name\":\"b\"}, {\"id\":3}],\"continueFrom\":\"t2\"}",
        "items.export");

    assertThat(page.continueFrom()).isEqualTo("t2");
    assertThat(page.data()).hasSize(3);
    assertThat(page.data().get(0)).isInstanceOf(Decoded.Value.class);
    assertThat(((Decoded.Value<Item>) page.data().get(0)).value().id()).isEqualTo(1);
    Decoded.Malformed<Item> bad = (Decoded.Malformed<Item>) page.data().get(1);
    assertThat(bad.payload()).isEqualTo("{\"id\":\"x7\",\"name\":\"b\"}");
    assertThat(bad.jsonPath()).isEqualTo("$.data[1].id");
    assertThat(bad.problem()).contains("Expected a long");
    assertThat(bad.reason()).startsWith("$.data[1].id: ");
    assertThat(RawJson.member(bad.payload(), "id")).contains("x7");
    assertThat(RawJson.longMember(bad.payload(), "id")).isEmpty();
    assertThat(page.data().get(2).jsonPath()).isEqualTo("$.data[2]");
    assertThatThrownBy(() -> bad.orThrow("items.export"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("$.data[1].id");
  }

  @Test
  void aMappingStepThatFindsTheRecordUnusableMakesItMalformed() {
    Decoded<Item> value = new Decoded.Value<>(new Item(4, "lots"), "{\"id\":4,\"name\":\"lots\"}", "$.value[0]");

    Decoded<Long> mapped = value.map((item, path) -> {
      throw new InvalidResponseException("items.list", path + ".name", "not a number: lots", null);
    });

    assertThat(mapped).isInstanceOf(Decoded.Malformed.class);
    assertThat(((Decoded.Malformed<Long>) mapped).reason()).isEqualTo("$.value[0].name: not a number: lots");
    assertThat(mapped.payload()).isEqualTo("{\"id\":4,\"name\":\"lots\"}");
    assertThat(value.map(Decoded.step(Item::id)).orThrow("op")).isEqualTo(4L);
  }

  @Test
  void rawMembersAreReadLoosely() {
    assertThat(RawJson.longMember("{\"a\":[1],\"Id\":\"12\"}", "Id")).hasValue(12);
    assertThat(RawJson.longMember("[1]", "Id")).isEmpty();
    assertThat(RawJson.member("not json", "Id")).isEmpty();
  }

  @Test
  void theListTypeResolves() {
    assertThat(JsonSupport.moshi().adapter(Types.newParameterizedType(List.class,
        Types.newParameterizedType(Decoded.class, Item.class)))).isNotNull();
  }
}
