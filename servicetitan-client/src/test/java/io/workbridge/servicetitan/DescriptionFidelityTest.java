package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.servicetitan.model.Appointment;
import io.workbridge.servicetitan.model.Invoice;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.support.Clients;
import io.workbridge.servicetitan.support.ScriptedServer;
import io.workbridge.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per defect the schema-driven fuzzing found (see {@code ResponseFuzzingTest}), on answers the
 * official description allows, and the error-fidelity fixes that came with them.
 */
class DescriptionFidelityTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private ScriptedServer script;
  private MutableClock clock;
  private ServiceTitanClient st;

  @BeforeEach
  void setUp() {
    script = ScriptedServer.on(server);
    clock = MutableClock.at("2026-06-01T12:00:00Z");
    st = Clients.against(server, clock).build();
  }

  @AfterEach
  void tearDown() {
    st.close();
  }

  @Test
  void assign_dispatchAppointmentWithoutCustomer_decodes() {
    // Dispatch.V2.AppointmentResponse: the answer of assign/unassign has no customerId, isConfirmed, active.
    String dispatchAnswer =
        "{\"id\":501,\"jobId\":77,\"start\":\"2026-06-02T09:00:00Z\",\"end\":\"2026-06-02T11:00:00Z\","
            + "\"status\":\"Scheduled\",\"createdOn\":\"2026-06-01T10:00:00Z\",\"modifiedOn\":\"2026-06-01T10:05:00Z\"}";
    script.json(200, dispatchAnswer).json(200, dispatchAnswer);

    Appointment assigned = st.assignments().assign(501, List.of(9L));
    Appointment unassigned = st.assignments().unassign(501, List.of(9L));

    assertThat(assigned.id()).isEqualTo(501);
    assertThat(assigned.customerId()).isEqualTo(OptionalLong.empty());
    assertThat(unassigned.jobId()).isEqualTo(77);
  }

  @Test
  void invoices_unparseableAmount_isAbsentAndNamed_thePageStillDecodes() {
    script.json(
        200,
        "{\"page\":1,\"pageSize\":50,\"hasMore\":false,\"data\":["
            + "{\"id\":1,\"createdOn\":\"2026-06-01T10:00:00Z\",\"subTotal\":\"n/a\",\"salesTax\":\"12.50\","
            + "\"total\":\"\",\"balance\":null,\"active\":true},"
            + "{\"id\":2,\"createdOn\":\"2026-06-01T10:00:00Z\",\"subTotal\":\"100.00\",\"total\":108.5,\"active\":true}]}");

    List<Invoice> invoices = st.invoices().list(List.of(), OptionalLong.empty(), ListFilter.none()).stream().toList();

    assertThat(invoices).hasSize(2);
    assertThat(invoices.get(0).subTotal()).isEmpty();
    assertThat(invoices.get(0).unreadableAmounts()).containsExactly("subTotal");
    assertThat(invoices.get(0).salesTax()).contains(new BigDecimal("12.50"));
    assertThat(invoices.get(0).total()).isEmpty();
    assertThat(invoices.get(1).unreadableAmounts()).isEmpty();
    assertThat(invoices.get(1).total()).contains(new BigDecimal("108.5"));
  }

  @Test
  void missingRequiredField_errorNamesItsExactJsonPath_notAWireType() {
    String job =
        "{\"id\":%d,\"jobNumber\":\"J-%d\",\"locationId\":3,\"businessUnitId\":4,\"jobTypeId\":5,"
            + "\"campaignId\":6,\"createdOn\":\"2026-06-01T10:00:00Z\",\"modifiedOn\":\"2026-06-01T10:00:00Z\"%s}";
    script.json(
        200,
        "{\"page\":1,\"pageSize\":50,\"hasMore\":false,\"data\":["
            + String.format(job, 1, 1, ",\"customerId\":2") + "," + String.format(job, 2, 2, "") + "]}");

    InvalidResponseException error =
        catchThrowableOfType(
            InvalidResponseException.class, () -> st.jobs().list(JobQuery.builder().build()).stream().toList());

    assertThat(error.jsonPath()).contains("$.data[1].customerId");
    assertThat(error.operation()).isEqualTo("jobs.list");
    assertThat(error.getMessage()).doesNotContain("Dto").doesNotContain("longValue");
  }

  @Test
  void rateLimited_withoutRetryAfter_waitsWhatTheGatewayMessageSays() {
    script
        .json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 3 seconds.\"}")
        .json(200, "{\"id\":11,\"name\":\"Store\",\"summary\":\"Leak\",\"source\":\"sc\",\"status\":\"New\","
            + "\"isFirstTimeClient\":false,\"externalId\":\"x-1\",\"createdOn\":\"2026-06-01T10:00:00Z\","
            + "\"modifiedOn\":\"2026-06-01T10:00:00Z\",\"bookingProviderId\":42}");

    // A POST: retried because a 429 means nothing was done.
    long id =
        st.bookings()
            .create(NewBooking.builder().source("sc").name("Store").summary("Leak").isFirstTimeClient(false)
                .externalId("x-1").build())
            .id();

    assertThat(id).isEqualTo(11);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(script.apiRequests()).hasSize(2);
  }

  @Test
  void rateLimited_beyondTheCap_reportsTheGatewayWaitAndMessage() {
    script.json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 2 minutes.\"}");

    RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> st.jobs().get(7));

    assertThat(error.retryAfter()).contains(Duration.ofMinutes(2));
    assertThat(error.errorMessage()).contains("Rate limit is exceeded. Try again in 2 minutes.");
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void problemData_isKeptOnTheException() {
    script.json(
        409,
        "{\"type\":\"https://tools.ietf.org/html/rfc7231#section-6.5.8\",\"title\":\"Job is already completed\","
            + "\"status\":409,\"traceId\":\"00-abc-01\",\"errors\":{},"
            + "\"data\":{\"jobId\":7,\"completedOn\":\"2026-05-30T10:00:00Z\",\"reasons\":[\"closed\"]}}");

    ServiceTitanConflictException error =
        catchThrowableOfType(
            ServiceTitanConflictException.class,
            () -> st.jobs().complete(7, Instant.parse("2026-06-01T12:00:00Z")));

    assertThat(error.errorMessage()).contains("Job is already completed");
    assertThat(error.errorData())
        .containsEntry("completedOn", "2026-05-30T10:00:00Z")
        .containsEntry("reasons", "[\"closed\"]")
        .containsEntry("jobId", "7");
    assertThat(error.requestId()).contains("00-abc-01");
  }
}
