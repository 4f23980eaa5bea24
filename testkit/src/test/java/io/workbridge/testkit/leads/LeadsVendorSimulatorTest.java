package io.workbridge.testkit.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.Http;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fault.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeadsVendorSimulatorTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-20T16:00:00Z"));
  private final Http http = new Http();
  private LeadsVendorSimulator sim;
  private String bearer;

  @BeforeEach
  void start() {
    sim = new LeadsVendorSimulator(clock).start();
    bearer = "Bearer " + token(LeadsVendorSimulator.CLIENT_ID, LeadsVendorSimulator.CLIENT_SECRET);
  }

  @AfterEach
  void stop() {
    http.close();
    sim.close();
  }

  private String token(String clientId, String secret) {
    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
            null);
    assertThat(reply.status()).isEqualTo(200);
    return (String) reply.json().get("access_token");
  }

  private Http.Reply get(String path) {
    return http.get(sim.url(path), Map.of("Authorization", bearer));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> data(Http.Reply reply) {
    return (List<Map<String, Object>>) reply.json().get("data");
  }

  private Http.Reply outcome(String alertId, String body) {
    return http.json("POST", sim.url("/v1/alerts/" + alertId + "/outcome"), body, Map.of("Authorization", bearer));
  }

  @Test
  void accounts_listsOnlyTheDealersAccounts() {
    Http.Reply reply = get("/v1/accounts");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(data(reply))
        .extracting(a -> a.get("id"))
        .containsExactly(
            LeadsVendorSimulator.ACCOUNT_WITH_PROFILES,
            LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES,
            LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE);
    assertThat(data(reply)).allSatisfy(a -> assertThat(a).containsEntry("dealerId", "dlr-100").containsKey("name"));
  }

  @Test
  void ld07_profiles_someAccountsHaveNone_foreignAccountIsNotFound() {
    assertThat(data(get("/v1/accounts/" + LeadsVendorSimulator.ACCOUNT_WITH_PROFILES + "/profiles"))).hasSize(2);
    assertThat(data(get("/v1/accounts/" + LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES + "/profiles"))).isEmpty();
    Http.Reply foreign = get("/v1/accounts/" + LeadsVendorSimulator.FOREIGN_ACCOUNT + "/profiles");
    assertThat(foreign.status()).isEqualTo(404);
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) foreign.json().get("error");
    assertThat(error).containsEntry("code", "not_found").containsKeys("message", "requestId");
  }

  @Test
  void seed_sameSeedSameData_mixesActionableAndOtherTypesAndSeverities() {
    try (LeadsVendorSimulator twin = new LeadsVendorSimulator(MutableClock.at(clock.instant()))) {
      for (String account : sim.accountIds()) {
        assertThat(twin.alertIds(account)).isEqualTo(sim.alertIds(account));
        for (String id : sim.alertIds(account)) {
          assertThat(twin.alert(id)).isEqualTo(sim.alert(id));
        }
      }
    }
    List<Map<String, Object>> all = new ArrayList<>();
    for (String account : sim.accountIds()) {
      for (String id : sim.alertIds(account)) {
        all.add(sim.alert(id).orElseThrow());
      }
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    Set<Object> types = new java.util.HashSet<>();
    Set<Object> severities = new java.util.HashSet<>();
    Set<Object> trades = new java.util.HashSet<>();
    all.forEach(a -> {
      types.add(a.get("type"));
      severities.add(a.get("severity"));
      trades.add(a.get("trade"));
    });
    assertThat(types).containsAnyElementsOf(AlertCatalog.ACTIONABLE_TYPES).containsAnyElementsOf(AlertCatalog.OTHER_TYPES);
    assertThat(severities).contains("Critical", "Urgent", "Watching");
    assertThat(trades).contains("HVAC", "Plumbing");
    assertThat(all).anySatisfy(a -> assertThat(a.get("profileId")).isNull());
    assertThat(all).anySatisfy(a -> assertThat(a.get("profileId")).isNotNull());
    assertThat(all).anySatisfy(a -> assertThat(a.get("device")).isNull());
    assertThat((String) all.get(0).get("updatedAt")).endsWith("-06:00");
  }

  @Test
  void feed_walksAllPagesInUpdatedAtOrderAndCursorEndsWithNull() {
    String account = LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
    List<String> seen = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Reply reply =
          get("/v1/accounts/" + account + "/alerts?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(reply.status()).isEqualTo(200);
      for (Map<String, Object> alert : data(reply)) {
        seen.add((String) alert.get("id"));
        times.add(java.time.OffsetDateTime.parse((String) alert.get("updatedAt")).toInstant());
      }
      cursor = (String) reply.json().get("nextCursor");
      pages++;
    } while (cursor != null);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(sim.alertIds(account));
    assertThat(times).isSorted();
    assertThat(pages).isGreaterThan(2);
  }

  @Test
  void feed_updatedSinceIsInclusiveAndFiltersOlderChanges() {
    String account = LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
    String id = sim.raiseAlert(account, "Water Detected", "Critical");
    String since = java.net.URLEncoder.encode(clock.instant().toString(), java.nio.charset.StandardCharsets.UTF_8);
    List<Map<String, Object>> page = data(get("/v1/accounts/" + account + "/alerts?updatedSince=" + since));
    assertThat(page).extracting(a -> a.get("id")).containsExactly(id);
    assertThat(page.get(0)).containsEntry("trade", "Plumbing").containsEntry("status", "PENDING");
  }

  @Test
  void feed_invalidLimitOrCursorOrDate_is400() {
    String base = "/v1/accounts/" + LeadsVendorSimulator.ACCOUNT_WITH_PROFILES + "/alerts";
    assertThat(get(base + "?cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(400);
    assertThat(get(base + "?limit=501").status()).isEqualTo(400);
    assertThat(get(base + "?updatedSince=yesterday").status()).isEqualTo(400);
    assertThat(sim.api().contractViolations()).isNotEmpty();
    sim.api().clearProblems();
  }

  @Test
  void feed_insertedEmptyPage_hasFreshCursorAndWalkStillCompletes() {
    String account = LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
    sim.insertEmptyPages(1);
    List<Integer> sizes = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    String cursor = null;
    do {
      Http.Reply reply =
          get("/v1/accounts/" + account + "/alerts?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
      sizes.add(data(reply).size());
      cursor = (String) reply.json().get("nextCursor");
      if (cursor != null) {
        cursors.add(cursor);
      }
    } while (cursor != null);
    assertThat(sizes.get(1)).isZero();
    assertThat(cursors).doesNotHaveDuplicates();
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(sim.alertIds(account).size());
  }

  @Test
  void outcome_obeysLifecycle_sameStatusIsNoOp_illegalIs409() {
    String id = sim.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Coil Freeze Warning", "Urgent");
    clock.advance(Duration.ofMinutes(1));
    assertThat(outcome(id, "{\"status\":\"SCHEDULED\",\"externalRef\":\"st-booking:77\"}").status()).isEqualTo(204);
    String updatedAt = (String) sim.alert(id).orElseThrow().get("updatedAt");
    clock.advance(Duration.ofMinutes(1));
    assertThat(outcome(id, "{\"status\":\"SCHEDULED\",\"externalRef\":\"st-booking:77\"}").status()).isEqualTo(204);
    assertThat(sim.alert(id).orElseThrow().get("updatedAt")).isEqualTo(updatedAt);
    assertThat(outcome(id, "{\"status\":\"RESOLVED\",\"externalRef\":\"st-booking:77\"}").status()).isEqualTo(204);

    Http.Reply illegal = outcome(id, "{\"status\":\"SCHEDULED\"}");
    assertThat(illegal.status()).isEqualTo(409);
    assertThat(illegal.body()).contains("illegal_transition").contains("RESOLVED");
    assertThat(sim.status(id)).isEqualTo("RESOLVED");
    assertThat(sim.outcomes(id)).extracting(o -> o.get("status")).containsExactly("SCHEDULED", "RESOLVED");
    assertThat(sim.outcomes(id).get(0)).containsEntry("externalRef", "st-booking:77");
  }

  @Test
  void outcome_unknownStatusOrExtraField_isRefusedByTheContract() {
    String id = sim.alertIds(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES).get(0);
    assertThat(outcome(id, "{\"status\":\"SNOOZED\"}").status()).isEqualTo(400);
    assertThat(outcome(id, "{\"status\":\"SCHEDULED\",\"bookingId\":5}").status()).isEqualTo(400);
    assertThat(sim.api().contractViolations()).hasSize(2);
    sim.api().clearProblems();
  }

  @Test
  void advance_evolvesAlertsAndBumpsUpdatedAt() {
    Map<String, Object> before = new java.util.HashMap<>();
    for (String account : sim.accountIds()) {
      for (String id : sim.alertIds(account)) {
        before.put(id, sim.alert(id).orElseThrow().get("updatedAt") + "|" + sim.status(id));
      }
    }
    int changes = sim.advance(Duration.ofHours(12));
    assertThat(changes).isPositive();
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-21T04:00:00Z"));
    int changed = 0;
    int created = 0;
    for (String account : sim.accountIds()) {
      for (String id : sim.alertIds(account)) {
        Object now = sim.alert(id).orElseThrow().get("updatedAt") + "|" + sim.status(id);
        if (!before.containsKey(id)) {
          created++;
        } else if (!before.get(id).equals(now)) {
          changed++;
        }
      }
    }
    assertThat(created + changed).isPositive();
    assertThat(created + changed).isLessThanOrEqualTo(changes);
  }

  @Test
  void rateLimit_twentyPerSecondPerClient_then429WithRetryAfter() {
    Http.Reply last = null;
    for (int i = 0; i < 21; i++) {
      last = get("/v1/accounts");
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).isEqualTo("1");
    assertThat(last.body()).contains("rate_limited");
    clock.advance(Duration.ofSeconds(1));
    assertThat(get("/v1/accounts").status()).isEqualTo(200);
  }

  @Test
  void faults_fromTheBase_areApplied() {
    sim.faults().on("GET", "/v1/alerts/.*").times(1).then(Fault.status(503));
    String id = sim.alertIds(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES).get(0);
    assertThat(get("/v1/alerts/" + id).status()).isEqualTo(503);
    assertThat(get("/v1/alerts/" + id).status()).isEqualTo(200);
  }

  @Test
  void unauthenticated_is401() {
    assertThat(http.get(sim.url("/v1/accounts"), Map.of()).status()).isEqualTo(401);
  }

  @Test
  void webhooks_areSignedQueuedAndRetriedUntilAccepted() throws Exception {
    List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    List<Integer> answers = new CopyOnWriteArrayList<>(List.of(500));
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              received.add(request);
              int code = answers.isEmpty() ? 204 : answers.remove(0);
              return new MockResponse.Builder().code(code).build();
            }
          });
      receiver.start();
      sim.webhookEndpoint(receiver.url("/hooks/alerts").toString());
      String id = sim.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES, "Water Detected", "Critical");

      List<WebhookDelivery> first = sim.deliverWebhooks();
      assertThat(first).singleElement().satisfies(d -> {
        assertThat(d.status()).isEqualTo(500);
        assertThat(d.event()).isEqualTo("alert.created");
      });
      assertThat(sim.pendingWebhookCount()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(30));
      List<WebhookDelivery> retry = sim.deliverWebhooks();
      assertThat(retry).singleElement().satisfies(d -> assertThat(d.delivered()).isTrue());
      assertThat(sim.pendingWebhookCount()).isZero();

      RecordedRequest request = received.get(1);
      String body = request.getBody().utf8();
      String timestamp = request.getHeaders().get("X-Alert-Timestamp");
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getHeaders().get("X-Alert-Event")).isEqualTo("alert.created");
      assertThat(Long.parseLong(timestamp)).isEqualTo(clock.instant().getEpochSecond());
      assertThat(request.getHeaders().get("X-Alert-Signature"))
          .isEqualTo(LeadsVendorSimulator.signature(LeadsVendorSimulator.WEBHOOK_SECRET, Long.parseLong(timestamp), body))
          .matches("v1=[0-9a-f]{64}");
      assertThat(body).contains("\"id\":\"" + id + "\"");

      sim.dealerSetsStatus(id, "SNOOZED");
      assertThat(sim.deliverWebhooks()).singleElement().satisfies(d -> assertThat(d.event()).isEqualTo("alert.updated"));
    }
  }

  @Test
  void corruptAlert_dropsTheFieldFromTheApiAnswer() {
    String id = sim.alertIds(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES).get(0);
    sim.corruptAlert(id, "member.address.city");
    @SuppressWarnings("unchecked")
    Map<String, Object> address =
        (Map<String, Object>) ((Map<String, Object>) get("/v1/alerts/" + id).json().get("member")).get("address");
    assertThat(address).doesNotContainKey("city").containsKey("street");
    // The contract requires the city: the corrupted answer is recorded as the vendor breaking it.
    assertThat(sim.api().contractViolations()).singleElement()
        .satisfies(v -> assertThat(v.messages().toString()).contains("city"));
    sim.api().clearProblems();
  }

  @Test
  void withoutHistory_startsWithAccountsButNoAlerts_andRaisesOnlyWhatTheTestRaises() {
    try (LeadsVendorSimulator empty = new LeadsVendorSimulator(clock, 7L, "secret", 0).start()) {
      assertThat(empty.accountIds()).contains(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES);
      assertThat(empty.accountIds()).allSatisfy(account -> assertThat(empty.alertIds(account)).isEmpty());
      String alert = empty.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      assertThat(empty.alertIds(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES)).containsExactly(alert);
    }
  }
}
