package io.workbridge.testkit.leads;

import io.workbridge.testkit.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The simulator's mutable state of one alert. Accessed only under the simulator's lock. */
final class SimAlert {
  /** The vendor renders times in the dealers' local offset (US Central here). */
  static final ZoneOffset VENDOR_OFFSET = ZoneOffset.ofHours(-6);

  final String id;
  final String accountId;
  final @Nullable String profileId;
  final String type;
  final String severity;
  String status;
  final Instant createdAt;
  Instant updatedAt;
  final @Nullable Instant preferredStart;
  final Map<String, @Nullable Object> member;
  final @Nullable Map<String, @Nullable Object> device;
  final Map<String, String> details = new LinkedHashMap<>();
  final String trade;
  final Set<String> removedFields = new LinkedHashSet<>();
  final List<Map<String, @Nullable Object>> outcomes = new ArrayList<>();

  SimAlert(
      String id,
      String accountId,
      @Nullable String profileId,
      String type,
      String severity,
      String status,
      Instant createdAt,
      @Nullable Instant preferredStart,
      Map<String, @Nullable Object> member,
      @Nullable Map<String, @Nullable Object> device,
      Map<String, String> details,
      String trade) {
    this.id = id;
    this.accountId = accountId;
    this.profileId = profileId;
    this.type = type;
    this.severity = severity;
    this.status = status;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.preferredStart = preferredStart;
    this.member = member;
    this.device = device;
    this.details.putAll(details);
    this.trade = trade;
  }

  /** The contract's JSON shape, minus any fields a test removed. */
  Map<String, @Nullable Object> toJson() {
    Map<String, @Nullable Object> json =
        Json.obj(
            "id", id,
            "accountId", accountId,
            "profileId", profileId,
            "type", type,
            "severity", severity,
            "status", status,
            "createdAt", time(createdAt),
            "updatedAt", time(updatedAt),
            "preferredStart", preferredStart == null ? null : time(preferredStart),
            "member", deepCopy(member),
            "device", device == null ? null : deepCopy(device),
            "details", new LinkedHashMap<>(details),
            "trade", trade);
    for (String path : removedFields) {
      remove(json, path.split("\\."));
    }
    return json;
  }

  /** RFC 3339 with the vendor's offset and always with seconds ({@code OffsetDateTime.toString()} drops ":00"). */
  static String time(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, VENDOR_OFFSET));
  }

  @SuppressWarnings("unchecked")
  private static void remove(Map<String, @Nullable Object> json, String[] path) {
    Map<String, @Nullable Object> node = json;
    for (int i = 0; i < path.length - 1; i++) {
      Object child = node.get(path[i]);
      if (!(child instanceof Map)) {
        return;
      }
      node = (Map<String, @Nullable Object>) child;
    }
    node.remove(path[path.length - 1]);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> deepCopy(Map<String, @Nullable Object> source) {
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    source.forEach(
        (key, value) ->
            copy.put(key, value instanceof Map ? deepCopy((Map<String, @Nullable Object>) value) : value));
    return copy;
  }
}
