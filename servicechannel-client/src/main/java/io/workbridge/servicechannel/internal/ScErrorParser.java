package io.workbridge.servicechannel.internal;

import com.squareup.moshi.JsonReader;
import io.workbridge.client.ApiError;
import io.workbridge.client.FieldError;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.spi.http.ErrorParser;
import io.workbridge.client.spi.http.ErrorResponse;
import io.workbridge.client.spi.json.JsonSupport;
import io.workbridge.servicechannel.InvoiceRejectedException;
import io.workbridge.servicechannel.PermissionDeniedException;
import io.workbridge.servicechannel.ServiceChannelErrorCodes;
import io.workbridge.servicechannel.StatusNotAllowedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads ServiceChannel error bodies: the {@code ErrorResponse} envelope ({@code ErrorCode} as a string or a
 * number, {@code ErrorCodes}, {@code ErrorMessage}, {@code Data}), the throttling body {@code {"Reason": …}},
 * and ASP.NET {@code {"Message": …, "ModelState": {…}}} validation bodies (whose entries become field
 * errors). {@code Data} is kept as the error's data (an object's members by name, anything else under {@code
 * Data}); an {@code Error-Message} header is the message when the body has none.
 */
public final class ScErrorParser implements ErrorParser {

  @Override
  public ApiError parse(ErrorResponse response) {
    ApiError error =
        ApiError.of(response.statusCode(), response.operation()).withBodyExcerpt(response.bodyExcerpt());
    Envelope envelope = read(response.body());
    String code = envelope.code;
    if (code == null && !envelope.codes.isEmpty()) {
      code = envelope.codes.get(0);
    }
    String message = envelope.message != null ? envelope.message : envelope.reason;
    error = error.withCode(code == null ? null : ServiceChannelErrorCodes.normalize(code), message);
    String requestId =
        response.header("X-Request-Id").or(() -> response.header("Request-Id")).orElse(null);
    return error
        .withRequestId(requestId)
        .withFieldErrors(envelope.fieldErrors)
        .withData(envelope.data)
        .withMessageIfAbsent(response.header("Error-Message").orElse(null));
  }

  @Override
  public RuntimeException toException(ApiError error, ErrorResponse response) {
    String code = error.errorCode().orElse("");
    if (error.statusCode() == 401 && ServiceChannelErrorCodes.SECURITY_PERMISSIONS.equals(code)) {
      return new PermissionDeniedException(
          error.withCode(
              code,
              "permission denied for "
                  + error.operation()
                  + " after renewing the token: the ServiceChannel user or the subscriber relationship"
                  + " lacks this permission"
                  + error.errorMessage().map(m -> " (" + m + ")").orElse("")));
    }
    if (error.statusCode() == 400 && error.operation().startsWith("invoices.create")) {
      return new InvoiceRejectedException(error);
    }
    if (error.statusCode() == 400 && ServiceChannelErrorCodes.LOCATION_NOT_FOUND.equals(code)) {
      return new NotFoundException(error);
    }
    if (error.statusCode() == 400 && ServiceChannelErrorCodes.INVALID_STATUS.equals(code)) {
      return new StatusNotAllowedException(error);
    }
    return ErrorParser.standardException(error, response, retryAfter(response));
  }

  private static Envelope read(String body) {
    Envelope envelope = new Envelope();
    if (body.isBlank()) {
      return envelope;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      reader.setLenient(true);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return envelope;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        switch (name) {
          case "ErrorCode" -> envelope.code = scalar(reader);
          case "ErrorCodes" -> envelope.codes.addAll(scalars(reader));
          case "ErrorMessage", "Message", "message" -> {
            String text = scalar(reader);
            if (envelope.message == null) {
              envelope.message = text;
            }
          }
          case "Reason" -> envelope.reason = scalar(reader);
          case "ModelState" -> envelope.fieldErrors.addAll(modelState(reader));
          case "Data" -> envelope.data.putAll(data(reader));
          default -> reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // Not JSON or not the expected shape: keep what was read; the status alone still tells the story.
    }
    return envelope;
  }

  private static @Nullable String scalar(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case STRING, NUMBER -> reader.nextString();
      case BOOLEAN -> String.valueOf(reader.nextBoolean());
      default -> {
        reader.skipValue();
        yield null;
      }
    };
  }

  private static List<String> scalars(JsonReader reader) throws IOException {
    List<String> values = new ArrayList<>();
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      String single = scalar(reader);
      if (single != null) {
        values.add(single);
      }
      return values;
    }
    reader.beginArray();
    while (reader.hasNext()) {
      String value = scalar(reader);
      if (value != null) {
        values.add(value);
      }
    }
    reader.endArray();
    return values;
  }

  /** {@code Data}: an object's members as text (nested values as JSON), a scalar under "Data", null nothing. */
  private static Map<String, String> data(JsonReader reader) throws IOException {
    Map<String, String> data = new LinkedHashMap<>();
    Object value = reader.readJsonValue();
    if (value instanceof Map<?, ?> members) {
      members.forEach((name, member) -> {
        if (member != null) {
          data.put(String.valueOf(name), JsonSupport.text(member));
        }
      });
    } else if (value != null) {
      data.put("Data", JsonSupport.text(value));
    }
    return data;
  }

  private static List<FieldError> modelState(JsonReader reader) throws IOException {
    List<FieldError> errors = new ArrayList<>();
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      reader.skipValue();
      return errors;
    }
    reader.beginObject();
    while (reader.hasNext()) {
      String field = reader.nextName();
      for (String message : scalars(reader)) {
        errors.add(new FieldError(field, message));
      }
    }
    reader.endObject();
    return errors;
  }

  private static final class Envelope {
    @Nullable String code;
    final List<String> codes = new ArrayList<>();
    @Nullable String message;
    @Nullable String reason;
    final List<FieldError> fieldErrors = new ArrayList<>();
    final Map<String, String> data = new LinkedHashMap<>();
  }
}
