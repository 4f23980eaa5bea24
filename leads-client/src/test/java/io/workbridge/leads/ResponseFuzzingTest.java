package io.workbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.RateLimiter;
import io.workbridge.client.Secret;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Address;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import io.workbridge.leads.model.Profile;
import io.workbridge.leads.model.Trade;
import io.workbridge.leads.resource.AlertFeedEntry;
import io.workbridge.leads.resource.AlertFeedPage;
import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fuzz.Deviation;
import io.workbridge.testkit.fuzz.FuzzOperation;
import io.workbridge.testkit.fuzz.FuzzReport;
import io.workbridge.testkit.fuzz.ResponseCase;
import io.workbridge.testkit.fuzz.ResponseFuzzer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Schema-driven response fuzzing: every operation of the client gets a few hundred answers generated from
 * the partner contract's description ({@code openapi/leads/partner-v1.json}) alone (see {@link
 * io.workbridge.testkit.fuzz.ResponseCases}), served over HTTP and decoded through the client's real path.
 * Every answer must decode, unless {@link #DEVIATIONS} documents why not. A feed page whose alerts come back
 * as {@link AlertFeedEntry.Malformed} counts as not decoded: quarantining an alert the contract allows would
 * lose a lead.
 */
class ResponseFuzzingTest {
  private static final String LEADS = "openapi/leads/partner-v1.json";
  private static final String LAST_PAGE = "{\"data\":[],\"nextCursor\":null}";

  /**
   * Where the client deliberately decodes less than the description allows, each with its reason and the
   * reference that documents it. The README's deviation table lists the same entries.
   */
  static final List<Deviation> DEVIATIONS =
      List.of(
          Deviation.of(
              "alerts\\.outcome",
              "^no-schema:(empty-object|empty-array|number|string|object-with-Id|unknown-object)$",
              "HTTP 204 had non-zero Content-Length",
              "The outcome write-back answers 204 No Content, which HTTP forbids to carry content; the"
                  + " description has no body for it, so the fuzzer's anything-goes bodies are served with a"
                  + " 204. OkHttp refuses such an answer at the protocol level (the connection's framing can no"
                  + " longer be trusted): the call fails with TransportException (requestMaybeSent), and the"
                  + " write-back, idempotent by contract, may be repeated. A 204 without content is accepted.",
              "RFC 9110 §15.3.5 (a 204 response cannot contain content); leads-client README, Outcome"
                  + " write-back (answers 204)"));

  @Test
  void everyOperation_decodesEveryAnswerTheDescriptionAllows() {
    MutableClock time = MutableClock.at("2026-11-20T16:00:00Z");
    try (ResponseFuzzer fuzzer = ResponseFuzzer.builder().build().start();
        LeadsClient leads =
            LeadsClient.builder()
                .baseUrl(fuzzer.url("/"))
                .tokenUrl(fuzzer.tokenUrl())
                .clientId("leads-fuzz")
                .clientSecret(Secret.of("client-secret"))
                .rateLimiter(RateLimiter.unlimited())
                .maxRetries(0)
                .clock(time)
                .sleeper(time::sleep)
                .build()) {
      FuzzReport report = fuzzer.run("leads", operations(leads), DEVIATIONS);
      report.assertAllDecoded();
    }
  }

  /**
   * Every operation of the client, with an argument set the client accepts. Each check compares what the
   * client decoded with the JSON served: values kept as sent (unknown types, severities, statuses and trades
   * included), blank optional strings as absent, {@code trade} {@code HVAC} when absent, date-times at the
   * instant they name (no offset: UTC), details in the vendor's order.
   */
  static List<FuzzOperation> operations(LeadsClient leads) {
    List<FuzzOperation> ops = new ArrayList<>();
    ops.add(op("accounts.list", "GET", "/v1/accounts", () -> leads.accounts().list())
        .check((fuzzCase, result) -> assertThat((List<?>) result).map(Account.class::cast)
            .map(a -> List.of(a.id(), a.name(), a.dealerId()))
            .isEqualTo(data(fuzzCase).stream().map(a -> List.of(a.get("id"), a.get("name"), a.get("dealerId"))).toList()))
        .build());
    ops.add(op("profiles.list", "GET", "/v1/accounts/{accountId}/profiles", () -> leads.accounts().profiles("acc-100"))
        .check((fuzzCase, result) -> assertThat((List<?>) result).map(Profile.class::cast)
            .map(p -> List.of(p.id(), p.name()))
            .isEqualTo(data(fuzzCase).stream().map(p -> List.of(p.get("id"), p.get("name"))).toList()))
        .build());
    ops.add(op("alerts.get", "GET", "/v1/alerts/{alertId}", () -> leads.alerts().get("al-1001"))
        .check((fuzzCase, result) -> assertSameAlert(object(Json.parse(fuzzCase.body())), (Alert) result))
        .build());
    ops.add(op("alerts.poll", "GET", "/v1/accounts/{accountId}/alerts", () -> {
      AlertFeedPage page = leads.alerts().poll("acc-100", AlertFeedPosition.beginning());
      if (page.hasMore()) {
        leads.alerts().poll("acc-100", page.position());
      }
      return page;
    })
        .then(LAST_PAGE)
        .check((fuzzCase, result) -> {
          List<Alert> alerts = new ArrayList<>();
          for (AlertFeedEntry entry : ((AlertFeedPage) result).entries()) {
            if (entry instanceof AlertFeedEntry.Malformed bad) {
              throw new AssertionError("alert quarantined as malformed: " + bad.reason());
            }
            alerts.add(((AlertFeedEntry.Parsed) entry).alert());
          }
          assertSameAlerts(firstOfEachVersion(data(fuzzCase)), alerts);
        })
        .build());
    ops.add(op("alerts.updatedSince", "GET", "/v1/accounts/{accountId}/alerts",
        () -> leads.alerts().updatedSince("acc-100", Instant.parse("2026-11-01T00:00:00Z")).stream().toList())
        .then(LAST_PAGE)
        .check((fuzzCase, result) -> assertSameAlerts(
            firstOfEachVersion(data(fuzzCase)), ((List<?>) result).stream().map(Alert.class::cast).toList()))
        .build());
    ops.add(op("alerts.outcome", "POST", "/v1/alerts/{alertId}/outcome", () -> {
      leads.alerts().recordOutcome("al-1001", AlertOutcome.scheduled(AlertOutcome.bookingReference(5501L)));
      return null;
    }).build());
    return ops;
  }

  private static void assertSameAlerts(List<Map<String, @Nullable Object>> served, List<Alert> decoded) {
    assertThat(decoded).hasSameSizeAs(served);
    for (int i = 0; i < served.size(); i++) {
      assertSameAlert(served.get(i), decoded.get(i));
    }
  }

  private static void assertSameAlert(Map<String, @Nullable Object> json, Alert alert) {
    assertThat(alert.id()).isEqualTo(json.get("id"));
    assertThat(alert.accountId()).isEqualTo(json.get("accountId"));
    assertThat(alert.profileId()).isEqualTo(optional(json.get("profileId")));
    assertThat(alert.type()).isEqualTo(json.get("type"));
    assertThat(alert.severity()).isEqualTo(json.get("severity"));
    assertThat(alert.status()).isEqualTo(json.get("status"));
    assertThat(alert.createdAt()).isEqualTo(instant(json.get("createdAt")));
    assertThat(alert.updatedAt()).isEqualTo(instant(json.get("updatedAt")));
    assertThat(alert.preferredStart()).isEqualTo(optional(json.get("preferredStart")).map(ResponseFuzzingTest::instant));
    Map<String, @Nullable Object> member = object(json.get("member"));
    assertThat(alert.member().firstName()).isEqualTo(member.get("firstName"));
    assertThat(alert.member().lastName()).isEqualTo(member.get("lastName"));
    assertThat(alert.member().email()).isEqualTo(optional(member.get("email")));
    assertThat(alert.member().phone()).isEqualTo(optional(member.get("phone")));
    Map<String, @Nullable Object> address = object(member.get("address"));
    Address decoded = alert.member().address();
    assertThat(List.of(decoded.street(), decoded.city(), decoded.state(), decoded.zip()))
        .isEqualTo(Arrays.asList(address.get("street"), address.get("city"), address.get("state"), address.get("zip")));
    assertThat(decoded.unit()).isEqualTo(optional(address.get("unit")));
    assertThat(decoded.country()).isEqualTo(optional(address.get("country")));
    if (json.get("device") == null) {
      assertThat(alert.device()).isEmpty();
    } else {
      Map<String, @Nullable Object> device = object(json.get("device"));
      assertThat(alert.device()).hasValueSatisfying(d -> {
        assertThat(d.hubId()).isEqualTo(optional(device.get("hubId")));
        assertThat(d.thermostatModel()).isEqualTo(optional(device.get("thermostatModel")));
        assertThat(d.systemType()).isEqualTo(optional(device.get("systemType")));
      });
    }
    Map<String, @Nullable Object> details = json.get("details") == null ? Map.of() : object(json.get("details"));
    assertThat(List.copyOf(alert.details().entrySet())).isEqualTo(List.copyOf(details.entrySet()));
    assertThat(alert.trade()).isEqualTo(optional(json.get("trade")).orElse(Trade.HVAC));
  }

  /** The page's alerts less repeats of an {@code (id, updatedAt)} pair, which the client skips. */
  private static List<Map<String, @Nullable Object>> firstOfEachVersion(List<Map<String, @Nullable Object>> alerts) {
    Set<List<Object>> seen = new HashSet<>();
    return alerts.stream().filter(a -> seen.add(List.of(a.get("id"), instant(a.get("updatedAt"))))).toList();
  }

  private static List<Map<String, @Nullable Object>> data(ResponseCase fuzzCase) {
    Object data = object(Json.parse(fuzzCase.body())).get("data");
    return ((List<?>) data).stream().map(ResponseFuzzingTest::object).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(@Nullable Object json) {
    assertThat(json).isInstanceOf(Map.class);
    return (Map<String, @Nullable Object>) json;
  }

  /** A string the model keeps as optional: blank and null count as absent. */
  private static Optional<String> optional(@Nullable Object value) {
    return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
  }

  /** The instant a served date-time names: with its offset, or UTC without one. */
  private static Instant instant(@Nullable Object value) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest((String) value, OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime offset
        ? offset.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }

  private static FuzzOperation.Builder op(String name, String method, String path, FuzzOperation.Call call) {
    return FuzzOperation.builder(name).described(LEADS, method, path).call(call);
  }
}
