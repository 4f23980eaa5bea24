package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.FieldError;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicetitan.model.Address;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.BookingStatus;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.CustomerType;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.servicetitan.support.Clients;
import io.workbridge.servicetitan.support.Fixtures;
import io.workbridge.servicetitan.support.ScriptedServer;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The error and retry matrix through the bookings resource, on canned responses. */
class BookingsMatrixTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private ScriptedServer script;
  private MutableClock clock;

  @BeforeEach
  void setUp() {
    script = ScriptedServer.on(server);
    clock = MutableClock.at("2026-03-02T10:00:00Z");
  }

  private ServiceTitanClient client() {
    return Clients.against(server, clock).build();
  }

  private static NewBooking newBooking() {
    return NewBooking.builder()
        .source("ServiceChannel")
        .name("Store 114")
        .summary("Leaking freezer")
        .isFirstTimeClient(false)
        .externalId("sc-wo-1")
        .address(
            Address.builder().street("12 Main St").city("Dallas").state("TX").zip("75001").country("USA").build())
        .addContact(Contact.builder().type(ContactType.PHONE).value("555-0100").build())
        .priority(Priority.HIGH)
        .start(Instant.parse("2026-03-03T14:00:00Z"))
        .build();
  }

  @Test
  void create_ok_returnsTypedBookingAndSendsCredentialsAndBody() throws Exception {
    script.json(200, Fixtures.read("bookings.create", "ok"));
    try (ServiceTitanClient st = client()) {
      Booking booking = st.bookings().create(newBooking());

      assertThat(booking.id()).isEqualTo(9001L);
      assertThat(booking.status()).isEqualTo(BookingStatus.NEW);
      assertThat(booking.priority()).contains(Priority.HIGH);
      assertThat(booking.customerType()).contains(CustomerType.COMMERCIAL);
      assertThat(booking.createdOn()).isEqualTo(Instant.parse("2026-03-02T10:00:00.1234567Z"));
      assertThat(booking.address().orElseThrow().unit()).isEmpty();
      assertThat(booking.jobId()).isEmpty();
      assertThat(booking.bookingProviderId()).isEqualTo(42L);
    }
    RecordedRequest request = script.onlyApiRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/crm/v2/tenant/1234567/booking-provider/42/bookings");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.getHeaders().get("ST-App-Key")).isEqualTo(Clients.APP_KEY);
    String body = request.getBody().utf8();
    assertThat(body)
        .contains("\"source\":\"ServiceChannel\"", "\"externalId\":\"sc-wo-1\"", "\"priority\":\"High\"")
        .contains("\"contacts\":[{\"type\":\"Phone\",\"value\":\"555-0100\"}]")
        .contains("\"start\":\"2026-03-03T14:00:00Z\"", "\"isFirstTimeClient\":false")
        .doesNotContain("null");
    RecordedRequest token = script.tokenRequests().get(0);
    assertThat(token.getBody().utf8())
        .contains("grant_type=client_credentials", "client_id=cid.test", "client_secret=cs1.test-secret");
  }

  @Test
  void create_unknownFields_areIgnored() {
    script.json(200, Fixtures.read("bookings.create", "unknown-field"));
    try (ServiceTitanClient st = client()) {
      Booking booking = st.bookings().create(newBooking());
      assertThat(booking.id()).isEqualTo(9002L);
      assertThat(booking.start()).contains(Instant.parse("2026-03-03T14:00:00Z"));
    }
  }

  @Test
  void create_unknownEnumValues_mapToUnknown() {
    script.json(200, Fixtures.read("bookings.create", "unknown-enum"));
    try (ServiceTitanClient st = client()) {
      Booking booking = st.bookings().create(newBooking());
      assertThat(booking.status()).isEqualTo(BookingStatus.UNKNOWN);
      assertThat(booking.priority()).contains(Priority.UNKNOWN);
      assertThat(booking.customerType()).contains(CustomerType.UNKNOWN);
    }
  }

  @Test
  void create_malformedJson_throwsInvalidResponse() {
    script.json(200, Fixtures.read("bookings.create", "malformed"));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().create(newBooking()))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("bookings.create");
    }
  }

  @Test
  void create_wrongFieldType_throwsInvalidResponseNamingThePath() {
    script.json(200, Fixtures.read("bookings.create", "wrong-type"));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().create(newBooking()))
          .isInstanceOfSatisfying(
              InvalidResponseException.class, e -> assertThat(e.getMessage()).contains("$.id"));
    }
  }

  @Test
  void create_missingRequiredField_throwsInvalidResponse() {
    script.json(200, Fixtures.read("bookings.create", "missing-id"));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().create(newBooking()))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("bookings.create");
    }
  }

  @Test
  void create_400_throwsValidationWithFieldErrorsAndTraceId() {
    script.json(400, Fixtures.read("errors", "validation"));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().create(newBooking()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.operation()).isEqualTo("bookings.create");
                assertThat(e.requestId()).contains("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
                assertThat(e.fieldErrors())
                    .containsExactly(
                        new FieldError("Name", "The Name field is required."),
                        new FieldError("Address.Zip", "The Zip field is required."),
                        new FieldError("Address.Zip", "Zip is too short."));
                assertThat(e.getMessage()).contains("One or more validation errors occurred.");
              });
    }
    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void get_401Once_refreshesTokenAndSucceeds() {
    script.json(401, "").json(200, Fixtures.read("bookings.create", "ok"));
    try (ServiceTitanClient st = client()) {
      assertThat(st.bookings().get(9001L).id()).isEqualTo(9001L);
    }
    assertThat(script.tokenRequests()).hasSize(2);
    List<String> auth =
        script.apiRequests().stream().map(r -> r.getHeaders().get("Authorization")).collect(Collectors.toList());
    assertThat(auth).containsExactly("Bearer token-1", "Bearer token-2");
    assertThat(script.apiRequests().get(1).getUrl().encodedPath())
        .isEqualTo("/crm/v2/tenant/1234567/booking-provider/42/bookings/9001");
  }

  @Test
  void get_401Twice_throwsAuthentication() {
    script.json(401, "").json(401, "");
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().get(9001L)).isInstanceOf(AuthenticationException.class);
    }
    assertThat(script.apiRequests()).hasSize(2);
  }

  @Test
  void get_404_throwsNotFoundWithTrace() {
    script.json(404, Fixtures.read("errors", "not-found"));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().get(5L))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.requestId()).contains("trace-404"));
    }
  }

  @Test
  void get_429WithRetryAfter_sleepsForTheHeaderThenSucceeds() {
    script
        .enqueue(
            new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "3")
                .setHeader("Content-Type", "application/json")
                .body(Fixtures.read("errors", "rate-limited"))
                .build())
        .json(200, Fixtures.read("bookings.create", "ok"));
    try (ServiceTitanClient st = client()) {
      assertThat(st.bookings().get(9001L).id()).isEqualTo(9001L);
    }
    assertThat(clock.sleeps()).contains(Duration.ofSeconds(3));
    assertThat(script.apiRequests()).hasSize(2);
  }

  @Test
  void get_503ThreeTimes_throwsServerAfterMaxRetriesPlusOne() {
    script.json(503, "").json(503, "").json(503, "");
    try (ServiceTitanClient st = Clients.against(server, clock).maxRetries(2).build()) {
      assertThatThrownBy(() -> st.bookings().get(9001L)).isInstanceOf(ServerException.class);
    }
    assertThat(script.apiRequests()).hasSize(3);
  }

  @Test
  void create_503_isNotRetriedBecausePostIsNotIdempotent() {
    script.json(503, "").json(200, Fixtures.read("bookings.create", "ok"));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().create(newBooking())).isInstanceOf(ServerException.class);
    }
    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void get_disconnect_throwsTransport() {
    for (int i = 0; i < 10; i++) {
      script.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.bookings().get(9001L)).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void get_headersDelayPastReadTimeout_throwsTransportTimeout() {
    for (int i = 0; i < 3; i++) {
      script.enqueue(
          new MockResponse.Builder()
              .code(200)
              .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
              .body(Fixtures.read("bookings.create", "ok"))
              .build());
    }
    try (ServiceTitanClient st =
        Clients.against(server, clock).readTimeout(Duration.ofMillis(100)).maxRetries(0).build()) {
      assertThatThrownBy(() -> st.bookings().get(9001L))
          .isInstanceOf(TransportException.class)
          .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    }
  }

  @Test
  void list_multiplePagesWithEmptyMiddlePage_iteratesAllItems() {
    script
        .json(200, Fixtures.read("bookings.list", "page1"))
        .json(200, Fixtures.read("bookings.list", "empty"))
        .json(200, Fixtures.read("bookings.list", "page3"));
    try (ServiceTitanClient st = client()) {
      List<Booking> all =
          st.bookings()
              .list(BookingQuery.builder().pageSize(2).modifiedOnOrAfter(Instant.parse("2026-03-01T00:00:00Z")).build())
              .stream()
              .toList();
      assertThat(all).extracting(Booking::id).containsExactly(1L, 2L, 3L);
      assertThat(all.get(2).jobId()).hasValue(77L);
    }
    List<RecordedRequest> requests = script.apiRequests();
    assertThat(requests).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(requests.get(i).getUrl().queryParameter("page")).isEqualTo(String.valueOf(i + 1));
      assertThat(requests.get(i).getUrl().queryParameter("pageSize")).isEqualTo("2");
      assertThat(requests.get(i).getUrl().queryParameter("modifiedOnOrAfter")).isEqualTo("2026-03-01T00:00:00Z");
    }
  }

  @Test
  void findByExternalId_sendsFilter() {
    script.json(200, Fixtures.read("bookings.list", "page3"));
    try (ServiceTitanClient st = client()) {
      assertThat(st.bookings().findByExternalId("e3")).map(Booking::id).hasValue(3L);
    }
    assertThat(script.onlyApiRequest().getUrl().queryParameter("externalId")).isEqualTo("e3");
  }
}
