package io.workbridge.servicetitan.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.workbridge.client.ApiError;
import io.workbridge.client.FieldError;
import io.workbridge.client.spi.http.ErrorParser;
import io.workbridge.client.spi.http.ErrorResponse;
import io.workbridge.client.spi.json.JsonSupport;
import io.workbridge.servicetitan.ServiceTitanConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads ServiceTitan's RFC 7807-style error body ({@code type}, {@code title}, {@code status},
 * {@code traceId}, {@code errors: {field: [messages]}}, {@code data: {…}}) and the gateway's {@code
 * {statusCode, message}} shape used for 429s, whose message says how long to wait ("Rate limit is exceeded.
 * Try again in 5 seconds.") when no {@code Retry-After} header does. 409 becomes {@link
 * ServiceTitanConflictException}.
 */
public final class StErrorParser implements ErrorParser {
  private static final JsonAdapter<Map<String, Object>> MAP =
      StJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** "Try again in 5 seconds", "try again in 1 minute", "Try again in 0.5 seconds". */
  private static final Pattern WAIT =
      Pattern.compile("try again in (\\d+(?:\\.\\d+)?)\\s*(ms|milliseconds?|s|sec|seconds?|min|minutes?)\\b",
          Pattern.CASE_INSENSITIVE);

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
    return error.withFieldErrors(fieldErrors(body.get("errors"))).withData(data(body.get("data")));
  }

  @Override
  public @Nullable Duration retryAfterFromBody(String body) {
    Matcher wait = WAIT.matcher(body);
    if (!wait.find()) {
      return null;
    }
    double amount = Double.parseDouble(wait.group(1));
    String unit = wait.group(2).toLowerCase(Locale.ROOT);
    double millis = unit.startsWith("ms") || unit.startsWith("milli")
        ? amount
        : unit.startsWith("m") ? amount * 60_000 : amount * 1000;
    return Duration.ofMillis((long) Math.ceil(millis));
  }

  @Override
  public RuntimeException toException(ApiError error, ErrorResponse response) {
    if (error.statusCode() == 409) {
      return new ServiceTitanConflictException(error);
    }
    return ErrorParser.standardException(error, response, retryAfter(response));
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

  /** The problem's {@code data} object, each value as text (objects and lists as JSON). */
  private static Map<String, String> data(@Nullable Object data) {
    Map<String, String> details = new LinkedHashMap<>();
    if (data instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if (value != null) {
          details.put(String.valueOf(key), JsonSupport.text(value));
        }
      });
    }
    return details;
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
