package io.workbridge.testkit.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.MutableClock;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ServiceChannel simulator's own rules, driven with plain HTTP. */
class ServiceChannelSimulatorTest {
  private static final long SUB = 2014917243L;
  private static final long LOC = 2006516537L;

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T14:00:00Z"));
  private final Http http = new Http();
  private ServiceChannelSimulator sim;
  private boolean violationsExpected;

  @BeforeEach
  void start() {
    sim = new ServiceChannelSimulator(clock, 5, 8).start();
    sim.addSubscriber(SubscriberSetup.builder(SUB, "API SANDBOX").build());
    sim.addLocation(LOC, SUB, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
  }

  @AfterEach
  void stop() {
    if (violationsExpected) {
      assertThatThrownBy(sim::close).isInstanceOf(AssertionError.class);
    } else {
      sim.verify();
      sim.close();
    }
    http.close();
  }

  private Http.Reply token(String clientId, String secret) {
    return http.form(
        sim.tokenUrl(),
        Map.of(
            "grant_type", "password",
            "username", ServiceChannelSimulator.USERNAME,
            "password", ServiceChannelSimulator.PASSWORD),
        Credentials.basic(clientId, secret));
  }

  private String bearer() {
    Http.Reply reply = token(ServiceChannelSimulator.CLIENT_ID, ServiceChannelSimulator.CLIENT_SECRET);
    assertThat(reply.status()).isEqualTo(200);
    return "Bearer " + reply.json().get("access_token");
  }

  @Test
  void token_passwordGrant_600sBearerWithRefreshToken() {
    Map<String, Object> json =
        token(ServiceChannelSimulator.CLIENT_ID, ServiceChannelSimulator.CLIENT_SECRET).json();
    assertThat(json).containsKeys("access_token", "refresh_token");
    assertThat(((Number) json.get("expires_in")).longValue()).isEqualTo(600L);
  }

  @Test
  void token_unknownClient_redirectsToLoginPage() {
    Http.Reply reply = token("PR.1.unknown", "x");
    assertThat(reply.status()).isEqualTo(302);
    assertThat(reply.header("Location")).contains("/Account/LogOn");
  }

  @Test
  void token_secondCallWithin5s_429LoginLimit() {
    token(ServiceChannelSimulator.CLIENT_ID, ServiceChannelSimulator.CLIENT_SECRET);
    Http.Reply again = token(ServiceChannelSimulator.CLIENT_ID, ServiceChannelSimulator.CLIENT_SECRET);
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.header("Error-Message")).contains("Login attempts limit exceed");
    clock.advance(Duration.ofSeconds(5));
    assertThat(token(ServiceChannelSimulator.CLIENT_ID, ServiceChannelSimulator.CLIENT_SECRET).status())
        .isEqualTo(200);
  }

  @Test
  void rateLimit_perClient_429WithReasonBodyAndRetryAfter() {
    long id = sim.createWorkOrder(NewWorkOrder.builder(SUB, LOC).build());
    String auth = bearer();
    for (int i = 0; i < 5; i++) {
      assertThat(http.get(sim.apiBaseUrl() + "workorders/" + id, Map.of("Authorization", auth)).status())
          .isEqualTo(200);
    }
    Http.Reply throttled = http.get(sim.apiBaseUrl() + "workorders/" + id, Map.of("Authorization", auth));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.json()).containsOnlyKeys("Reason");
    assertThat((String) throttled.json().get("Reason")).contains("Application limit is [5] per [1] minute");
    assertThat(throttled.header("Retry-After")).isNotBlank();
    assertThat(sim.throttledByClientLimit()).isEqualTo(1);
  }

  @Test
  void errors_unknownWorkOrderWrite_errorResponseWithNumericCode() {
    String auth = bearer();
    Http.Reply reply =
        http.json("PUT", sim.apiBaseUrl() + "workorders/123/accept", "{}", Map.of("Authorization", auth));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json()).containsEntry("ErrorCode", 502L).containsKey("ErrorMessage");
  }

  @Test
  void contract_statusChangeWithoutExtended_isAViolation() {
    long id = sim.createWorkOrder(NewWorkOrder.builder(SUB, LOC).build());
    String auth = bearer();
    Http.Reply reply =
        http.json(
            "PUT",
            sim.apiBaseUrl() + "workorders/" + id + "/status",
            "{\"Status\":{\"Primary\":\"IN PROGRESS\"}}",
            Map.of("Authorization", auth));
    assertThat(reply.status()).isEqualTo(400);
    violationsExpected = true;
    assertThatThrownBy(sim::verify).hasMessageContaining("Extended");
    assertThat(sim.statusOf(id)).isEqualTo("OPEN/");
  }

  @Test
  void helpers_nteChangeAndCancel_writeSystemNotes() {
    long id = sim.createWorkOrder(NewWorkOrder.builder(SUB, LOC).build());
    sim.changeNte(id, new BigDecimal("750"));
    sim.cancel(id);
    assertThat(sim.statusOf(id)).isEqualTo("COMPLETED/CANCELLED");
    assertThat(sim.noteTexts(id)).hasSize(2).first().asString().contains("CANCELLED");
  }

  @Test
  void odata_parsesTheSubsetAndRejectsTheRest() {
    ODataQuery<ScState.WorkOrder> query = ODataQuery.parse("Status/Primary eq 'open' and UpdatedDate ge 2026-06-01T00:00:00Z and Id gt 5");
    ScState.WorkOrder wo = new ScState.WorkOrder();
    wo.id = 6;
    wo.primary = "OPEN";
    wo.updatedDate = Instant.parse("2026-06-01T00:00:00Z");
    assertThat(query.matches(wo)).isTrue();
    wo.id = 5;
    assertThat(query.matches(wo)).isFalse();
    assertThat(query.mentions("updateddate")).isTrue();
    assertThatThrownBy(() -> ODataQuery.parse("contains(Description,'x')")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> ODataQuery.parse("Nte gt 5")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> ODataQuery.parse("UpdatedDate gt datetime'2026-01-01T00:00:00'"))
        .isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> ODataQuery.orderBy("Id sideways")).isInstanceOf(ApiError.class);
  }

  @Test
  void odata_orderByUpdatedDateThenId() {
    ScState.WorkOrder a = new ScState.WorkOrder();
    a.id = 2;
    a.updatedDate = Instant.parse("2026-06-01T00:00:00Z");
    ScState.WorkOrder b = new ScState.WorkOrder();
    b.id = 1;
    b.updatedDate = Instant.parse("2026-06-01T00:00:00Z");
    ScState.WorkOrder c = new ScState.WorkOrder();
    c.id = 0;
    c.updatedDate = Instant.parse("2026-06-02T00:00:00Z");
    assertThat(List.of(c, a, b).stream().sorted(ODataQuery.orderBy("UpdatedDate asc,Id asc")).map(w -> w.id))
        .containsExactly(1L, 2L, 0L);
  }

  @Test
  void responseLatency_delaysTheApi() {
    String auth = bearer();
    long id = sim.createWorkOrder(NewWorkOrder.builder(SUB, LOC).build());
    sim.responseLatency(Duration.ofSeconds(1));
    Http impatient = new Http(Duration.ofMillis(100));
    try {
      assertThatThrownBy(() -> impatient.get(sim.apiBaseUrl() + "workorders/" + id, Map.of("Authorization", auth)))
          .hasCauseInstanceOf(SocketTimeoutException.class);
    } finally {
      impatient.close();
    }
    assertThat(http.get(sim.apiBaseUrl() + "workorders/" + id, Map.of("Authorization", auth)).status()).isEqualTo(200);
  }

  @Test
  void providerAcceptInPortal_movesToDispatchConfirmed_recordedInTheHistory_andOnlyOnce() {
    long id = sim.createWorkOrder(NewWorkOrder.builder(SUB, LOC).build());
    clock.advance(Duration.ofMinutes(5));
    sim.providerAcceptInPortal(id);

    WorkOrderState state = sim.workOrderState(id);
    assertThat(state.status()).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");
    assertThat(state.statusChanges())
        .containsExactly(
            new WorkOrderState.StatusChange(
                "OPEN", "IN PROGRESS/DISPATCH CONFIRMED", ServiceChannelSimulator.PORTAL_USER, clock.instant()));
    assertThat(state.notes()).singleElement().satisfies(note -> assertThat(note.system()).isTrue());
    assertThatThrownBy(() -> sim.providerAcceptInPortal(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already been accepted");
  }

  @Test
  void workOrderState_showsSubscriberNotes_apiStatusChanges_andNoVisitsYet() {
    long id = sim.createWorkOrder(NewWorkOrder.builder(SUB, LOC).build());
    sim.addSubscriberNote(id, "Call the manager first");
    Http.Reply reply =
        http.json("PUT", sim.apiBaseUrl() + "workorders/" + id + "/status",
            "{\"Status\":{\"Primary\":\"IN PROGRESS\",\"Extended\":\"DISPATCH CONFIRMED\"}}",
            Map.of("Authorization", bearer()));
    assertThat(reply.status()).isEqualTo(200);

    WorkOrderState state = sim.workOrderState(id);
    assertThat(state.subscriberId()).isEqualTo(SUB);
    assertThat(state.statusChanges()).extracting(WorkOrderState.StatusChange::actor).containsExactly(ServiceChannelSimulator.USERNAME);
    assertThat(state.notes())
        .filteredOn(note -> !note.system())
        .singleElement()
        .satisfies(note -> {
          assertThat(note.text()).isEqualTo("Call the manager first");
          assertThat(note.companyName()).isEqualTo("API SANDBOX");
        });
    assertThat(state.visits()).isEmpty();
    assertThat(state.invoiced()).isFalse();
  }
}
