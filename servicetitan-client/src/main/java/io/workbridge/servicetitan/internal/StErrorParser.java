package io.workbridge.servicetitan.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.workbridge.client.ApiError;
import io.workbridge.client.FieldError;
import io.workbridge.client.http.ErrorParser;
import io.workbridge.client.http.ErrorResponse;
import io.workbridge.servicetitan.ServiceTitanConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads ServiceTitan's RFC 7807-style error body ({@code type}, {@code title}, {@code status},
 * {@code traceId}, {@code errors: {field: [messages]}}) and the gateway's {@code {statusCode, message}}
 * shape used for 429s. 409 becomes {@link ServiceTitanConflictException}.
 */
public final class StErrorParser implements ErrorParser {
  private static final JsonAdapter<Map<String, Object>> MAP =
      StJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  @Override
  public ApiError parse(ErrorResponse response) {
    ApiError error =
        ApiError.of(response.statusCode(), response.operation()).withBodyExcerpt(response.bodyExcerpt());
    Map<String, Object> body = readBody(response.body());
    String traceId = text(body == null ? null : body.get("traceId"));
    if (traceId == null) {
      traceId = response.header("traceparent").orElse(null);
    }
    error = error.withRequestId(traceId);
    if (body == null) {
      return error;
    }
    String title = text(body.get("title"));
    if (title == null) {
      title = text(body.get("message"));
    }
    error = error.withCode(text(body.get("type")), title);
    return error.withFieldErrors(fieldErrors(body.get("errors")));
  }

  @Override
  public RuntimeException toException(ApiError error, ErrorResponse response) {
    if (error.statusCode() == 409) {
      return new ServiceTitanConflictException(error);
    }
    return ErrorParser.standardException(error, response);
  }

  private static @Nullable Map<String, Object> readBody(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return MAP.fromJson(body);
    } catch (Exception unreadable) {
      return null;
    }
  }

  private static List<FieldError> fieldErrors(@Nullable Object errors) {
    List<FieldError> result = new ArrayList<>();
    if (errors instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String field = String.valueOf(entry.getKey());
        Object messages = entry.getValue();
        if (messages instanceof List<?> list) {
          for (Object message : list) {
            if (message != null) {
              result.add(new FieldError(field, String.valueOf(message)));
            }
          }
        } else if (messages != null) {
          result.add(new FieldError(field, String.valueOf(messages)));
        }
      }
    }
    return result;
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value);
    return text.isBlank() ? null : text;
  }
}
