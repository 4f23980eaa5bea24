package io.workbridge.leads.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.workbridge.client.ApiError;
import io.workbridge.client.spi.http.ErrorParser;
import io.workbridge.client.spi.http.ErrorResponse;
import io.workbridge.leads.IllegalAlertTransitionException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the contract's error body {@code {"error":{"code","message","requestId"}}}; the request id falls
 * back to an {@code X-Request-Id} header. A 409 becomes {@link IllegalAlertTransitionException}.
 */
public final class LeadsErrorParser implements ErrorParser {

  /** {@code {"error":{...}}}. */
  public record ErrorEnvelope(@Nullable ErrorBody error) {}

  /** {@code {"code","message","requestId"}}. */
  public record ErrorBody(@Nullable String code, @Nullable String message, @Nullable String requestId) {}

  private final JsonAdapter<ErrorEnvelope> adapter;

  /** Creates the parser on the client's Moshi. */
  public LeadsErrorParser(Moshi moshi) {
    this.adapter = moshi.adapter(ErrorEnvelope.class);
  }

  @Override
  public ApiError parse(ErrorResponse response) {
    ApiError error =
        ApiError.of(response.statusCode(), response.operation())
            .withBodyExcerpt(response.bodyExcerpt())
            .withRequestId(response.header("X-Request-Id").orElse(null));
    ErrorBody body = read(response.body());
    if (body == null) {
      return error;
    }
    error = error.withCode(blankToNull(body.code()), blankToNull(body.message()));
    String requestId = blankToNull(body.requestId());
    return requestId != null ? error.withRequestId(requestId) : error;
  }

  @Override
  public RuntimeException toException(ApiError error, ErrorResponse response) {
    if (error.statusCode() == 409) {
      return new IllegalAlertTransitionException(error);
    }
    return ErrorParser.standardException(error, response);
  }

  private @Nullable ErrorBody read(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      ErrorEnvelope envelope = adapter.fromJson(body);
      return envelope == null ? null : envelope.error();
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
