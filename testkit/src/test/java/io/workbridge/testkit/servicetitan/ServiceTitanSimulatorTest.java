package io.workbridge.testkit.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.Http;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fault.Fault;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ServiceTitan simulator's own rules, over plain HTTP. */
class ServiceTitanSimulatorTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T10:00:00Z"));
  private final Http http = new Http();
  private ServiceTitanSimulator sim;

  @BeforeEach
  void start() {
    sim = ServiceTitanSimulator.builder().clock(clock).exportPageSize(2).build().start();
  }

  @AfterEach
  void stop() {
    sim.close();
    http.close();
  }

  private String token() {
    Http.Reply reply =
        http.form(sim.tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", sim.clientId(), "client_secret", sim.clientSecret()), null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("expires_in")).isEqualTo(900L);
    return (String) reply.json().get("access_token");
  }

  private String url(String path) {
    return sim.baseUrl() + path.replace("{tenant}", Long.toString(sim.tenantId())).substring(0).replaceFirst("^/", "");
  }

  private Http.Reply get(String path, String token) {
    return http.get(url(path), Map.of("Authorization", "Bearer " + token, "ST-App-Key", sim.appKey()));
  }

  @Test
  void appKeyMissing_is401InProblemShape() {
    Http.Reply reply = http.get(url("/crm/v2/tenant/{tenant}/customers"), Map.of("Authorization", "Bearer " + token()));
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json()).containsKeys("type", "title", "status", "traceId", "errors");
    assertThat(reply.json().get("title").toString()).contains("ST-App-Key");
  }

  @Test
  void tokenExpiresAfter900Seconds() {
    String token = token();
    assertThat(get("/crm/v2/tenant/{tenant}/customers", token).status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(900));
    assertThat(get("/crm/v2/tenant/{tenant}/customers", token).status()).isEqualTo(401);
  }

  @Test
  void otherTenant_isForbidden() {
    Http.Reply reply = get("/crm/v2/tenant/999/customers", token());
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void sixtyFirstRequestInOneInstant_is429WithRetryAfter_andRefillsWithTime() {
    String token = token();
    for (int i = 0; i < 60; i++) {
      assertThat(get("/jbce/v2/tenant/{tenant}/call-reasons", token).status()).isEqualTo(200);
    }
    Http.Reply limited = get("/jbce/v2/tenant/{tenant}/call-reasons", token);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    assertThat(limited.json().get("message").toString()).contains("Rate limit is exceeded");
    clock.advance(Duration.ofMillis(100));
    assertThat(get("/jbce/v2/tenant/{tenant}/call-reasons", token).status()).isEqualTo(200);
    assertThat(sim.rateLimitedCount()).isEqualTo(1);
  }

  @Test
  void pageZero_isRejected_andPagesStartAtOne() {
    String token = token();
    Http.Reply zero = get("/settings/v2/tenant/{tenant}/technicians?page=0", token);
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().get("errors").toString()).contains("page");
    Http.Reply first = get("/settings/v2/tenant/{tenant}/technicians?page=1&pageSize=1", token);
    assertThat(first.json()).containsEntry("hasMore", true).containsEntry("page", 1L);
    Http.Reply second = get("/settings/v2/tenant/{tenant}/technicians?page=2&pageSize=1", token);
    assertThat(second.json()).containsEntry("hasMore", false);
  }

  @Test
  void undeclaredQueryParameter_isAContractViolation() {
    Http.Reply reply = get("/crm/v2/tenant/{tenant}/customers?pagesize=5", token());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("does not match the API description");
    assertThat(sim.contractViolations()).hasSize(1);
    sim.clearProblems();
  }

  @Test
  void inactiveRecords_hiddenUnlessActiveAny() {
    String token = token();
    assertThat((List<?>) get("/jpm/v2/tenant/{tenant}/job-types", token).json().get("data")).hasSize(1);
    assertThat((List<?>) get("/jpm/v2/tenant/{tenant}/job-types?active=Any", token).json().get("data")).hasSize(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void exportFeed_continuesWithTokens_inModifiedOrder() {
    String token = token();
    long[] first = sim.csrCreateCustomer("A", "1 A St", "Austin", "TX", "73301");
    clock.advance(Duration.ofMinutes(1));
    sim.csrCreateCustomer("B", "2 B St", "Austin", "TX", "73301");
    clock.advance(Duration.ofMinutes(1));
    sim.csrCreateCustomer("C", "3 C St", "Austin", "TX", "73301");
    Map<String, Object> page1 = get("/crm/v2/tenant/{tenant}/export/customers", token).json();
    assertThat(page1).containsEntry("hasMore", true);
    assertThat((List<Map<String, Object>>) page1.get("data")).extracting(m -> m.get("name")).containsExactly("A", "B");
    Map<String, Object> page2 = get("/crm/v2/tenant/{tenant}/export/customers?from=" + page1.get("continueFrom"), token).json();
    assertThat(page2).containsEntry("hasMore", false);
    assertThat((List<Map<String, Object>>) page2.get("data")).extracting(m -> m.get("name")).containsExactly("C");

    sim.officeDeactivateCustomer(first[0]);
    Map<String, Object> page3 = get("/crm/v2/tenant/{tenant}/export/customers?from=" + page2.get("continueFrom"), token).json();
    assertThat((List<Map<String, Object>>) page3.get("data")).singleElement().satisfies(m -> {
      assertThat(m.get("name")).isEqualTo("A");
      assertThat(m.get("active")).isEqualTo(false);
    });
    Map<String, Object> byDate = get("/crm/v2/tenant/{tenant}/export/customers?from=2026-03-03", token).json();
    assertThat((List<?>) byDate.get("data")).isEmpty();
  }

  @Test
  void bookingConversion_createsJobCarryingBookingId() {
    String token = token();
    Http.Reply created =
        http.json("POST", url("/crm/v2/tenant/{tenant}/booking-provider/" + sim.bookingProviderId() + "/bookings"),
            "{\"source\":\"Test\",\"name\":\"N\",\"summary\":\"S\",\"isFirstTimeClient\":true,\"externalId\":\"x-1\"}",
            Map.of("Authorization", "Bearer " + token, "ST-App-Key", sim.appKey()));
    assertThat(created.status()).isEqualTo(200);
    long bookingId = (Long) created.json().get("id");
    long[] customer = sim.csrCreateCustomer("N", "1 A St", "Austin", "TX", "73301");
    long jobId = sim.csrConvertBooking(bookingId, customer[0], customer[1]);
    assertThat(sim.booking(bookingId).orElseThrow()).containsEntry("status", "Converted").containsEntry("jobId", jobId);
    assertThat(sim.job(jobId).orElseThrow()).containsEntry("bookingId", bookingId);
    assertThat((List<?>) get("/jpm/v2/tenant/{tenant}/jobs?bookingId=" + bookingId, token).json().get("data")).hasSize(1);
  }

  @Test
  void responseLatency_delaysTheApiAndTheTokenEndpoint() {
    String token = token();
    sim.responseLatency(Duration.ofSeconds(1));
    Http impatient = new Http(Duration.ofMillis(100));
    try {
      assertThatThrownBy(() -> impatient.get(url("/crm/v2/tenant/{tenant}/customers"), Map.of("Authorization", "Bearer " + token, "ST-App-Key", sim.appKey())))
          .hasCauseInstanceOf(SocketTimeoutException.class);
      assertThatThrownBy(() -> impatient.form(sim.tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", sim.clientId(), "client_secret", sim.clientSecret()), null))
          .hasCauseInstanceOf(SocketTimeoutException.class);
    } finally {
      impatient.close();
    }
    assertThat(get("/crm/v2/tenant/{tenant}/customers", token).status()).isEqualTo(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void people_attachFileToJob_andExportPostedInvoice_visibleThroughTheApi() {
    String token = token();
    long[] customer = sim.csrCreateCustomer("N", "1 A St", "Austin", "TX", "73301");
    Http.Reply created =
        http.json("POST", url("/crm/v2/tenant/{tenant}/booking-provider/" + sim.bookingProviderId() + "/bookings"),
            "{\"source\":\"Test\",\"name\":\"N\",\"summary\":\"S\",\"isFirstTimeClient\":true,\"externalId\":\"x-2\",\"start\":\"2026-03-03T09:00:00Z\"}",
            Map.of("Authorization", "Bearer " + token, "ST-App-Key", sim.appKey()));
    long jobId = sim.csrConvertBooking((Long) created.json().get("id"), customer[0], customer[1]);

    long attachmentId = sim.technicianAttachFile(jobId, "rooftop.jpg", new byte[] {1, 2, 3});
    assertThat(sim.attachmentNamesOf(jobId)).containsExactly("rooftop.jpg");
    List<Object> listed = (List<Object>) get("/forms/v2/tenant/{tenant}/jobs/" + jobId + "/attachments", token).json().get("data");
    assertThat(listed.stream().map(row -> (Object) ((Map<?, ?>) row).get("id")).toList()).containsExactly((Object) attachmentId);

    long invoiceId = sim.accountingCreateInvoice(jobId, "100.00", "8.00");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.accountingExportInvoice(invoiceId, "GL-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Pending");
    sim.accountingPostInvoice(invoiceId);
    sim.accountingExportInvoice(invoiceId, "GL-1");
    assertThat(sim.invoice(invoiceId).orElseThrow()).containsEntry("syncStatus", "Exported").containsEntry("exportId", "GL-1");
    assertThat((List<?>) get("/accounting/v2/tenant/{tenant}/invoices?statuses=Exported", token).json().get("data")).hasSize(1);
  }

  @Test
  void inspection_listsBookingsJobsAndJobNotes() {
    String token = token();
    http.json("POST", url("/crm/v2/tenant/{tenant}/booking-provider/" + sim.bookingProviderId() + "/bookings"),
        "{\"source\":\"Test\",\"name\":\"N\",\"summary\":\"S\",\"isFirstTimeClient\":true,\"externalId\":\"x-3\",\"start\":\"2026-03-03T09:00:00Z\"}",
        Map.of("Authorization", "Bearer " + token, "ST-App-Key", sim.appKey()));
    Map<String, Object> booking = sim.bookings().get(0);
    assertThat(booking).containsEntry("externalId", "x-3");
    long[] customer = sim.csrCreateCustomer("N", "1 A St", "Austin", "TX", "73301");
    long jobId = sim.csrConvertBooking((Long) booking.get("id"), customer[0], customer[1]);
    sim.addJobNote(jobId, "first");
    sim.addJobNote(jobId, "second");
    assertThat(sim.jobs()).singleElement().satisfies(job -> assertThat(job).containsEntry("id", jobId));
    assertThat(sim.jobNoteTexts(jobId)).containsExactly("first", "second");
  }

  @Test
  @SuppressWarnings("unchecked")
  void editedJobNote_keepsItsId_andShowsAgainInTheNotesExport() {
    String token = token();
    long[] customer = sim.csrCreateCustomer("N", "1 A St", "Austin", "TX", "73301");
    Http.Reply created =
        http.json("POST", url("/crm/v2/tenant/{tenant}/booking-provider/" + sim.bookingProviderId() + "/bookings"),
            "{\"source\":\"Test\",\"name\":\"N\",\"summary\":\"S\",\"isFirstTimeClient\":true,\"externalId\":\"x-2\"}",
            Map.of("Authorization", "Bearer " + token, "ST-App-Key", sim.appKey()));
    long jobId = sim.csrConvertBooking((Long) created.json().get("id"), customer[0], customer[1]);
    long noteId = sim.addJobNote(jobId, "Filter replaced");
    Map<String, Object> before = get("/jpm/v2/tenant/{tenant}/export/job-notes", token).json();
    clock.advance(Duration.ofMinutes(1));

    sim.officeEditJobNote(noteId, "Filter and belt replaced");

    Map<String, Object> after = get("/jpm/v2/tenant/{tenant}/export/job-notes?from=" + before.get("continueFrom"), token).json();
    assertThat((List<Map<String, Object>>) after.get("data")).singleElement().satisfies(note -> {
      assertThat(note.get("text")).isEqualTo("Filter and belt replaced");
      assertThat(note.get("modifiedOn")).isNotEqualTo(note.get("createdOn"));
    });
  }

  @Test
  void faults_answerPlannedRequests_beforeTheirHandlers() {
    String token = token();
    sim.faults().on("GET", ".*/customers").times(2).then(Fault.status(503));
    assertThat(get("/crm/v2/tenant/{tenant}/customers", token).status()).isEqualTo(503);
    assertThat(get("/crm/v2/tenant/{tenant}/customers", token).status()).isEqualTo(503);
    assertThat(get("/crm/v2/tenant/{tenant}/customers", token).status()).isEqualTo(200);
    assertThat(sim.faults().exhausted()).isTrue();
  }
}
