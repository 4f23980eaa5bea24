package io.workbridge.servicechannel;

import static io.workbridge.servicechannel.MockServers.fixture;
import static io.workbridge.servicechannel.MockServers.json;
import static io.workbridge.servicechannel.MockServers.token;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.ServerException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.Counts;
import io.workbridge.servicechannel.model.GpsRadius;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.model.NoteType;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.testkit.MutableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Work orders in the shape live {@code GET /workorders/{id}} answers (sparse location, wall-clock scheduled
 * dates, note and attachment counts), and the calls that fill what they lack: locations, the GPS radius and the
 * invoices of a work order.
 */
class LiveShapesMockTest {
  private static final String DENIED = "{\"ErrorCode\":504,\"ErrorMessage\":\"API call rejected by security permissions\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock time = MutableClock.at("2026-06-01T12:00:00Z");

  private ServiceChannelClient client() {
    return MockServers.client(server, time).build();
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(1, SECONDS);
  }

  @Test
  void get_liveShape_sparseLocationCountsLastNoteAndWallClockDates() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.get", "live-shape")));

    WorkOrder order;
    try (ServiceChannelClient sc = client()) {
      order = sc.workOrders().get(312004587L);
    }

    Location location = order.location().orElseThrow();
    assertThat(location.id()).isEqualTo(2007412260L); // LocationId is 0: Location.Id is the one
    assertThat(location.subscriberId()).hasValue(2015003391L);
    assertThat(location.storeId()).contains("0317");
    assertThat(location.name()).contains("KINGSTON");
    assertThat(location.region()).contains("Northeast");
    assertThat(location.district()).contains("D-07 Hudson Valley");
    assertThat(location.hasCoordinates()).isFalse();
    assertThat(location.timeZone()).isEmpty();
    assertThat(location.address2()).isEmpty();
    assertThat(order.provider().orElseThrow().name()).contains("Example Mechanical LLC");
    assertThat(order.subscriber().orElseThrow().name()).contains("EXAMPLE GROCERS");
    assertThat(order.notesCount()).contains(Counts.of(1, 4));
    assertThat(order.attachmentsCount()).contains(Counts.of(0, 2));
    Note last = order.lastNote().orElseThrow();
    assertThat(last.id()).isEqualTo(2104556918L);
    assertThat(last.createdBy()).contains("Jordan Pike");
    assertThat(last.text()).isEqualTo("Please call ahead, back door only.");
    assertThat(last.type()).isEqualTo(NoteType.UNKNOWN);
    assertThat(order.callDate()).contains(Instant.parse("2025-03-11T18:05:41.27Z"));
    assertThat(order.updatedDate()).contains(Instant.parse("2025-03-11T19:40:02.3012Z"));
    assertThat(order.storeOffset()).contains(ZoneOffset.ofHours(-4));
    // "2025-03-12T12:00:00+00:00" is 12:00 at the store, not 12:00 UTC
    assertThat(order.scheduledLocal()).contains(LocalDateTime.parse("2025-03-12T12:00:00"));
    assertThat(order.scheduledAt(ZoneId.of("America/New_York"))).contains(Instant.parse("2025-03-12T16:00:00Z"));
    assertThat(order.scheduledAt(order.storeOffset().orElseThrow())).contains(Instant.parse("2025-03-12T16:00:00Z"));
    assertThat(order.expirationLocal()).contains(LocalDateTime.parse("2025-03-14T12:00:00"));
    assertThat(order.expirationAt(ZoneId.of("America/New_York"))).contains(Instant.parse("2025-03-14T16:00:00Z"));
    assertThat(order.nte()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("750.00"));
    assertThat(order.checkInDenied()).isFalse();
    assertThat(order.checkInDeniedReason()).isEmpty();
  }

  @Test
  void locationsGet_ok_fullLocationWithAddressPhoneGpsAndZone() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("locations.get", "ok")));

    Location location;
    try (ServiceChannelClient sc = client()) {
      location = sc.locations().get(2007412260L);
    }

    assertThat(location.id()).isEqualTo(2007412260L);
    assertThat(location.storeId()).contains("0317");
    assertThat(location.address1()).contains("Suite 4");
    assertThat(location.address2()).contains("1200 Ulster Ave");
    assertThat(location.city()).contains("Kingston");
    assertThat(location.state()).contains("NY");
    assertThat(location.zip()).contains("12401");
    assertThat(location.country()).contains("US");
    assertThat(location.phone()).contains("8455550142");
    assertThat(location.latitude()).hasValue(41.927);
    assertThat(location.longitude()).hasValue(-73.9974);
    assertThat(location.radius()).hasValue(0.5);
    // TimeZoneIanaName wins over TimezoneName, which here holds a Windows name
    assertThat(location.timeZone()).contains(ZoneId.of("America/New_York"));
    take();
    RecordedRequest call = take();
    assertThat(call.getMethod()).isEqualTo("GET");
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/locations/2007412260");
    assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void locationsGet_sparseAnswer_timezoneNameFallbackAndNoCoordinates() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("locations.get", "sparse")));
    try (ServiceChannelClient sc = client()) {
      Location location = sc.locations().get(2007412260L);
      assertThat(location.timeZone()).contains(ZoneId.of("America/Chicago"));
      assertThat(location.phone()).isEmpty();
      assertThat(location.city()).isEmpty();
    }
  }

  @Test
  void locationsGet_error601_notFound() {
    server.enqueue(token(1));
    server.enqueue(json(400, "{\"ErrorCode\":601,\"ErrorMessage\":\"Location is not found\"}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.locations().get(1L))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.errorCode()).contains("601");
            assertThat(e.operation()).isEqualTo("locations.get");
          });
    }
  }

  @Test
  void locationsGet_malformed_invalidResponse() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("locations.get", "malformed")));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.locations().get(1L))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("locations.get");
    }
  }

  @Test
  void locationsGet_permissionDeniedTwice_permissionDenied() {
    server.enqueue(token(1));
    server.enqueue(json(401, DENIED));
    server.enqueue(token(2));
    server.enqueue(json(401, DENIED));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.locations().get(1L))
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.operation()).isEqualTo("locations.get"));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void locationsGet_503ThenOk_retriedAsARead() {
    server.enqueue(token(1));
    server.enqueue(json(503, ""));
    server.enqueue(json(200, fixture("locations.get", "ok")));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.locations().get(2007412260L).storeId()).contains("0317");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void gpsRadius_ok_coordinatesAndRadius() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.gpsRadius", "ok")));
    GpsRadius radius;
    try (ServiceChannelClient sc = client()) {
      radius = sc.workOrders().gpsRadius(312004587L);
    }
    assertThat(radius.workOrderId()).isEqualTo(312004587L);
    assertThat(radius.locationId()).hasValue(2007412260L);
    assertThat(radius.latitude()).hasValue(41.927);
    assertThat(radius.longitude()).hasValue(-73.9974);
    assertThat(radius.radius()).hasValue(2.0);
    assertThat(radius.hasCoordinates()).isTrue();
    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v3/workorders/312004587/GPSRadius");
  }

  @Test
  void gpsRadius_zeroCoordinates_none() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.gpsRadius", "no-coordinates")));
    try (ServiceChannelClient sc = client()) {
      GpsRadius radius = sc.workOrders().gpsRadius(312004587L);
      assertThat(radius.hasCoordinates()).isFalse();
      assertThat(radius.radius()).hasValue(2.0);
    }
  }

  @Test
  void gpsRadius_unknownWorkOrder_validationWith502() {
    server.enqueue(token(1));
    server.enqueue(json(400, "{\"ErrorCode\":502,\"ErrorMessage\":\"Work order was not found\"}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.workOrders().gpsRadius(1L))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorCode()).contains("502"));
    }
  }

  @Test
  void invoicesListByWorkOrder_ok_filtersByTrackingNumberAndReadsLooseTypes() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("invoices.list", "ok")));
    List<Invoice> invoices;
    try (ServiceChannelClient sc = client()) {
      invoices = sc.invoices().listByWorkOrder(312004587L).stream().toList();
    }
    assertThat(invoices).extracting(Invoice::number).containsExactly("INV-1042", "INV-1042-B");
    Invoice first = invoices.get(0);
    assertThat(first.id()).isEqualTo(90000001L);
    assertThat(first.status()).contains("OPEN");
    assertThat(first.workOrderId()).hasValue(312004587L);
    assertThat(first.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("540.00"));
    assertThat(first.tax()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("40.00"));
    assertThat(first.currency()).contains("USD");
    assertThat(first.postedDate()).contains(Instant.parse("2025-03-13T15:02:11.47Z"));
    assertThat(invoices.get(1).workOrderId()).hasValue(312004587L);
    assertThat(invoices.get(1).total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("60"));
    assertThat(invoices.get(1).paidDate()).contains(Instant.parse("2025-04-01T00:00:00Z"));
    take();
    RecordedRequest call = take();
    assertThat(call.getUrl().encodedPath()).isEqualTo("/v3/odata/invoices");
    assertThat(call.getUrl().queryParameter("$filter")).isEqualTo("WoTrackingNumber eq 312004587");
    assertThat(call.getUrl().queryParameter("$top")).isEqualTo("50");
    assertThat(call.getUrl().queryParameter("$skip")).isEqualTo("0");
    assertThat(call.getUrl().queryParameter("$count")).isEqualTo("true");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void invoicesListByWorkOrder_empty_noInvoices() {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("invoices.list", "empty")));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.invoices().listByWorkOrder(312004587L).stream()).isEmpty();
    }
  }

  @Test
  void invoicesListByWorkOrder_invoiceWithoutId_invalidResponseNamingThePath() {
    server.enqueue(token(1));
    server.enqueue(json(200, "{\"@odata.count\":1,\"value\":[{\"Number\":\"INV-1\"}]}"));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.invoices().listByWorkOrder(1L).stream().toList())
          .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.jsonPath()).contains("$.value[0].Id"));
    }
  }

  @Test
  void invoicesListByWorkOrder_providerWithoutTheRight_permissionDenied() {
    server.enqueue(token(1));
    server.enqueue(json(401, DENIED));
    server.enqueue(token(2));
    server.enqueue(json(401, DENIED));
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.invoices().listByWorkOrder(1L).stream().toList())
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.operation()).isEqualTo("invoices.list"));
    }
  }

  @Test
  void invoicesListByWorkOrder_serverKeepsFailing_serverException() {
    server.enqueue(token(1));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, ""));
    }
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(() -> sc.invoices().listByWorkOrder(1L).stream().toList()).isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void changedSince_asksForTheProvider() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.list", "empty")));
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.workOrders().changedSince(ChangeCursor.startingAt(Instant.parse("2026-06-01T00:00:00Z"))).stream())
          .isEmpty();
    }
    take();
    assertThat(take().getUrl().queryParameter("$expand")).isEqualTo("Provider");
  }

  @Test
  void list_expand_sentWhenAsked_absentOtherwise() throws Exception {
    server.enqueue(token(1));
    server.enqueue(json(200, fixture("workorders.list", "empty")));
    server.enqueue(json(200, fixture("workorders.list", "empty")));
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().list(WorkOrderQuery.builder().expand("Provider", "Location").build()).stream().toList();
      sc.workOrders().list(WorkOrderQuery.all()).stream().toList();
    }
    take();
    assertThat(take().getUrl().queryParameter("$expand")).isEqualTo("Provider,Location");
    assertThat(take().getUrl().queryParameter("$expand")).isNull();
  }
}
