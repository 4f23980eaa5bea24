package io.workbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parse_numbers_integralAsLongOthersAsBigDecimal() {
    Object tree = Json.parse("{\"id\":2147483648,\"nte\":12.50,\"exp\":1e3,\"huge\":123456789012345678901}");

    assertThat(tree)
        .isEqualTo(
            Map.of(
                "id", 2147483648L,
                "nte", new BigDecimal("12.50"),
                "exp", new BigDecimal("1e3"),
                "huge", new BigDecimal("123456789012345678901")));
  }

  @Test
  void write_tree_roundTripsAndKeepsOrder() {
    Map<String, Object> tree =
        Json.obj(
            "z", 1L,
            "a", Json.arr("x", null, true),
            "amount", new BigDecimal("10.10"),
            "when", Instant.parse("2026-01-15T12:00:00Z"),
            "maybe", Optional.empty(),
            "kind", Thread.State.NEW);

    String json = Json.write(tree);

    assertThat(json)
        .isEqualTo(
            "{\"z\":1,\"a\":[\"x\",null,true],\"amount\":10.10,\"when\":\"2026-01-15T12:00:00Z\","
                + "\"maybe\":null,\"kind\":\"NEW\"}");
    assertThat(Json.parse(json)).isInstanceOf(Map.class);
  }

  @Test
  void parse_malformed_illegalArgument() {
    assertThatThrownBy(() -> Json.parse("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{} []")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void obj_oddArguments_rejected() {
    assertThatThrownBy(() -> Json.obj("a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.obj(1, "a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_unsupportedType_rejected() {
    assertThatThrownBy(() -> Json.write(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonObject_typedGetters_convertAndRejectWithApiError() {
    JsonObject body =
        new JsonObject(
            (Map<String, Object>)
                Json.parse(
                    "{\"id\":\"42\",\"name\":\"x\",\"nested\":{\"ok\":true},\"items\":[{\"n\":1}],\"amt\":\"3.10\"}"));

    assertThat(body.requireLong("id")).isEqualTo(42L);
    assertThat(body.requireString("name")).isEqualTo("x");
    assertThat(body.requireObject("nested").optBoolean("ok")).contains(true);
    assertThat(body.objects("items")).hasSize(1);
    assertThat(body.optDecimal("amt")).contains(new BigDecimal("3.10"));
    assertThat(body.optString("missing")).isEmpty();
    assertThatThrownBy(() -> body.requireString("missing"))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.fieldErrors()).containsKey("missing");
            });
    assertThatThrownBy(() -> body.requireString("nested"))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> body.requireLong("name")).isInstanceOf(ApiError.class);
  }
}
