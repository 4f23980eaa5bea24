package io.workbridge.servicechannel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.ApiError;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.spi.http.ErrorResponse;
import io.workbridge.servicechannel.StatusNotAllowedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The error envelope in all the shapes ServiceChannel sends. */
class ScErrorParserTest {
  private final ScErrorParser parser = new ScErrorParser();

  private static ErrorResponse response(int status, String operation, String body, Map<String, List<String>> headers) {
    return new ErrorResponse(status, operation, headers, body);
  }

  @Test
  void parse_errorCodeAsName_normalizedToNumber() {
    ErrorResponse r =
        response(400, "workorders.changeStatus", "{\"ErrorCodes\":[\"InvalidWoStatus\"],\"ErrorCode\":\"InvalidWoStatus\",\"ErrorMessage\":\"Invalid status\",\"Data\":{\"x\":1}}", Map.of());
    ApiError error = parser.parse(r);
    assertThat(error.errorCode()).contains("904");
    assertThat(error.errorMessage()).contains("Invalid status");
    assertThat(parser.toException(error, r)).isInstanceOf(StatusNotAllowedException.class);
  }

  @Test
  void parse_onlyErrorCodesArrayOfNumbers_firstCodeUsed() {
    ApiError error = parser.parse(response(400, "notes.list", "{\"ErrorCodes\":[922,503]}", Map.of()));
    assertThat(error.errorCode()).contains("922");
  }

  @Test
  void parse_throttlingReason_rateLimitedWithRetryAfter() {
    ErrorResponse r =
        response(429, "workorders.list", "{\"Reason\":\"Request has been throttled.\"}", Map.of("Retry-After", List.of("12")));
    ApiError error = parser.parse(r);
    assertThat(error.errorMessage()).contains("Request has been throttled.");
    RuntimeException e = parser.toException(error, r);
    assertThat(e).isInstanceOfSatisfying(
        RateLimitedException.class, rl -> assertThat(rl.retryAfter()).contains(Duration.ofSeconds(12)));
  }

  @Test
  void parse_htmlOrEmptyBody_onlyStatus() {
    ApiError html = parser.parse(response(502, "workorders.get", "<html>Bad gateway</html>", Map.of()));
    assertThat(html.errorCode()).isEmpty();
    assertThat(parser.parse(response(500, "workorders.get", "", Map.of())).errorMessage()).isEmpty();
  }
}
