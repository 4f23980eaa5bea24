package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.workbridge.client.InvalidResponseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDateTimesTest {
  private final Moshi moshi = JsonSupport.newMoshiBuilder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-03-01T10:15:30                  | 2024-03-01T10:15:30Z",
      "2024-03-01T10:15:30Z                 | 2024-03-01T10:15:30Z",
      "2024-03-01T10:15:30z                 | 2024-03-01T10:15:30Z",
      "2024-03-01T10:15:30.1234567Z         | 2024-03-01T10:15:30.1234567Z",
      "2024-03-01T10:15:30.1Z               | 2024-03-01T10:15:30.100Z",
      "2024-03-01T10:15:30.123456789Z       | 2024-03-01T10:15:30.123456789Z",
      "2024-03-01T10:15:30.12+02:00         | 2024-03-01T08:15:30.120Z",
      "2024-03-01T10:15:30+0200             | 2024-03-01T08:15:30Z",
      "2024-03-01T10:15:30-04               | 2024-03-01T14:15:30Z",
      "2024-04-02T19:40:16.53-04:00         | 2024-04-02T23:40:16.530Z",
      "2024-03-01 10:15:30                  | 2024-03-01T10:15:30Z",
      "2024-03-01T10:15                     | 2024-03-01T10:15:00Z",
      "2024-03-01                           | 2024-03-01T00:00:00Z",
      "' 2024-03-01T10:15:30Z '             | 2024-03-01T10:15:30Z"
  })
  void parseInstant_acceptedShapes_giveTheInstant(String text, String expected) {
    assertThat(LenientDateTimes.parseInstant(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yesterday", "2024-13-01T00:00:00Z", "2024-03-01T25:00:00", "2024-03-01T10:15:30+",
      "10:15:30", "2024-03-01T10:15:30.Z", "1709287200"})
  void parseInstant_garbage_throws(String text) {
    assertThatThrownBy(() -> LenientDateTimes.parseInstant(text)).isInstanceOf(DateTimeException.class);
    assertThat(LenientDateTimes.isValid(text)).isFalse();
  }

  @Test
  void parseOffsetDateTime_keepsTheOffsetAndDefaultsToUtc() {
    assertThat(LenientDateTimes.parseOffsetDateTime("2024-04-02T19:40:16.53-04:00"))
        .isEqualTo(OffsetDateTime.of(2024, 4, 2, 19, 40, 16, 530_000_000, ZoneOffset.ofHours(-4)));
    assertThat(LenientDateTimes.parseOffsetDateTime("2021-07-07T07:38:59"))
        .isEqualTo(OffsetDateTime.of(2021, 7, 7, 7, 38, 59, 0, ZoneOffset.UTC));
  }

  @Test
  void parseLocalDateTime_keepsTheWallClockAndIgnoresTheOffset() {
    assertThat(LenientDateTimes.parseLocalDateTime("2021-07-07T15:38:59-04:00"))
        .isEqualTo(LocalDateTime.of(2021, 7, 7, 15, 38, 59));
    assertThat(LenientDateTimes.parseLocalDateTime("2021-07-07T15:38:59.1234567"))
        .isEqualTo(LocalDateTime.of(2021, 7, 7, 15, 38, 59, 123_456_700));
  }

  @Test
  void parseLocalDate_acceptsDatesAndDateTimes() {
    assertThat(LenientDateTimes.parseLocalDate("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(LenientDateTimes.parseLocalDate("2024-03-01T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void offsetOf_tellsWhetherTheValueHadAnOffset() {
    assertThat(LenientDateTimes.offsetOf("2024-03-01T10:15:30")).isNull();
    assertThat(LenientDateTimes.offsetOf("2024-03-01T10:15:30Z")).isEqualTo(ZoneOffset.UTC);
    assertThat(LenientDateTimes.offsetOf("2024-03-01T10:15:30+05:30")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
  }

  @Test
  void adapters_readLenientlyAndWriteIso() {
    JsonAdapter<Instant> instant = moshi.adapter(Instant.class);
    JsonAdapter<OffsetDateTime> offset = moshi.adapter(OffsetDateTime.class);
    JsonAdapter<LocalDateTime> local = moshi.adapter(LocalDateTime.class);
    JsonAdapter<LocalDate> date = moshi.adapter(LocalDate.class);

    assertThat(JsonSupport.fromJson(instant, "\"2024-03-01T10:15:30.12+02:00\"", "t"))
        .isEqualTo(Instant.parse("2024-03-01T08:15:30.12Z"));
    assertThat(instant.toJson(Instant.parse("2024-03-01T08:15:30.12Z"))).isEqualTo("\"2024-03-01T08:15:30.120Z\"");
    assertThat(offset.toJson(OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(-4))))
        .isEqualTo("\"2024-03-01T10:00:00-04:00\"");
    assertThat(local.toJson(LocalDateTime.of(2024, 3, 1, 10, 0, 5))).isEqualTo("\"2024-03-01T10:00:05\"");
    assertThat(date.toJson(LocalDate.of(2024, 3, 1))).isEqualTo("\"2024-03-01\"");
    assertThat(date.toJson(null)).isEqualTo("null");
  }

  @Test
  void adapters_nullAndBlank_readAsNull() throws Exception {
    JsonAdapter<Instant> instant = moshi.adapter(Instant.class);

    assertThat(instant.fromJson("null")).isNull();
    assertThat(instant.fromJson("\"  \"")).isNull();
  }

  @Test
  void adapters_numberInsteadOfString_isInvalidResponse() {
    JsonAdapter<Instant> instant = moshi.adapter(Instant.class);

    assertThatThrownBy(() -> JsonSupport.fromJson(instant, "1709287200", "alerts.get"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$"));
  }
}
