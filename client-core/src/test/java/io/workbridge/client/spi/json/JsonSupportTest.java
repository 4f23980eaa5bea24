package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.TransportException;
import io.workbridge.client.spi.json.testmodel.NoteDto;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class JsonSupportTest {
  private final JsonAdapter<NoteDto> notes = JsonSupport.moshi().adapter(NoteDto.class);

  @Test
  void fromJson_emptyBody_isInvalidResponse() {
    assertThatThrownBy(() -> JsonSupport.fromJson(notes, "", "notes.get"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.operation()).isEqualTo("notes.get");
          assertThat(e.getMessage()).contains("empty or truncated");
        });
  }

  @Test
  void fromJson_jsonNull_isInvalidResponse() {
    assertThatThrownBy(() -> JsonSupport.fromJson(notes, "null", "notes.get"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$"));
  }

  @Test
  void fromJson_trailingContent_isInvalidResponse() {
    assertThatThrownBy(() -> JsonSupport.fromJson(notes, "{\"text\":\"a\"} {\"text\":\"b\"}", "notes.get"))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void fromJson_htmlInsteadOfJson_isInvalidResponseSayingMalformed() {
    assertThatThrownBy(() -> JsonSupport.fromJson(notes, "<html><body>Login</body></html>", "notes.get"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.getMessage()).contains("malformed JSON");
          assertThat(e.getCause()).isInstanceOf(JsonEncodingException.class);
        });
  }

  @Test
  void fromJson_ioFailureWhileReading_isTransportException() {
    BufferedSource failing = Okio.buffer(new ForwardingSource(new Buffer().writeUtf8("{\"text\":")) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        throw new SocketTimeoutException("read timed out");
      }
    });

    assertThatThrownBy(() -> JsonSupport.fromJson(notes, failing, "notes.get"))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestMaybeSent()).isTrue());
  }

  @Test
  void newMoshiBuilder_clientAdaptersTakePrecedence() throws Exception {
    JsonAdapter<Instant> epochSeconds = new JsonAdapter<>() {
      @Override
      public Instant fromJson(JsonReader reader) throws IOException {
        return Instant.ofEpochSecond(reader.nextLong());
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
        writer.value(value == null ? null : value.getEpochSecond());
      }
    };
    Moshi moshi = JsonSupport.newMoshiBuilder().add(Instant.class, epochSeconds).build();

    assertThat(moshi.adapter(Instant.class).fromJson("1709287200")).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
  }

  @Test
  void jsonFailures_extractThePathFromMoshiMessages() {
    assertThat(JsonFailures.jsonPath("Expected a string but was NUMBER at path $.data[3].total"))
        .contains("$.data[3].total");
    assertThat(JsonFailures.jsonPath("Required value 'id' missing at $.data[0]")).contains("$.data[0]");
    assertThat(JsonFailures.jsonPath("no path here")).isEmpty();
  }

  @Test
  void jsonFailures_recogniseParseFailures() {
    assertThat(JsonFailures.isParseFailure(new JsonDataException("x"))).isTrue();
    assertThat(JsonFailures.isParseFailure(new JsonEncodingException("x"))).isTrue();
    assertThat(JsonFailures.isParseFailure(new EOFException("End of input"))).isTrue();
    assertThat(JsonFailures.isParseFailure(new EOFException("\\n not found: limit=0"))).isFalse();
    assertThat(JsonFailures.isParseFailure(new SocketTimeoutException())).isFalse();
  }

  @Test
  void jsonFailures_toInvalidResponse_namesOperationAndPathWithoutPathInTheProblemText() {
    InvalidResponseException e = JsonFailures.toInvalidResponse(
        "jobs.get", new JsonDataException("Expected a long but was STRING at path $.id"));

    assertThat(e.operation()).isEqualTo("jobs.get");
    assertThat(e.jsonPath()).contains("$.id");
    assertThat(e.getMessage()).isEqualTo("Invalid response to jobs.get at $.id: Expected a long but was STRING");
  }
}
