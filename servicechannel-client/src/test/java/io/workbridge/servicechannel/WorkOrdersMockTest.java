package io.workbridge.servicechannel;

import static io.workbridge.servicechannel.MockServers.fixture;
import static io.workbridge.servicechannel.MockServers.json;
import static io.workbridge.servicechannel.MockServers.token;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.model.Counts;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.ODataFilter;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The CONVENTIONS §9.8 matrix for work orders against MockWebServer, plus real-world payload decoding. */
class WorkOrdersMockTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");

  private ServiceChannelClient client() {
    return MockServers.client(server, time).build();
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(1, SECONDS);
  }

  @Test
  void get_ok_mapsRealWorldShapesAndSendsBearer() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "ok")));

    WorkOrder order;
    try (ServiceChannelClient sc = client()) {
      order = sc.workOrders().get(2147483000L);
    }

    assertThat(order.id()).isEqualTo(2147483000L);
    assertThat(order.number()).isEqualTo("2147483000");
    assertThat(order.purchaseNumber()).contains("PO-0042");
    assertThat(order.status().primary()).isEqualTo("IN PROGRESS");
    assertThat(order.status().extended()).isEqualTo("DISPATCH CONFIRMED");
    assertThat(order.subscriberId()).hasValue(2014917243L);
    assertThat(order.provider().orElseThrow().id()).isEqualTo(2000090505L);
    assertThat(order.location().orElseThrow().id()).isEqualTo(2006516537L);
    assertThat(order.location().orElseThrow().storeId()).contains("0024");
    assertThat(order.location().orElseThrow().latitude()).hasValue(42.6526);
    assertThat(order.location().orElseThrow().timeZone()).contains(ZoneId.of("America/New_York"));
    assertThat(order.nte()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1250.75"));
    assertThat(order.currency()).contains("USD");
    assertThat(order.tradeId()).hasValue(12L);
    assertThat(order.callDate()).contains(Instant.parse("2024-04-02T23:40:16.53Z"));
    assertThat(order.updatedDate()).contains(Instant.parse("2024-04-03T10:15:30.1234567Z"));
    // the scheduled date is the store's wall clock: read in the store's zone (EDT, UTC-4)
    assertThat(order.scheduledLocal()).contains(LocalDateTime.parse("2024-04-09T12:00:00"));
    assertThat(order.scheduledAt(ZoneId.of("America/New_York"))).contains(Instant.parse("2024-04-09T16:00:00Z"));
    assertThat(order.storeOffset()).contains(ZoneOffset.ofHours(-4));
    assertThat(order.notesCount()).contains(Counts.of(1, 3));
    assertThat(order.lastNote().orElseThrow().id()).isEqualTo(1960211693L);
    assertThat(order.invoiced()).isFalse();
    assertThat(order.checkInDenied()).isTrue();

    RecordedRequest tokenCall = take();
    assertThat(tokenCall.getMethod()).isEqualTo("POST");
    assertThat(tokenCall.getUrl().encodedPath()).isEqualTo("/oauth/token");
    assertThat(tokenCall.getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(tokenCall.getBody().utf8()).contains("grant_type=password").contains("username=api.user");
    RecordedRequest call = take();
    assertThat(call.getMethod()).isEqualTo("GET");
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/workorders/2147483000");
    assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
    assertThat(call.getHeaders().get("Accept")).contains("application/json");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_unknownFieldsAndNumberAsString_areTolerated() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "unknown-field")));
    try (ServiceChannelClient sc = client()) {
      WorkOrder order = sc.workOrders().get(84000123L);
      assertThat(order.nte()).contains(new BigDecimal("300.10"));
      assertThat(order.status().extended()).isEmpty();
      assertThat(order.location()).isEmpty();
    }
  }

  @Test
  void get_unknownStatusStrings_areKeptRaw() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "unknown-enum")));
    try (ServiceChannelClient sc = client()) {
      WorkOrder order = sc.workOrders().get(84000124L);
      assertThat(order.status().is("on hold", "Awaiting Landlord")).isTrue();
      assertThat(order.currency()).contains("CAD");
      assertThat(order.nte()).hasValueSatisfying(n -> assertThat(n).isZero());
    }
  }

  @Test
  void get_numbersAndBooleansInOtherJsonTypes_areRead() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "loose-types")));
    try (ServiceChannelClient sc = client()) {
      WorkOrder order = sc.workOrders().get(84000126L);
      assertThat(order.id()).isEqualTo(84000126L);
      assertThat(order.number()).isEqualTo("84000126");
      assertThat(order.purchaseNumber()).contains("7714.26");
      assertThat(order.status().extended()).isEmpty();
      assertThat(order.location().orElseThrow().storeId()).contains("24");
      assertThat(order.location().orElseThrow().radius()).hasValue(0.5);
      assertThat(order.location().orElseThrow().timeZone()).isEmpty();
      assertThat(order.priority()).contains("2");
      assertThat(order.tradeId()).hasValue(12L);
      assertThat(order.nte()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1500"));
      assertThat(order.invoiced()).isTrue();
      assertThat(order.checkInDenied()).isFalse();
      // naive and no usable zone: read as UTC
      assertThat(order.completedDate()).contains(Instant.parse("2026-06-01T10:00:00Z"));
      assertThat(order.updatedDate()).contains(Instant.parse("2026-06-01T10:00:00.1234567Z"));
    }
  }

  @Test
  void get_malformedJson_invalidResponse() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "malformed")));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(84000125L))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("workorders.get");
    }
  }

  @Test
  void get_emptyObject_invalidResponseNamingId() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "empty")));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOfSatisfying(
              InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$.Id"));
    }
  }

  @Test
  void get_400WithModelState_validationWithFieldErrors() {
    server.enqueue(token(1));
    server.enqueue(
        json(
            400,
            "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"workorderId\":[\"The value 'x' is not valid.\"]}}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.fieldErrors()).hasSize(1);
                assertThat(e.fieldErrors().get(0).field()).isEqualTo("workorderId");
                assertThat(e.operation()).isEqualTo("workorders.get");
              });
    }
  }

  @Test
  void get_400WithNumericErrorCode_codeReported() {
    server.enqueue(token(1));
    server.enqueue(json(400, "{\"ErrorCode\":917,\"ErrorMessage\":\"Invalid Tracking Number\"}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errorCode()).contains("917");
                assertThat(e.getMessage()).contains("Invalid Tracking Number");
              });
    }
  }

  @Test
  void get_401Once_refreshesWithRefreshTokenThenSucceeds() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(401, "{\"ErrorCode\":\"UnAuthorized\",\"ErrorMessage\":\"token expired\"}"));
    server.enqueue(token(2));
    server.enqueue(json(200, fixture("workorders.get", "ok")));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.workOrders().get(2147483000L).id()).isEqualTo(2147483000L);
    }
    take();
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
    RecordedRequest refresh = take();
    assertThat(refresh.getBody().utf8()).contains("grant_type=refresh_token").contains("refresh_token=rt-1");
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer at-2");
    assertThat(server.getRequestCount()).isEqualTo(4);
    // the token endpoint allows one call per 5 s per user: the refresh waited for it
    assertThat(time.sleeps()).contains(Duration.ofSeconds(5));
  }

  @Test
  void get_401Twice_authenticationException() {
    server.enqueue(token(1));
    server.enqueue(json(401, ""));
    server.enqueue(token(2));
    server.enqueue(json(401, ""));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOf(AuthenticationException.class)
          .isNotInstanceOf(PermissionDeniedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void get_401With504AfterRefresh_permissionDeniedNamingOperation() {
    String denied = "{\"ErrorCode\":504,\"ErrorMessage\":\"API call rejected by security permissions\"}";
    server.enqueue(token(1));
    server.enqueue(json(401, denied));
    server.enqueue(token(2));
    server.enqueue(json(401, denied));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class,
              e -> {
                assertThat(e.operation()).isEqualTo("workorders.get");
                assertThat(e.errorCode()).contains("504");
                assertThat(e.getMessage()).contains("workorders.get").contains("permission");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void get_404_notFound() {
    server.enqueue(token(1));
    server.enqueue(json(404, ""));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().get(9L)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void list_429WithRetryAfter_sleepsExactlyTheHeaderThenSucceeds() throws Exception {
    server.enqueue(token(1));
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "7")
            .body(
                "{\"Reason\":\"Request has been throttled. Your current Application limit is [300] per [1]"
                    + " minute\"}")
            .build());
    server.enqueue(json(200, fixture("workorders.list", "ok")));
    try (ServiceChannelClient sc = client()) {
      List<WorkOrder> orders = sc.workOrders().list(WorkOrderQuery.all()).stream().toList();
      assertThat(orders).extracting(WorkOrder::id).containsExactly(84000201L, 84000202L);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void get_503ThreeTimes_serverExceptionAfterMaxRetriesPlusOne() {
    server.enqueue(token(1));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, ""));
    }
    try (ServiceChannelClient sc = MockServers.client(server, time).maxRetries(2).build()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L)).isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
  }

  @Test
  void get_disconnect_transportException() {
    server.enqueue(token(1));
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    try (ServiceChannelClient sc = MockServers.client(server, time).maxRetries(0).build()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L)).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void get_headersDelayPastTimeout_transportException() {
    server.enqueue(token(1));
    server.enqueue(
        new MockResponse.Builder()
            .headersDelay(2, SECONDS)
            .body(fixture("workorders.get", "ok"))
            .build());
    try (ServiceChannelClient sc =
        MockServers.client(server, time).maxRetries(0).readTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(() -> sc.workOrders().get(1L))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("workorders.get");
    }
  }

  @Test
  void list_multiplePages_walksAllWithSkipTopAndCount() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, page(5, 1, 2)));
    server.enqueue(json(200, page(5, 3, 4)));
    server.enqueue(json(200, page(5, 5)));
    try (ServiceChannelClient sc = client()) {
      WorkOrderQuery query =
          WorkOrderQuery.builder()
              .filter(ODataFilter.primaryStatus("OPEN").and(ODataFilter.subscriberId(2014917243L)))
              .orderBy("Id asc")
              .pageSize(2)
              .build();
      List<Long> ids = sc.workOrders().list(query).stream().map(WorkOrder::id).toList();
      assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
    take();
    RecordedRequest first = take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v3/odata/workorders");
    assertThat(first.getUrl().queryParameter("$filter"))
        .isEqualTo("Status/Primary eq 'OPEN' and SubscriberId eq 2014917243");
    assertThat(first.getUrl().queryParameter("$orderby")).isEqualTo("Id asc");
    assertThat(first.getUrl().queryParameter("$top")).isEqualTo("2");
    assertThat(first.getUrl().queryParameter("$skip")).isEqualTo("0");
    assertThat(first.getUrl().queryParameter("$count")).isEqualTo("true");
    assertThat(take().getUrl().queryParameter("$skip")).isEqualTo("2");
    assertThat(take().getUrl().queryParameter("$skip")).isEqualTo("4");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void list_pageSizeAbove50_isCappedAt50() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.list", "empty")));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.workOrders().list(WorkOrderQuery.builder().pageSize(500).build()).stream()).isEmpty();
    }
    take();
    assertThat(take().getUrl().queryParameter("$top")).isEqualTo("50");
  }

  private static String page(long count, long... ids) {
    StringBuilder value = new StringBuilder();
    for (long id : ids) {
      if (value.length() > 0) {
        value.append(',');
      }
      value.append("{\"Id\":").append(id).append(",\"Number\":\"").append(id)
          .append("\",\"Status\":{\"Primary\":\"OPEN\",\"Extended\":\"\"}}");
    }
    return "{\"@odata.count\":" + count + ",\"value\":[" + value + "]}";
  }
}
