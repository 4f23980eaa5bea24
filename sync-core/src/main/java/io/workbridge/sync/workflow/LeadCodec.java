package io.workbridge.sync.workflow;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Device;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link Lead} into a self-contained text and back, for the held-lead store (LD-6) and the
 * quarantine (SDK-5): {@code key=value} pairs joined by {@code &}, URL-encoded, versioned by {@code
 * v=1}. Plain JDK, so sync-core needs no JSON library. The text holds personal data: never log it.
 */
final class LeadCodec {

  private static final String VERSION = "1";
  private static final String DETAIL = "details.";

  private LeadCodec() {}

  /** Encodes a lead. */
  static String encode(Lead lead) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("v", VERSION);
    fields.put("alertId", lead.alertId());
    fields.put("accountId", lead.accountId());
    lead.profileId().ifPresent(v -> fields.put("profileId", v));
    fields.put("type", lead.type());
    fields.put("severity", lead.severity());
    fields.put("status", lead.status());
    fields.put("trade", lead.trade());
    fields.put("submittedAt", lead.submittedAt().toString());
    fields.put("updatedAt", lead.updatedAt().toString());
    lead.scheduledAt().ifPresent(v -> fields.put("scheduledAt", v.toString()));
    Party member = lead.member();
    fields.put("member.name", member.name());
    member.firstName().ifPresent(v -> fields.put("member.firstName", v));
    member.lastName().ifPresent(v -> fields.put("member.lastName", v));
    member.phone().ifPresent(v -> fields.put("member.phone", v));
    member.email().ifPresent(v -> fields.put("member.email", v));
    member
        .address()
        .ifPresent(
            a -> {
              fields.put("address.street", a.street());
              a.unit().ifPresent(v -> fields.put("address.unit", v));
              fields.put("address.city", a.city());
              fields.put("address.state", a.state());
              fields.put("address.zip", a.zip());
              fields.put("address.country", a.country());
            });
    lead.device()
        .ifPresent(
            d -> {
              fields.put("device", "1");
              d.hubId().ifPresent(v -> fields.put("device.hubId", v));
              d.thermostatModel().ifPresent(v -> fields.put("device.thermostatModel", v));
              d.systemType().ifPresent(v -> fields.put("device.systemType", v));
            });
    lead.details().forEach((k, v) -> fields.put(DETAIL + k, v));
    StringBuilder text = new StringBuilder();
    fields.forEach(
        (k, v) -> {
          if (text.length() > 0) {
            text.append('&');
          }
          text.append(enc(k)).append('=').append(enc(v));
        });
    return text.toString();
  }

  /**
   * Decodes a lead encoded by {@link #encode}.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  static Lead decode(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("encoded lead has a field without '='");
      }
      fields.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
    }
    if (!VERSION.equals(fields.get("v"))) {
      throw new IllegalArgumentException("encoded lead has unsupported version " + fields.get("v"));
    }
    Lead.Builder lead =
        Lead.builder()
            .alertId(required(fields, "alertId"))
            .accountId(required(fields, "accountId"))
            .profileId(optional(fields, "profileId"))
            .type(required(fields, "type"))
            .severity(required(fields, "severity"))
            .status(required(fields, "status"))
            .trade(required(fields, "trade"))
            .submittedAt(instant(fields, "submittedAt"))
            .updatedAt(instant(fields, "updatedAt"));
    if (fields.containsKey("scheduledAt")) {
      lead.scheduledAt(instant(fields, "scheduledAt"));
    }
    Party.Builder member =
        Party.builder()
            .name(required(fields, "member.name"))
            .firstName(optional(fields, "member.firstName"))
            .lastName(optional(fields, "member.lastName"))
            .phone(optional(fields, "member.phone"))
            .email(optional(fields, "member.email"));
    if (fields.containsKey("address.street")) {
      member.address(
          Address.builder()
              .street(required(fields, "address.street"))
              .unit(optional(fields, "address.unit"))
              .city(required(fields, "address.city"))
              .state(required(fields, "address.state"))
              .zip(required(fields, "address.zip"))
              .country(required(fields, "address.country"))
              .build());
    }
    lead.member(member.build());
    if (fields.containsKey("device")) {
      lead.device(
          Device.builder()
              .hubId(optional(fields, "device.hubId"))
              .thermostatModel(optional(fields, "device.thermostatModel"))
              .systemType(optional(fields, "device.systemType"))
              .build());
    }
    fields.forEach(
        (k, v) -> {
          if (k.startsWith(DETAIL)) {
            lead.putDetail(k.substring(DETAIL.length()), v);
          }
        });
    return lead.build();
  }

  private static String required(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("encoded lead is missing " + name);
    }
    return value;
  }

  private static Optional<String> optional(Map<String, String> fields, String name) {
    return Optional.ofNullable(fields.get(name));
  }

  private static Instant instant(Map<String, String> fields, String name) {
    try {
      return Instant.parse(required(fields, name));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("encoded lead has an invalid " + name, e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String dec(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
