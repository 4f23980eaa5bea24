package io.workbridge.client.spi.http;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.ApiError;
import io.workbridge.client.FieldError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses an RFC 7807-like body: {"title", "traceId", "errors": {"field": ["message"]}, "data": {…}}; reads
 * "Try again in N seconds" from a 429 body.
 */
final class TestErrorParser implements ErrorParser {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final Pattern WAIT = Pattern.compile("[Tt]ry again in (\\d+) seconds");

  @Override
  public @Nullable Duration retryAfterFromBody(String body) {
    Matcher matcher = WAIT.matcher(body);
    return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ApiError parse(ErrorResponse response) {
    ApiError error =
        ApiError.of(response.statusCode(), response.operation()).withBodyExcerpt(response.bodyExcerpt());
    try {
      Map<String, Object> body =
          MOSHI.<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
              .fromJson(response.body());
      if (body == null) {
        return error;
      }
      List<FieldError> fields = new ArrayList<>();
      Object errors = body.get("errors");
      if (errors instanceof Map<?, ?> map) {
        map.forEach((field, messages) -> ((List<Object>) messages).forEach(m -> fields.add(new FieldError(field.toString(), m.toString()))));
      }
      Map<String, String> data = new LinkedHashMap<>();
      if (body.get("data") instanceof Map<?, ?> details) {
        details.forEach((key, value) -> data.put(String.valueOf(key), String.valueOf(value)));
      }
      return error
          .withData(data)
          .withCode((String) body.get("type"), (String) body.get("title"))
          .withRequestId((String) body.get("traceId"))
          .withFieldErrors(fields);
    } catch (Exception unreadable) {
      return error;
    }
  }
}
