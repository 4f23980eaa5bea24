package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

public class OptionalJsonAdapterFactoryTest {
  private final Moshi moshi = JsonSupport.newMoshiBuilder().build();

  /** A record wire DTO, as a client may use instead of an Immutables model (Moshi needs it public). */
  public record AlertRecord(
      String id,
      Optional<String> profileId,
      @Json(name = "updatedAt") OffsetDateTime updated,
      Optional<BigDecimal> amount) {
    public AlertRecord {
      // Moshi passes null for a missing component: records normalize absent Optionals themselves.
      profileId = profileId == null ? Optional.empty() : profileId;
      amount = amount == null ? Optional.empty() : amount;
    }
  }

  @Test
  void optional_nullReadsEmptyAndEmptyWritesNull() throws Exception {
    JsonAdapter<Optional<String>> adapter = moshi.adapter(Types.newParameterizedType(Optional.class, String.class));

    assertThat(adapter.fromJson("null")).isEmpty();
    assertThat(adapter.fromJson("\"x\"")).contains("x");
    assertThat(adapter.toJson(Optional.empty())).isEqualTo("null");
    assertThat(adapter.toJson(Optional.of("x"))).isEqualTo("\"x\"");
  }

  @Test
  void optional_ofListAndOfDecimal_useTheInnerAdapters() throws Exception {
    JsonAdapter<Optional<List<BigDecimal>>> adapter = moshi.adapter(
        Types.newParameterizedType(Optional.class, Types.newParameterizedType(List.class, BigDecimal.class)));

    assertThat(adapter.fromJson("[\"1.10\", 2]")).contains(List.of(new BigDecimal("1.10"), new BigDecimal("2")));
  }

  @Test
  void primitiveOptionals_readAndWrite() throws Exception {
    assertThat(moshi.adapter(OptionalInt.class).fromJson("7")).isEqualTo(OptionalInt.of(7));
    assertThat(moshi.adapter(OptionalInt.class).fromJson("null")).isEqualTo(OptionalInt.empty());
    assertThat(moshi.adapter(OptionalLong.class).fromJson("2147483650")).isEqualTo(OptionalLong.of(2_147_483_650L));
    assertThat(moshi.adapter(OptionalDouble.class).fromJson("1.5")).isEqualTo(OptionalDouble.of(1.5));
    assertThat(moshi.adapter(OptionalLong.class).toJson(OptionalLong.of(5))).isEqualTo("5");
    assertThat(moshi.adapter(OptionalLong.class).toJson(OptionalLong.empty())).isEqualTo("null");
  }

  @Test
  void record_withOptionalsDatesAndUnknownFields_reads() {
    JsonAdapter<AlertRecord> adapter = moshi.adapter(AlertRecord.class);

    AlertRecord full = JsonSupport.fromJson(adapter,
        "{\"id\":\"a1\",\"profileId\":\"p1\",\"updatedAt\":\"2024-03-01T10:15:30.1234567+02:00\","
            + "\"amount\":\"12.50\",\"brandNew\":{\"x\":1}}",
        "alerts.get");
    AlertRecord sparse = JsonSupport.fromJson(adapter,
        "{\"id\":\"a2\",\"updatedAt\":\"2024-03-01T10:15:30\",\"amount\":null}", "alerts.get");

    assertThat(full.profileId()).contains("p1");
    assertThat(full.updated()).isEqualTo(OffsetDateTime.of(2024, 3, 1, 10, 15, 30, 123_456_700, ZoneOffset.ofHours(2)));
    assertThat(full.amount()).contains(new BigDecimal("12.50"));
    assertThat(sparse.profileId()).isEmpty();
    assertThat(sparse.amount()).isEmpty();
    assertThat(sparse.updated().getOffset()).isEqualTo(ZoneOffset.UTC);
  }
}
