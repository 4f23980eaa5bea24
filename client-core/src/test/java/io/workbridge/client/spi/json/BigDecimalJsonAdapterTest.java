package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.workbridge.client.InvalidResponseException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BigDecimalJsonAdapterTest {
  private final JsonAdapter<BigDecimal> adapter = JsonSupport.moshi().adapter(BigDecimal.class);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0.1                                 | 0.1",
      "1234.10                             | 1234.10",
      "'\"1234.10\"'                       | 1234.10",
      "'\" 99.95 \"'                       | 99.95",
      "-0.005                              | -0.005",
      "12345678901234567890.123456789      | 12345678901234567890.123456789",
      "'\"12345678901234567890.123456789\"'| 12345678901234567890.123456789",
      "9007199254740993                    | 9007199254740993",
      "1e2                                 | 1E+2",
      "42                                  | 42"
  })
  void read_numberOrString_keepsTheExactValueAndScale(String json, String expected) {
    BigDecimal value = JsonSupport.fromJson(adapter, json, "invoices.get");

    assertThat(value).isEqualTo(new BigDecimal(expected));
    assertThat(value.scale()).isEqualTo(new BigDecimal(expected).scale());
  }

  @Test
  void read_nullOrBlankString_isNull() throws Exception {
    assertThat(adapter.fromJson("null")).isNull();
    assertThat(adapter.fromJson("\"\"")).isNull();
  }

  @Test
  void read_notANumber_isInvalidResponseWithPath() {
    JsonAdapter<List<BigDecimal>> list =
        JsonSupport.moshi().adapter(Types.newParameterizedType(List.class, BigDecimal.class));

    assertThatThrownBy(() -> JsonSupport.fromJson(list, "[\"1.00\", \"12,50\"]", "invoices.get"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$[1]"));
    assertThatThrownBy(() -> JsonSupport.fromJson(list, "[true]", "invoices.get"))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void write_isAPlainJsonNumber() {
    assertThat(adapter.toJson(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(adapter.toJson(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
    assertThat(adapter.toJson(new BigDecimal("1234.10"))).isEqualTo("1234.10");
    assertThat(adapter.toJson(null)).isEqualTo("null");
  }

  @Test
  void write_insideAnArray_isSeparatedCorrectly() {
    JsonAdapter<List<BigDecimal>> list =
        JsonSupport.moshi().adapter(Types.newParameterizedType(List.class, BigDecimal.class));

    assertThat(list.toJson(List.of(new BigDecimal("1.5"), new BigDecimal("2")))).isEqualTo("[1.5,2]");
  }
}
