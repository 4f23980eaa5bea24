package io.workbridge.servicechannel.webhook;

import com.squareup.moshi.JsonReader;
import io.workbridge.servicechannel.internal.ScDates;
import io.workbridge.servicechannel.internal.Values;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Parses webhook bodies into {@link WebhookEvent}s. Unknown fields are ignored, missing ones stay empty,
 * numbers may come as strings; an empty body is a ping. Thread-safe.
 */
public final class WebhookEvents {
  private WebhookEvents() {}

  /**
   * Parses a body.
   *
   * @param rawBody the request body as received
   * @return the event, or empty when the body is not a JSON object (answer 2xx anyway and log it)
   */
  public static Optional<WebhookEvent> parse(byte[] rawBody) {
    String key = sha256(rawBody);
    String text = new String(rawBody, StandardCharsets.UTF_8).trim();
    if (text.isEmpty()) {
      return Optional.of(
          WebhookEvent.builder().eventType("").test(true).deduplicationKey(key).build());
    }
    Map<String, Object> envelope;
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      reader.setLenient(true);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return Optional.empty();
      }
      Object value = reader.readJsonValue();
      if (!(value instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      envelope = stringKeys(map);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    Map<String, Object> object =
        envelope.get("Object") instanceof Map<?, ?> o ? stringKeys(o) : Map.of();
    WebhookEvent.Builder event =
        WebhookEvent.builder()
            .eventType(string(envelope.get("EventType")).orElse(""))
            .action(string(envelope.get("Action")))
            .type(string(envelope.get("Type")))
            .object(object)
            .deduplicationKey(key)
            .test("WebhookTest".equalsIgnoreCase(string(object.get("Source")).orElse("")));
    Values.integer(envelope.get("Version")).ifPresent(event::version);
    OptionalLong id = id(object.get("Id"));
    id.ifPresent(event::objectId);
    String eventType = string(envelope.get("EventType")).orElse("");
    OptionalLong workOrderId = id(object.get("WorkOrderId"));
    if (workOrderId.isEmpty() && eventType.startsWith("WorkOrder") && !eventType.startsWith("WorkOrderCheck")) {
      workOrderId = id;
    }
    if (workOrderId.isEmpty()) {
      workOrderId = id(object.get("WoTrackingNumber"));
    }
    workOrderId.ifPresent(event::workOrderId);
    id(object.get("SubscriberId")).ifPresent(event::subscriberId);
    id(object.get("ProviderId")).ifPresent(event::providerId);
    if (object.get("Status") instanceof Map<?, ?> status) {
      Optional<String> primary = string(status.get("Primary"));
      primary.ifPresent(p -> event.status(WorkOrderStatus.of(p, string(status.get("Extended")).orElse(""))));
    } else if (object.get("WorkorderStatus") instanceof String status) {
      event.status(WorkOrderStatus.of(status, ""));
    }
    Optional<java.time.Instant> updated =
        ScDates.parse(string(object.get("UpdatedDate_DTO")).orElse(null), null)
            .or(() -> ScDates.parse(string(object.get("UpdatedDate")).orElse(null), null))
            .or(() -> ScDates.parse(string(object.get("DateDTO")).orElse(null), null));
    event.updatedAt(updated);
    return Optional.of(event.build());
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k.toString(), v);
          }
        });
    return copy;
  }

  private static Optional<String> string(@Nullable Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return Optional.of(s);
    }
    if (value instanceof Number n) {
      return Optional.of(Values.decimal(n).map(d -> d.stripTrailingZeros().toPlainString()).orElse(n.toString()));
    }
    return Optional.empty();
  }

  private static OptionalLong id(@Nullable Object value) {
    return Values.decimal(value)
        .filter(d -> d.signum() > 0)
        .map(d -> OptionalLong.of(d.longValue()))
        .orElse(OptionalLong.empty());
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
