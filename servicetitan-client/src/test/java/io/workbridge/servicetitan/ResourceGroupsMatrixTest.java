package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.AuthenticationException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.ValidationException;
import io.workbridge.servicetitan.model.AppointmentStatus;
import io.workbridge.servicetitan.model.InvoiceSyncStatus;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobStatus;
import io.workbridge.servicetitan.model.LeadStatus;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.support.Clients;
import io.workbridge.servicetitan.support.Fixtures;
import io.workbridge.servicetitan.support.ScriptedServer;
import io.workbridge.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CONVENTIONS matrix for each resource group on canned responses: a typed 200 with the recorded
 * request, 400 with field errors, 401 refreshed once, 401 twice, 404, 429 with Retry-After, 503 three
 * times, and a dropped connection.
 */
class ResourceGroupsMatrixTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private ScriptedServer script;
  private MutableClock clock;

  /**
   * One read operation of a resource group.
   *
   * @param name operation name (fixture folder)
   * @param path the expected request path
   * @param call performs it and returns a value to check
   * @param check what the typed result must satisfy
   */
  record Case(String name, String path, Function<ServiceTitanClient, Object> call, java.util.function.Predicate<Object> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> reads() {
    String t = "/tenant/" + Clients.TENANT;
    return Stream.of(
        new Case("customers.get", "/crm/v2" + t + "/customers/11", st -> st.customers().get(11L),
            r -> ((io.workbridge.servicetitan.model.Customer) r).balance().orElseThrow().compareTo(new BigDecimal("12.5")) == 0),
        new Case("locations.list", "/crm/v2" + t + "/locations", st -> st.locations().list(LocationQuery.builder().customerId(11L).build()).stream().toList(),
            r -> ((List<?>) r).size() == 1),
        new Case("jobs.get", "/jpm/v2" + t + "/jobs/101", st -> st.jobs().get(101L),
            r -> ((Job) r).jobStatus() == JobStatus.IN_PROGRESS && ((Job) r).customerPo().orElse("").equals("PO-1")
                && ((Job) r).invoiceId().isEmpty()),
        new Case("appointments.get", "/jpm/v2" + t + "/appointments/501", st -> st.appointments().get(501L),
            r -> ((io.workbridge.servicetitan.model.Appointment) r).status() == AppointmentStatus.WORKING),
        new Case("timesheets.job", "/payroll/v2" + t + "/jobs/101/timesheets", st -> st.timesheets().ofJob(101L).stream().toList(),
            r -> ((io.workbridge.servicetitan.model.Timesheet) ((List<?>) r).get(0)).arrivedOn().orElseThrow().equals(Instant.parse("2026-03-04T15:05:00Z"))),
        new Case("technicians.get", "/settings/v2" + t + "/technicians/61", st -> st.technicians().get(61L),
            r -> ((io.workbridge.servicetitan.model.Technician) r).email().orElse("").equals("ada@example.com")
                && ((io.workbridge.servicetitan.model.Technician) r).userId().equals(OptionalLong.of(9061L))),
        new Case("employees.list", "/settings/v2" + t + "/employees",
            st -> st.employees().list(StaffQuery.builder().addUserIds(9071L).build()).stream().toList(),
            r -> ((io.workbridge.servicetitan.model.Employee) ((List<?>) r).get(0)).userId().equals(OptionalLong.of(9071L))
                && ((io.workbridge.servicetitan.model.Employee) ((List<?>) r).get(0)).name().equals("Olivia Office")),
        new Case("invoices.list", "/accounting/v2" + t + "/invoices",
            st -> st.invoices().list(List.of(InvoiceSyncStatus.POSTED), OptionalLong.empty(), ListFilter.none()).stream().toList(),
            r -> ((io.workbridge.servicetitan.model.Invoice) ((List<?>) r).get(0)).total().orElseThrow().equals(new BigDecimal("108.25"))),
        new Case("leads.get", "/crm/v2" + t + "/leads/901", st -> st.leads().get(901L),
            r -> ((io.workbridge.servicetitan.model.Lead) r).status() == LeadStatus.OPEN),
        new Case("referenceData.jobTypes", "/jpm/v2" + t + "/job-types", st -> st.referenceData().jobTypes(),
            r -> ((List<?>) r).size() == 2));
  }

  @BeforeEach
  void setUp() {
    script = ScriptedServer.on(server);
    clock = MutableClock.at("2026-03-02T10:00:00Z");
  }

  private ServiceTitanClient client() {
    return Clients.against(server, clock).maxRetries(2).build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_ok_typedResultAndRecordedRequest(Case c) {
    script.enqueue(json(200, Fixtures.read(c.name(), "ok")));
    try (ServiceTitanClient st = client()) {
      assertThat(c.check().test(c.call().apply(st))).as("typed result of " + c.name()).isTrue();
    }
    RecordedRequest request = script.onlyApiRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(c.path());
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.getHeaders().get("ST-App-Key")).isEqualTo(Clients.APP_KEY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_400_validationWithFieldErrors(Case c) {
    script.enqueue(json(400, Fixtures.read("errors", "validation")));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> c.call().apply(st))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.fieldErrors()).hasSize(3);
            assertThat(e.operation()).isEqualTo(c.name());
          });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_401Once_refreshedThenOk(Case c) {
    script.enqueue(json(401, "")).enqueue(json(200, Fixtures.read(c.name(), "ok")));
    try (ServiceTitanClient st = client()) {
      assertThat(c.check().test(c.call().apply(st))).isTrue();
    }
    assertThat(script.tokenRequests()).hasSize(2);
    assertThat(script.apiRequests().get(1).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_401Twice_authenticationException(Case c) {
    script.enqueue(json(401, "")).enqueue(json(401, ""));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> c.call().apply(st)).isInstanceOf(AuthenticationException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_404_notFound(Case c) {
    script.enqueue(json(404, Fixtures.read("errors", "not-found")));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> c.call().apply(st)).isInstanceOf(NotFoundException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_429_sleepsRetryAfterThenOk(Case c) {
    script
        .enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body(Fixtures.read("errors", "rate-limited")).build())
        .enqueue(json(200, Fixtures.read(c.name(), "ok")));
    try (ServiceTitanClient st = client()) {
      assertThat(c.check().test(c.call().apply(st))).isTrue();
    }
    assertThat(clock.sleeps()).contains(Duration.ofSeconds(7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_503ThreeTimes_serverExceptionAfterThreeRequests(Case c) {
    script.enqueue(json(503, "")).enqueue(json(503, "")).enqueue(json(503, ""));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> c.call().apply(st)).isInstanceOf(ServerException.class);
    }
    assertThat(script.apiRequests()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void read_disconnect_transportException(Case c) {
    for (int i = 0; i < 10; i++) {
      script.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> c.call().apply(st)).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void jobsAddNote_post503_isNotRetried() {
    script.enqueue(json(503, "")).enqueue(json(200, Fixtures.read("jobs.notes.create", "ok")));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.jobs().addNote(101L, "Gate code 1234", true)).isInstanceOf(ServerException.class);
    }
    assertThat(script.apiRequests()).hasSize(1);
  }

  @Test
  void jobsAddNote_ok_sendsTextAndPin() {
    script.enqueue(json(200, Fixtures.read("jobs.notes.create", "ok")));
    try (ServiceTitanClient st = client()) {
      assertThat(st.jobs().addNote(101L, "Gate code 1234", true).isPinned()).isTrue();
    }
    RecordedRequest request = script.onlyApiRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/jpm/v2/tenant/" + Clients.TENANT + "/jobs/101/notes");
    assertThat(request.getBody().utf8()).isEqualTo("{\"text\":\"Gate code 1234\",\"pinToTop\":true}");
  }

  @Test
  void jobsCancel_putIsRetriedOn503() {
    script.enqueue(json(503, "")).enqueue(new MockResponse.Builder().code(200).build());
    try (ServiceTitanClient st = client()) {
      st.jobs().cancel(101L, 3L, "Customer called off");
    }
    assertThat(script.apiRequests()).hasSize(2);
    RecordedRequest request = script.apiRequests().get(1);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getBody().utf8()).isEqualTo("{\"reasonId\":3,\"memo\":\"Customer called off\"}");
  }

  @Test
  void jobsComplete_409_isConflictException() {
    script.enqueue(json(409, Fixtures.read("errors", "conflict")));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.jobs().complete(101L, Instant.parse("2026-03-04T18:00:00Z")))
          .isInstanceOfSatisfying(ServiceTitanConflictException.class, e -> assertThat(e.requestId()).contains("trace-409"));
    }
  }

  @Test
  void jobsExport_threePagesWithEmptyMiddle_resumeTokenIsTheLastOne() {
    script
        .enqueue(json(200, Fixtures.read("jobs.export", "page1")))
        .enqueue(json(200, Fixtures.read("jobs.export", "empty")))
        .enqueue(json(200, Fixtures.read("jobs.export", "page3")));
    try (ServiceTitanClient st = client()) {
      var feed = st.jobs().export("2026-03-01");
      List<Job> jobs = feed.stream().toList();
      assertThat(jobs).extracting(Job::id).containsExactly(101L, 103L);
      assertThat(jobs.get(1).jobStatus()).isEqualTo(JobStatus.UNKNOWN);
      assertThat(feed.resumeToken()).contains("tok-3");
    }
    List<RecordedRequest> requests = script.apiRequests();
    assertThat(requests).extracting(r -> r.getUrl().queryParameter("from")).containsExactly("2026-03-01", "tok-1", "tok-2");
  }

  @Test
  void jobsExport_stringAmountsAndUnknownFields_areRead() {
    script.enqueue(json(200, Fixtures.read("jobs.export", "page2").replace("\"hasMore\":true", "\"hasMore\":false")));
    try (ServiceTitanClient st = client()) {
      Job job = st.jobs().export(null).stream().findFirst().orElseThrow();
      assertThat(job.total()).contains(new BigDecimal("125.50"));
      assertThat(job.active()).isFalse();
      assertThat(job.customerPo()).isEmpty();
      assertThat(job.customFields()).singleElement().satisfies(f -> assertThat(f.value()).contains("500"));
    }
  }
}
