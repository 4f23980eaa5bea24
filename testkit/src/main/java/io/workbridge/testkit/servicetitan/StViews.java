package io.workbridge.testkit.servicetitan;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Turning stored records into responses and request bodies into stored fields. */
final class StViews {
  static final String EXTERNAL_GUID = "_externalDataGuid";

  private StViews() {}

  /**
   * A record as the API shows it: hidden fields dropped, {@code externalData} shown only to the
   * application whose GUID is passed as {@code externalDataApplicationGuid}.
   */
  static Map<String, @Nullable Object> view(Map<String, @Nullable Object> row, SimRequest request) {
    Map<String, @Nullable Object> shown = new LinkedHashMap<>();
    row.forEach(
        (key, value) -> {
          if (!key.startsWith("_")) {
            shown.put(key, value);
          }
        });
    if (row.containsKey("externalData")) {
      Optional<String> guid = request.query("externalDataApplicationGuid").or(() -> writtenGuid(request));
      boolean visible = guid.isPresent() && guid.get().equalsIgnoreCase(String.valueOf(row.get(EXTERNAL_GUID)));
      shown.put("externalData", visible ? row.get("externalData") : List.of());
    }
    return shown;
  }

  /** The application GUID of external data written by this request (a create or update answer shows it). */
  private static Optional<String> writtenGuid(SimRequest request) {
    if (request.method().equals("GET") || !(request.bodyJson() instanceof Map<?, ?> body)) {
      return Optional.empty();
    }
    return body.get("externalData") instanceof Map<?, ?> data && data.get("applicationGuid") != null
        ? Optional.of(String.valueOf(data.get("applicationGuid")))
        : Optional.empty();
  }

  static List<Map<String, @Nullable Object>> views(List<Map<String, @Nullable Object>> rows, SimRequest request) {
    return rows.stream().map(row -> view(row, request)).toList();
  }

  /** Copies the named fields present in the body into the record. */
  static void copy(JsonObject body, Map<String, @Nullable Object> row, String... fields) {
    for (String field : fields) {
      if (body.has(field)) {
        row.put(field, body.asMap().get(field));
      }
    }
  }

  /** Stores {@code externalData} (create or update with {@code patchMode}) from a body, if present. */
  @SuppressWarnings("unchecked")
  static void externalData(JsonObject body, Map<String, @Nullable Object> row) {
    Optional<JsonObject> data = body.optObject("externalData");
    if (data.isEmpty()) {
      row.putIfAbsent("externalData", new ArrayList<>());
      return;
    }
    String guid = data.get().optString("applicationGuid").orElse("");
    new StErrors.Check()
        .require(!guid.isBlank(), "externalData.applicationGuid", "The applicationGuid field is required.")
        .require(data.get().has("externalData"), "externalData.externalData", "The externalData field is required.")
        .throwIfAny();
    List<Map<String, @Nullable Object>> entries = new ArrayList<>();
    String mode = data.get().optString("patchMode").orElse("Replace");
    if ("Merge".equalsIgnoreCase(mode) && row.get("externalData") instanceof List<?> existing) {
      for (Object entry : existing) {
        entries.add(new LinkedHashMap<>((Map<String, @Nullable Object>) entry));
      }
    }
    for (JsonObject entry : data.get().objects("externalData")) {
      String key = entry.requireString("key");
      entries.removeIf(e -> key.equals(e.get("key")));
      entries.add(new LinkedHashMap<>(Map.of("key", key, "value", entry.requireString("value"))));
    }
    row.put("externalData", entries);
    row.put(EXTERNAL_GUID, guid);
  }

  static long id(Map<String, @Nullable Object> row) {
    return ((Number) row.get("id")).longValue();
  }

  static @Nullable Long optLong(Map<String, @Nullable Object> row, String field) {
    Object value = row.get(field);
    return value == null ? null : ((Number) value).longValue();
  }

  static ApiError notFound(String what, long id) {
    return new ApiError(404, null, what + " with id " + id + " was not found.");
  }

  static ApiError conflict(String message) {
    return new ApiError(409, null, message);
  }
}
