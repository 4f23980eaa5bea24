package io.workbridge.client.http;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.ApiError;
import io.workbridge.client.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses an RFC 7807-like body: {"title", "traceId", "errors": {"field": ["message"]}}. */
final class TestErrorParser implements ErrorParser {
  private static final Moshi MOSHI = new Moshi.Builder().build();

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
      return error
          .withCode((String) body.get("type"), (String) body.get("title"))
          .withRequestId((String) body.get("traceId"))
          .withFieldErrors(fields);
    } catch (Exception unreadable) {
      return error;
    }
  }
}
