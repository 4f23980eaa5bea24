package io.workbridge.leads.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.spi.http.ApiCalls;
import io.workbridge.client.spi.json.LenientDateTimes;
import io.workbridge.leads.internal.WireRecords.AddressDto;
import io.workbridge.leads.internal.WireRecords.AlertDto;
import io.workbridge.leads.internal.WireRecords.DeviceDto;
import io.workbridge.leads.internal.WireRecords.MemberDto;
import io.workbridge.leads.model.Address;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.Device;
import io.workbridge.leads.model.Member;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Turns the vendor's alert JSON into {@link Alert}s. Each alert is parsed on its own from its raw text, so
 * that one broken alert in a feed page is reported with a specific reason (JSON path and problem) and its
 * payload, while the others are delivered.
 */
public final class AlertParser {
  private final JsonAdapter<AlertDto> alertAdapter;
  private final JsonAdapter<Map<String, Object>> looseAdapter;

  /** Creates the parser on the client's Moshi. */
  public AlertParser(Moshi moshi) {
    this.alertAdapter = moshi.adapter(AlertDto.class);
    this.looseAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  }

  /** One feed page as received: the raw text of each alert and the next cursor. */
  public record RawPage(List<String> items, @Nullable String nextCursor) {
    /** Copies the items. */
    public RawPage {
      items = List.copyOf(items);
    }
  }

  /** The outcome of parsing one alert. */
  public sealed interface Result {
    /** The raw JSON text of the alert. */
    String payload();
  }

  /**
   * An alert that fits the model.
   *
   * @param alert the alert
   * @param payload its raw JSON
   */
  public record Parsed(Alert alert, String payload) implements Result {}

  /**
   * An alert that does not fit the model.
   *
   * @param alertId its id, if it could be read
   * @param updatedAt its {@code updatedAt}, if it could be read
   * @param jsonPath where the problem is, e.g. {@code $.member.address.city}
   * @param problem what is wrong, e.g. {@code missing}
   * @param payload its raw JSON
   */
  public record Malformed(
      @Nullable String alertId,
      @Nullable Instant updatedAt,
      String jsonPath,
      String problem,
      String payload)
      implements Result {
    /** {@code "$.member.address.city: missing"}. */
    public String reason() {
      return jsonPath + ": " + problem;
    }
  }

  /**
   * Splits a feed page {@code {"data":[...],"nextCursor":...}} into raw alerts. A blank {@code nextCursor}
   * reads as {@code null} (caught up), as the iterable feed reads it: it could not be sent back (the
   * {@code cursor} parameter is never empty), and the next walk from the watermark misses nothing.
   *
   * @throws InvalidResponseException when the envelope itself is broken
   */
  public RawPage readPage(BufferedSource body, String operation) {
    List<String> items = null;
    String nextCursor = null;
    try (JsonReader reader = JsonReader.of(body)) {
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("data") && reader.peek() != JsonReader.Token.NULL) {
          items = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext()) {
            try (BufferedSource item = reader.nextSource()) {
              items.add(item.readUtf8());
            }
          }
          reader.endArray();
        } else if (name.equals("nextCursor") && reader.peek() != JsonReader.Token.NULL) {
          nextCursor = blankToNull(reader.nextString());
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
    } catch (IOException | JsonDataException broken) {
      throw ApiCalls.invalid(operation, broken);
    }
    if (items == null) {
      throw new InvalidResponseException(operation, "$.data", "missing list of alerts", null);
    }
    return new RawPage(items, nextCursor);
  }

  /** Parses one alert from its raw JSON text; never throws. */
  public Result parse(String payload) {
    AlertDto dto;
    try {
      dto = alertAdapter.fromJson(payload);
    } catch (IOException | JsonDataException broken) {
      String message = Objects.requireNonNullElse(broken.getMessage(), broken.getClass().getSimpleName());
      return new Malformed(looseId(payload), null, pathOf(message), message, payload);
    }
    if (dto == null) {
      return new Malformed(null, null, "$", "null instead of an alert", payload);
    }
    try {
      return new Parsed(toAlert(dto), payload);
    } catch (Problem problem) {
      return new Malformed(
          blankToNull(dto.id()), instantOrNull(dto.updatedAt()), problem.path, problem.getMessage(), payload);
    }
  }

  /**
   * Parses one alert strictly, for single-alert answers and webhooks.
   *
   * @throws InvalidResponseException naming the JSON path of the problem
   */
  public Alert parseStrict(String payload, String operation) {
    Result result = parse(payload);
    if (result instanceof Parsed parsed) {
      return parsed.alert();
    }
    Malformed bad = (Malformed) result;
    return failInvalid(operation, bad);
  }

  private static Alert failInvalid(String operation, Malformed bad) {
    throw new InvalidResponseException(operation, bad.jsonPath(), bad.problem(), null);
  }

  private static Alert toAlert(AlertDto dto) {
    Alert.Builder alert =
        Alert.builder()
            .id(required(dto.id(), "$.id"))
            .accountId(required(dto.accountId(), "$.accountId"))
            .type(required(dto.type(), "$.type"))
            .severity(required(dto.severity(), "$.severity"))
            .status(required(dto.status(), "$.status"))
            .createdAt(instant(required(dto.createdAt(), "$.createdAt"), "$.createdAt"))
            .updatedAt(instant(required(dto.updatedAt(), "$.updatedAt"), "$.updatedAt"))
            .member(member(dto.member()));
    String profileId = blankToNull(dto.profileId());
    if (profileId != null) {
      alert.profileId(profileId);
    }
    String preferredStart = blankToNull(dto.preferredStart());
    if (preferredStart != null) {
      alert.preferredStart(instant(preferredStart, "$.preferredStart"));
    }
    DeviceDto device = dto.device();
    if (device != null) {
      Device.Builder built = Device.builder();
      optional(device.hubId(), built::hubId);
      optional(device.thermostatModel(), built::thermostatModel);
      optional(device.systemType(), built::systemType);
      alert.device(built.build());
    }
    Map<String, String> details = dto.details();
    if (details != null) {
      details.forEach(
          (key, value) -> {
            if (value != null) {
              alert.putDetail(key, value);
            }
          });
    }
    String trade = blankToNull(dto.trade());
    if (trade != null) {
      alert.trade(trade);
    }
    return alert.build();
  }

  private static Member member(@Nullable MemberDto member) {
    if (member == null) {
      throw new Problem("$.member", "missing");
    }
    Member.Builder built =
        Member.builder()
            .firstName(present(member.firstName(), "$.member.firstName"))
            .lastName(present(member.lastName(), "$.member.lastName"))
            .address(address(member.address()));
    optional(member.email(), built::email);
    optional(member.phone(), built::phone);
    return built.build();
  }

  private static Address address(@Nullable AddressDto address) {
    if (address == null) {
      throw new Problem("$.member.address", "missing");
    }
    Address.Builder built =
        Address.builder()
            .street(required(address.street(), "$.member.address.street"))
            .city(required(address.city(), "$.member.address.city"))
            .state(required(address.state(), "$.member.address.state"))
            .zip(required(address.zip(), "$.member.address.zip"));
    optional(address.unit(), built::unit);
    optional(address.country(), built::country);
    return built.build();
  }

  private static String required(@Nullable String value, String path) {
    if (value == null || value.isBlank()) {
      throw new Problem(path, value == null ? "missing" : "blank");
    }
    return value;
  }

  private static String present(@Nullable String value, String path) {
    if (value == null) {
      throw new Problem(path, "missing");
    }
    return value;
  }

  private static void optional(@Nullable String value, java.util.function.Consumer<String> setter) {
    String present = blankToNull(value);
    if (present != null) {
      setter.accept(present);
    }
  }

  private static Instant instant(String value, String path) {
    try {
      return parseInstant(value);
    } catch (DateTimeParseException invalid) {
      throw new Problem(path, "not an RFC 3339 date-time: '" + shorten(value) + "'");
    }
  }

  /**
   * Parses a date-time leniently (client-core's {@link LenientDateTimes}): RFC 3339 with an offset as the
   * contract says, and also without one (read as UTC).
   */
  public static Instant parseInstant(String value) {
    return LenientDateTimes.parseInstant(value.strip());
  }

  private static @Nullable Instant instantOrNull(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return parseInstant(value);
    } catch (DateTimeParseException invalid) {
      return null;
    }
  }

  private @Nullable String looseId(String payload) {
    try {
      Map<String, Object> loose = looseAdapter.fromJson(payload);
      Object id = loose == null ? null : loose.get("id");
      return id instanceof String text && !text.isBlank() ? text : null;
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  private static String pathOf(String message) {
    int at = message.lastIndexOf("at path ");
    return at < 0 ? "$" : message.substring(at + "at path ".length()).strip();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }

  /** A field that does not fit the model. */
  private static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    Problem(String path, String problem) {
      super(problem, null, false, false);
      this.path = path;
    }
  }
}
