package io.workbridge.leads;

import static io.workbridge.leads.support.MockVendor.error;
import static io.workbridge.leads.support.MockVendor.json;
import static io.workbridge.leads.support.MockVendor.noContent;
import static io.workbridge.leads.support.MockVendor.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.leads.model.Address;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import io.workbridge.leads.model.AlertSeverity;
import io.workbridge.leads.model.AlertStatus;
import io.workbridge.leads.model.AlertType;
import io.workbridge.leads.model.Device;
import io.workbridge.leads.model.Trade;
import io.workbridge.leads.resource.AlertFeedEntry;
import io.workbridge.leads.resource.AlertFeedPage;
import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.leads.support.Fixtures;
import io.workbridge.leads.support.MockVendor;
import io.workbridge.testkit.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AlertsResourceTest {
  private static final Moshi MOSHI = new Moshi.Builder().build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private final MutableClock time = MutableClock.at("2026-11-20T16:00:00Z");

  private LeadsClient client() {
    return MockVendor.clientFor(server, time).alertPageSize(2).build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).as("expected another request").isNotNull();
    return request;
  }

  private RecordedRequest takeApiRequest() throws InterruptedException {
    RecordedRequest request = take();
    while (request.getUrl().encodedPath().equals("/oauth/token")) {
      request = take();
    }
    return request;
  }

  private static Object jsonTree(String json) throws IOException {
    return MOSHI.adapter(Object.class).fromJson(json);
  }

  // ---- get one ----

  @Test
  void get_ok_mapsEveryField() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.get", "ok")));
    Alert alert;
    try (LeadsClient leads = client()) {
      alert = leads.alerts().get("al-1001");
    }
    assertThat(alert.id()).isEqualTo("al-1001");
    assertThat(alert.accountId()).isEqualTo("acc-100");
    assertThat(alert.profileId()).contains("prof-1");
    assertThat(alert.type()).isEqualTo(AlertType.WATER_DETECTED);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(alert.status()).isEqualTo(AlertStatus.PENDING);
    assertThat(alert.createdAt()).isEqualTo(Instant.parse("2026-11-20T20:03:11Z"));
    assertThat(alert.updatedAt()).isEqualTo(Instant.parse("2026-11-20T20:05:00Z"));
    assertThat(alert.preferredStart()).contains(Instant.parse("2026-11-21T15:00:00Z"));
    assertThat(alert.member().displayName()).isEqualTo("Dana Whitfield");
    assertThat(alert.member().email()).contains("dana.whitfield@example.com");
    assertThat(alert.member().phone()).contains("+15125550142");
    assertThat(alert.member().address())
        .isEqualTo(
            Address.builder()
                .street("4100 Shoal Creek Blvd")
                .unit("Apt 3")
                .city("Austin")
                .state("TX")
                .zip("78756")
                .country("US")
                .build());
    assertThat(alert.device())
        .contains(Device.builder().hubId("hub-88231").thermostatModel("T6 Pro").systemType("HVAC").build());
    assertThat(alert.details()).containsExactly(
        Map.entry("sensor", "Water heater closet"), Map.entry("reading", "wet for 12 min"));
    assertThat(alert.trade()).isEqualTo(Trade.PLUMBING);

    take();
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/alerts/al-1001");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_minimalAlert_leavesOptionalsEmptyAndDefaultsTradeToHvac() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.get", "empty")));
    try (LeadsClient leads = client()) {
      Alert alert = leads.alerts().get("al-1002");
      assertThat(alert.profileId()).isEmpty();
      assertThat(alert.preferredStart()).isEmpty();
      assertThat(alert.device()).isEmpty();
      assertThat(alert.details()).isEmpty();
      assertThat(alert.member().email()).isEmpty();
      assertThat(alert.member().phone()).isEmpty();
      assertThat(alert.member().address().unit()).isEmpty();
      assertThat(alert.member().address().country()).isEmpty();
      assertThat(alert.trade()).isEqualTo(Trade.HVAC);
    }
  }

  @Test
  void get_unknownFields_areIgnored() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.get", "unknown-field")));
    try (LeadsClient leads = client()) {
      Alert alert = leads.alerts().get("al-1003");
      assertThat(alert.type()).isEqualTo(AlertType.COIL_FREEZE_WARNING);
      assertThat(alert.member().phone()).contains("(512) 555-0199");
      assertThat(alert.device().flatMap(Device::hubId)).contains("hub-1");
    }
  }

  @Test
  void get_unknownTypeSeverityStatusAndTrade_areKeptAsSent() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.get", "unknown-enum")));
    try (LeadsClient leads = client()) {
      Alert alert = leads.alerts().get("al-1004");
      assertThat(alert.type()).isEqualTo("Refrigerant Leak Suspected");
      assertThat(alert.severity()).isEqualTo("Severe");
      assertThat(alert.status()).isEqualTo("ESCALATED");
      assertThat(alert.trade()).isEqualTo("Solar");
      assertThat(alert.device().flatMap(Device::systemType)).contains("Geothermal");
    }
  }

  @Test
  void get_malformedDate_throwsInvalidResponseNamingThePath() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.get", "malformed")));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().get("al-1005"))
          .isInstanceOfSatisfying(
              InvalidResponseException.class,
              e -> {
                assertThat(e.operation()).isEqualTo("alerts.get");
                assertThat(e.jsonPath()).contains("$.updatedAt");
              });
    }
  }

  @Test
  void get_wrongJsonType_throwsInvalidResponseWithMoshiPath() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, "{\"id\":\"al-1\",\"details\":[\"floor 2\"]}"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().get("al-1"))
          .isInstanceOfSatisfying(
              InvalidResponseException.class,
              e -> assertThat(e.jsonPath()).contains("$.details"));
    }
  }

  @Test
  void get_404_throwsNotFound() {
    server.enqueue(token("tok-1"));
    server.enqueue(error(404, "not_found", "no alert al-404", "req-9"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().get("al-404"))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.operation()).isEqualTo("alerts.get");
                assertThat(e.requestId()).contains("req-9");
              });
    }
  }

  @Test
  void get_401Once_refreshesAndSucceeds_401Twice_fails() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(error(401, "invalid_token", "expired", "r1"));
    server.enqueue(token("tok-2"));
    server.enqueue(json(200, Fixtures.read("alerts.get", "ok")));
    server.enqueue(error(401, "invalid_token", "expired", "r2"));
    server.enqueue(token("tok-3"));
    server.enqueue(error(401, "invalid_token", "revoked", "r3"));
    try (LeadsClient leads = client()) {
      assertThat(leads.alerts().get("al-1001").id()).isEqualTo("al-1001");
      assertThatThrownBy(() -> leads.alerts().get("al-1001")).isInstanceOf(AuthenticationException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(7);
  }

  @Test
  void get_headersDelayPastTimeout_timesOut() {
    server.enqueue(token("tok-1"));
    server.enqueue(
        new MockResponse.Builder()
            .headersDelay(2, TimeUnit.SECONDS)
            .body(Fixtures.read("alerts.get", "ok"))
            .build());
    try (LeadsClient leads =
        MockVendor.clientFor(server, time).readTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      assertThatThrownBy(() -> leads.alerts().get("al-1001"))
          .isInstanceOf(TransportException.class)
          .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    }
  }

  // ---- feed ----

  @Test
  void poll_ok_sendsQueryAndReturnsAlertsAndCaughtUpPosition() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "ok")));
    AlertFeedPage page;
    try (LeadsClient leads = client()) {
      page = leads.alerts().poll("acc-100", AlertFeedPosition.since(Instant.parse("2026-11-20T09:00:00Z")));
    }
    assertThat(page.alerts()).extracting(Alert::id).containsExactly("al-1", "al-2");
    assertThat(page.hasMore()).isFalse();
    assertThat(page.malformed()).isEmpty();
    assertThat(page.position().cursor()).isEmpty();
    assertThat(page.position().updatedSince()).contains(Instant.parse("2026-11-20T10:05:00Z"));
    assertThat(page.position().deliveredAtWatermark()).containsExactly("al-2");

    RecordedRequest request = takeApiRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/acc-100/alerts");
    assertThat(request.getUrl().queryParameter("updatedSince")).isEqualTo("2026-11-20T09:00:00Z");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
    assertThat(request.getUrl().queryParameterNames()).doesNotContain("cursor");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
  }

  @Test
  void poll_withLimit_sendsThatLimitAndRejectsOutOfRange() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "empty")));
    try (LeadsClient leads = client()) {
      leads.alerts().poll("acc-100", AlertFeedPosition.beginning(), 500);
      assertThatThrownBy(() -> leads.alerts().poll("acc-100", AlertFeedPosition.beginning(), 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(takeApiRequest().getUrl().queryParameter("limit")).isEqualTo("500");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_dateWithoutOffsetOrWithFraction_isReadLeniently() {
    server.enqueue(token("tok-1"));
    server.enqueue(
        json(
            200,
            Fixtures.read("alerts.get", "empty")
                .replace("\"createdAt\": \"2026-11-20T10:00:00Z\"", "\"createdAt\": \"2026-11-20T10:00:00\"")
                .replace("\"updatedAt\": \"2026-11-20T10:00:00Z\"", "\"updatedAt\": \"2026-11-20T04:00:00.1234567-06:00\"")));
    try (LeadsClient leads = client()) {
      Alert alert = leads.alerts().get("al-1002");
      assertThat(alert.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
      assertThat(alert.updatedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00.1234567Z"));
    }
  }

  @Test
  void poll_fromBeginning_sendsNoUpdatedSince() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "empty")));
    try (LeadsClient leads = client()) {
      AlertFeedPage page = leads.alerts().poll("acc-100", AlertFeedPosition.beginning());
      assertThat(page.entries()).isEmpty();
      assertThat(page.position()).isEqualTo(AlertFeedPosition.beginning());
    }
    RecordedRequest request = takeApiRequest();
    assertThat(request.getUrl().queryParameterNames()).containsExactly("limit");
  }

  @Test
  void poll_unknownFieldsAndUnknownValues_areDelivered() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "unknown-field")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "unknown-enum")));
    try (LeadsClient leads = client()) {
      AlertFeedPage first = leads.alerts().poll("acc-100", AlertFeedPosition.beginning());
      assertThat(first.alerts()).extracting(Alert::id).containsExactly("al-3");
      AlertFeedPage second = leads.alerts().poll("acc-100", first.position());
      assertThat(second.alerts()).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WATCHING);
        assertThat(alert.status()).isEqualTo("ARCHIVED");
        assertThat(alert.type()).isEqualTo("Humidity Insight");
      });
    }
  }

  @Test
  void poll_oneMalformedAlert_isReportedWhileTheOthersAreDelivered() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "malformed")));
    try (LeadsClient leads = client()) {
      AlertFeedPage page = leads.alerts().poll("acc-100", AlertFeedPosition.beginning());
      assertThat(page.entries()).hasSize(3);
      assertThat(page.alerts()).extracting(Alert::id).containsExactly("al-5", "al-7");
      AlertFeedEntry.Malformed bad = page.malformed().get(0);
      assertThat(bad.alertId()).contains("al-6");
      assertThat(bad.reason()).isEqualTo("$.member.address.city: missing");
      assertThat(bad.payload()).contains("\"id\": \"al-6\"").doesNotContain("al-5");
      assertThat(page.entries().get(1)).isSameAs(bad);
      assertThat(page.position().updatedSince()).contains(Instant.parse("2026-11-20T10:10:00Z"));
    }
  }

  @Test
  void poll_brokenEnvelope_throwsInvalidResponse() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "malformed-envelope")));
    server.enqueue(json(200, "{\"nextCursor\":null}"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().poll("acc-100", AlertFeedPosition.beginning()))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("alerts.feed");
      assertThatThrownBy(() -> leads.alerts().poll("acc-100", AlertFeedPosition.beginning()))
          .isInstanceOfSatisfying(
              InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$.data"));
    }
  }

  @Test
  void poll_acrossPagesAndResumedFromSavedToken_deliversEachVersionOnce() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-1")));
    Instant since = Instant.parse("2026-11-20T11:00:00Z");
    String saved;
    try (LeadsClient leads = client()) {
      AlertFeedPage first = leads.alerts().poll("acc-100", AlertFeedPosition.since(since));
      assertThat(first.alerts()).extracting(Alert::id).containsExactly("al-11", "al-12");
      assertThat(first.hasMore()).isTrue();
      saved = first.position().token();
    }
    // a new process resumes from the saved token
    server.enqueue(token("tok-2"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-2-empty")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-3")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-again")));
    try (LeadsClient leads = client()) {
      AlertFeedPosition position = AlertFeedPosition.fromToken(saved);
      assertThat(position.cursor()).contains("c-2");
      AlertFeedPage empty = leads.alerts().poll("acc-100", position);
      assertThat(empty.entries()).isEmpty();
      assertThat(empty.hasMore()).isTrue();
      AlertFeedPage last = leads.alerts().poll("acc-100", empty.position());
      assertThat(last.alerts()).extracting(Alert::id).containsExactly("al-13", "al-14");
      assertThat(last.hasMore()).isFalse();
      // caught up: the next poll starts at the watermark (inclusive) and skips what was delivered
      AlertFeedPage again = leads.alerts().poll("acc-100", AlertFeedPosition.fromToken(last.position().token()));
      assertThat(again.alerts()).extracting(Alert::id, Alert::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("al-15", "PENDING"),
              org.assertj.core.groups.Tuple.tuple("al-12", "SCHEDULED"));
      assertThat(again.duplicatesSkipped()).isEqualTo(2);
    }
    List<RecordedRequest> calls = new java.util.ArrayList<>();
    for (int i = 0; i < server.getRequestCount(); i++) {
      RecordedRequest request = take();
      if (!request.getUrl().encodedPath().equals("/oauth/token")) {
        calls.add(request);
      }
    }
    assertThat(calls).hasSize(4);
    assertThat(calls.get(0).getUrl().queryParameter("cursor")).isNull();
    assertThat(calls.get(1).getUrl().queryParameter("cursor")).isEqualTo("c-2");
    assertThat(calls.get(1).getUrl().queryParameter("updatedSince")).isEqualTo("2026-11-20T11:00:00Z");
    assertThat(calls.get(2).getUrl().queryParameter("cursor")).isEqualTo("c-3");
    assertThat(calls.get(3).getUrl().queryParameter("cursor")).isNull();
    assertThat(calls.get(3).getUrl().queryParameter("updatedSince")).isEqualTo("2026-11-20T11:02:00Z");
  }

  @Test
  void poll_blankNextCursor_isCaughtUpLikeNull_andNoEmptyCursorIsSentNext() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "ok").replace("\"nextCursor\": null", "\"nextCursor\": \" \"")));
    server.enqueue(json(200, "{\"data\":[],\"nextCursor\":null}"));
    try (LeadsClient leads = client()) {
      AlertFeedPage page = leads.alerts().poll("acc-100", AlertFeedPosition.since(Instant.parse("2026-11-20T09:00:00Z")));
      assertThat(page.alerts()).extracting(Alert::id).containsExactly("al-1", "al-2");
      assertThat(page.hasMore()).isFalse();
      assertThat(page.position().cursor()).isEmpty();
      assertThat(page.position().updatedSince()).contains(Instant.parse("2026-11-20T10:05:00Z"));
      leads.alerts().poll("acc-100", page.position());
    }
    takeApiRequest();
    RecordedRequest next = takeApiRequest();
    assertThat(next.getUrl().queryParameterNames()).doesNotContain("cursor");
    assertThat(next.getUrl().queryParameter("updatedSince")).isEqualTo("2026-11-20T10:05:00Z");
  }

  @Test
  void poll_vendorRepeatsCursor_throwsInvalidResponse() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, "{\"data\":[],\"nextCursor\":\"c-2\"}"));
    try (LeadsClient leads = client()) {
      AlertFeedPosition atC2 = AlertFeedPosition.fromToken(
          AlertFeedPosition.since(Instant.parse("2026-11-20T11:00:00Z")).token().replaceFirst("\\.\\.", ".Yy0y."));
      assertThat(atC2.cursor()).contains("c-2");
      assertThatThrownBy(() -> leads.alerts().poll("acc-100", atC2))
          .isInstanceOfSatisfying(
              InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$.nextCursor"));
    }
  }

  @Test
  void updatedSince_multiPageWithEmptyMiddlePage_iteratesLazilyAllAlerts() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-1")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-2-empty")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-3")));
    try (LeadsClient leads = client()) {
      PageIterable<Alert> alerts = leads.alerts().updatedSince("acc-100", Instant.parse("2026-11-20T11:00:00Z"));
      assertThat(server.getRequestCount()).isZero();
      assertThat(alerts.stream().map(Alert::id)).containsExactly("al-11", "al-12", "al-13", "al-14");
      assertThat(alerts.resumeToken()).isEmpty();
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    RecordedRequest first = takeApiRequest();
    assertThat(first.getUrl().queryParameter("updatedSince")).isEqualTo("2026-11-20T11:00:00Z");
    assertThat(first.getUrl().queryParameter("cursor")).isNull();
    assertThat(takeApiRequest().getUrl().queryParameter("cursor")).isEqualTo("c-2");
    assertThat(takeApiRequest().getUrl().queryParameter("cursor")).isEqualTo("c-3");
  }

  @Test
  void updatedSince_stoppedAtPageLimit_resumesFromTheCursor() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-1")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-2-empty")));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "page-3")));
    Instant since = Instant.parse("2026-11-20T11:00:00Z");
    try (LeadsClient leads = client()) {
      PageIterable<Alert> firstRun = leads.alerts().updatedSince("acc-100", since).withMaxPages(1);
      assertThat(firstRun.stream().map(Alert::id)).containsExactly("al-11", "al-12");
      assertThat(firstRun.stoppedAtPageLimit()).isTrue();
      String cursor = firstRun.resumeToken().orElseThrow();
      assertThat(cursor).isEqualTo("c-2");

      PageIterable<Alert> resumed = leads.alerts().updatedSince("acc-100", since, cursor);
      assertThat(resumed.stream().map(Alert::id)).containsExactly("al-13", "al-14");
    }
  }

  @Test
  void updatedSince_malformedAlert_failsIterationWithPath() {
    server.enqueue(token("tok-1"));
    server.enqueue(json(200, Fixtures.read("alerts.feed", "malformed")));
    try (LeadsClient leads = client()) {
      PageIterable<Alert> alerts = leads.alerts().updatedSince("acc-100", Instant.EPOCH);
      assertThatThrownBy(() -> alerts.stream().toList())
          .isInstanceOfSatisfying(
              InvalidResponseException.class,
              e -> assertThat(e.jsonPath()).contains("$.data[1].member.address.city"));
    }
  }

  @Test
  void feed_429WithRetryAfter_sleepsRetryAfterThenSucceeds() {
    server.enqueue(token("tok-1"));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(json(200, Fixtures.read("alerts.feed", "ok")));
    try (LeadsClient leads = client()) {
      assertThat(leads.alerts().poll("acc-100", AlertFeedPosition.beginning()).alerts()).hasSize(2);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void feed_503ThreeTimes_throwsServerExceptionAfterThreeAttempts() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "unavailable", "try later", "r" + i));
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().poll("acc-100", AlertFeedPosition.beginning()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void feed_disconnect_throwsTransportException() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().poll("acc-100", AlertFeedPosition.beginning()))
          .isInstanceOf(TransportException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
  }

  // ---- outcome write-back ----

  @Test
  void recordOutcome_scheduled_postsContractBodyAndAccepts204() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(noContent());
    try (LeadsClient leads = client()) {
      leads.alerts().recordOutcome("al-1001", AlertOutcome.scheduled(AlertOutcome.bookingReference(123)));
    }
    RecordedRequest request = takeApiRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/alerts/al-1001/outcome");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(jsonTree(request.getBody().utf8()))
        .isEqualTo(jsonTree(Fixtures.read("alerts.outcome", "scheduled-request")));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void recordOutcome_dismissedWithNote_sendsNoteWithoutExternalRef() throws Exception {
    server.enqueue(token("tok-1"));
    server.enqueue(noContent());
    try (LeadsClient leads = client()) {
      leads.alerts().recordOutcome("al-1", AlertOutcome.dismissed("duplicate of a booked call"));
    }
    Map<String, Object> body =
        MOSHI.<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
            .fromJson(takeApiRequest().getBody().utf8());
    assertThat(body).containsExactly(
        Map.entry("status", "DISMISSED"), Map.entry("note", "duplicate of a booked call"));
  }

  @Test
  void recordOutcome_409_throwsIllegalAlertTransition() {
    server.enqueue(token("tok-1"));
    server.enqueue(error(409, "illegal_transition", "alert al-1 is DISMISSED", "req-409"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().recordOutcome("al-1", AlertOutcome.resolved("st-booking:9")))
          .isInstanceOfSatisfying(
              IllegalAlertTransitionException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(409);
                assertThat(e.errorCode()).contains("illegal_transition");
                assertThat(e.operation()).isEqualTo("alerts.outcome");
                assertThat(e.getMessage()).contains("alert al-1 is DISMISSED");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void recordOutcome_400_throwsValidationException() {
    server.enqueue(token("tok-1"));
    server.enqueue(error(400, "invalid_status", "status must be SCHEDULED, DISMISSED or RESOLVED", "r"));
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().recordOutcome("al-1", AlertOutcome.scheduled("st-booking:1")))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.errorCode()).contains("invalid_status"));
    }
  }

  @Test
  void recordOutcome_503ThreeTimes_isRetriedBecauseIdempotentThenThrows() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "unavailable", "try later", "r" + i));
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().recordOutcome("al-1", AlertOutcome.scheduled("st-booking:1")))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
  }

  @Test
  void recordOutcome_503Once_retriesAndSucceeds() {
    server.enqueue(token("tok-1"));
    server.enqueue(error(503, "unavailable", "try later", "r"));
    server.enqueue(noContent());
    try (LeadsClient leads = client()) {
      leads.alerts().recordOutcome("al-1", AlertOutcome.scheduled("st-booking:1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void recordOutcome_429_sleepsRetryAfter() {
    server.enqueue(token("tok-1"));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(noContent());
    try (LeadsClient leads = client()) {
      leads.alerts().recordOutcome("al-1", AlertOutcome.scheduled("st-booking:1"));
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void recordOutcome_disconnectAfterRequest_throwsTransportExceptionSayingItMayHaveBeenSent() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().recordOutcome("al-1", AlertOutcome.scheduled("st-booking:1")))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.requestMaybeSent()).isTrue());
    }
  }

  @Test
  void rateLimited_beyondRetries_isRateLimitedException() {
    server.enqueue(token("tok-1"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    }
    try (LeadsClient leads = client()) {
      assertThatThrownBy(() -> leads.alerts().get("al-1")).isInstanceOf(RateLimitedException.class);
    }
  }
}
