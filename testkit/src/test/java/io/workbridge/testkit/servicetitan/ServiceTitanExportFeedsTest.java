package io.workbridge.testkit.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.Http;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's export feeds are snapshots of current state, not histories (reference §3.2): a record
 * changed several times between two reads appears once, in its latest state, positioned by its last
 * modification; continuation tokens never skip a record and repeat one only to show a newer state.
 */
class ServiceTitanExportFeedsTest {
  /** Every export feed the simulator serves. */
  private static final List<String> FEEDS =
      List.of(
          "/crm/v2/tenant/{tenant}/export/bookings",
          "/crm/v2/tenant/{tenant}/export/customers",
          "/crm/v2/tenant/{tenant}/export/locations",
          "/jpm/v2/tenant/{tenant}/export/jobs",
          "/jpm/v2/tenant/{tenant}/export/appointments",
          "/jpm/v2/tenant/{tenant}/export/job-notes",
          "/dispatch/v2/tenant/{tenant}/export/appointment-assignments",
          "/payroll/v2/tenant/{tenant}/export/jobs/timesheets",
          "/accounting/v2/tenant/{tenant}/export/invoices");

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T10:00:00Z"));
  private final Http http = new Http();
  private ServiceTitanSimulator sim;

  @BeforeEach
  void start() {
    sim = ServiceTitanSimulator.builder().clock(clock).exportPageSize(2).build().start();
  }

  /** The ServiceTitan headers with a fresh token (tests move the clock past a token's lifetime). */
  private Map<String, String> headers() {
    Http.Reply reply =
        http.form(
            sim.tokenUrl(),
            Map.of("grant_type", "client_credentials", "client_id", sim.clientId(), "client_secret", sim.clientSecret()),
            null);
    return Map.of("Authorization", "Bearer " + reply.json().get("access_token"), "ST-App-Key", sim.appKey());
  }

  @AfterEach
  void stop() {
    sim.verify();
    sim.close();
    http.close();
  }

  /** One export page. */
  private record Page(List<Map<String, Object>> data, String continueFrom, boolean hasMore) {}

  /** Everything read from a feed until it said it has no more, and the token to continue from. */
  private record Read(List<Map<String, Object>> records, String continueFrom) {
    List<Long> ids() {
      return records.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    Map<String, Object> only(long id) {
      List<Map<String, Object>> matching = records.stream().filter(r -> ((Number) r.get("id")).longValue() == id).toList();
      assertThat(matching).as("records with id %s", id).hasSize(1);
      return matching.get(0);
    }
  }

  @SuppressWarnings("unchecked")
  private Page page(String feed, String from) {
    String path = feed.replace("{tenant}", Long.toString(sim.tenantId())).replaceFirst("^/", "");
    Http.Reply reply =
        http.get(sim.baseUrl() + path + (from == null ? "" : "?from=" + from), headers());
    assertThat(reply.status()).as(feed).isEqualTo(200);
    Map<String, Object> json = reply.json();
    return new Page(
        (List<Map<String, Object>>) json.get("data"), (String) json.get("continueFrom"), (Boolean) json.get("hasMore"));
  }

  private Read drain(String feed, String from) {
    List<Map<String, Object>> records = new ArrayList<>();
    String token = from;
    for (int pages = 0; pages < 100; pages++) {
      Page page = page(feed, token);
      records.addAll(page.data());
      token = page.continueFrom();
      if (!page.hasMore()) {
        return new Read(records, token);
      }
    }
    throw new AssertionError(feed + " never reached its end");
  }

  private static final String BOOKINGS = "/crm/v2/tenant/{tenant}/export/bookings";
  private static final String JOBS = "/jpm/v2/tenant/{tenant}/export/jobs";
  private static final String APPOINTMENTS = "/jpm/v2/tenant/{tenant}/export/appointments";
  private static final String NOTES = "/jpm/v2/tenant/{tenant}/export/job-notes";
  private static final String ASSIGNMENTS = "/dispatch/v2/tenant/{tenant}/export/appointment-assignments";
  private static final String TIMESHEETS = "/payroll/v2/tenant/{tenant}/export/jobs/timesheets";
  private static final String INVOICES = "/accounting/v2/tenant/{tenant}/export/invoices";

  private long booking(String externalId) {
    Http.Reply created =
        http.json(
            "POST",
            sim.baseUrl() + "crm/v2/tenant/" + sim.tenantId() + "/booking-provider/" + sim.bookingProviderId() + "/bookings",
            "{\"source\":\"Test\",\"name\":\"N\",\"summary\":\"S\",\"isFirstTimeClient\":true,\"externalId\":\""
                + externalId + "\",\"start\":\"2026-03-03T09:00:00Z\"}",
            headers());
    assertThat(created.status()).isEqualTo(200);
    return ((Number) created.json().get("id")).longValue();
  }

  /** A job converted from a booking, with its one appointment; returns {bookingId, jobId, appointmentId}. */
  private long[] job(String externalId) {
    long bookingId = booking(externalId);
    long[] customer = sim.csrCreateCustomer("N " + externalId, "1 A St", "Austin", "TX", "73301");
    long jobId = sim.csrConvertBooking(bookingId, customer[0], customer[1]);
    long appointmentId = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    return new long[] {bookingId, jobId, appointmentId};
  }

  private void tick() {
    clock.advance(Duration.ofMinutes(1));
  }

  /** Each record once, ordered by its last modification. */
  private static void assertSnapshot(String feed, Read read) {
    assertThat(read.ids()).as("%s: each record once", feed).doesNotHaveDuplicates();
    List<Instant> modified = read.records().stream().map(r -> Instant.parse(String.valueOf(r.get("modifiedOn")))).toList();
    assertThat(modified).as("%s: ordered by last modification", feed).isSorted();
  }

  @Test
  void bookingAcceptedThenConvertedBetweenTwoReads_isSeenOnceAsConverted() {
    long bookingId = booking("x-1");
    String before = drain(BOOKINGS, null).continueFrom();
    tick();
    sim.csrAcceptBooking(bookingId);
    tick();
    long[] customer = sim.csrCreateCustomer("N", "1 A St", "Austin", "TX", "73301");
    long jobId = sim.csrConvertBooking(bookingId, customer[0], customer[1]);

    Read after = drain(BOOKINGS, before);

    assertThat(after.ids()).containsExactly(bookingId);
    assertThat(after.only(bookingId)).containsEntry("status", "Converted").containsEntry("jobId", jobId)
        .containsEntry("modifiedOn", clock.instant().toString());
    assertThat(after.records()).noneMatch(r -> "Accepted".equals(r.get("status")));
  }

  @Test
  void appointmentDispatchedThenDone_isSeenOnceAsDone_withItsJobAssignmentAndTimesheet() {
    long[] job = job("x-2");
    long appointmentId = job[2];
    sim.dispatcherAssign(appointmentId, sim.referenceData().technicianId());
    Map<String, String> before = new java.util.LinkedHashMap<>();
    for (String feed : List.of(JOBS, APPOINTMENTS, ASSIGNMENTS, TIMESHEETS)) {
      before.put(feed, drain(feed, null).continueFrom());
    }
    tick();
    sim.dispatcherDispatch(appointmentId);
    tick();
    sim.technicianArrive(appointmentId);
    tick();
    sim.technicianFinish(appointmentId);

    Read appointments = drain(APPOINTMENTS, before.get(APPOINTMENTS));
    assertThat(appointments.ids()).containsExactly(appointmentId);
    assertThat(appointments.only(appointmentId)).containsEntry("status", "Done");
    Read jobs = drain(JOBS, before.get(JOBS));
    assertThat(jobs.ids()).containsExactly(job[1]);
    assertThat(jobs.only(job[1])).containsEntry("jobStatus", "Completed");
    Read assignments = drain(ASSIGNMENTS, before.get(ASSIGNMENTS));
    assertThat(assignments.records()).singleElement().satisfies(a -> assertThat(a).containsEntry("status", "Done"));
    Read timesheets = drain(TIMESHEETS, before.get(TIMESHEETS));
    assertThat(timesheets.records()).singleElement().satisfies(t -> {
      assertThat(t.get("dispatchedOn")).isNotNull();
      assertThat(t.get("arrivedOn")).isNotNull();
      assertThat(t.get("doneOn")).isEqualTo(clock.instant().toString());
    });
  }

  @Test
  void invoicePostedThenExported_isSeenOnceAsExported() {
    long[] job = job("x-3");
    long invoiceId = sim.accountingCreateInvoice(job[1], "100.00", "8.00");
    String before = drain(INVOICES, null).continueFrom();
    tick();
    sim.accountingPostInvoice(invoiceId);
    tick();
    sim.accountingExportInvoice(invoiceId, "GL-7");

    Read after = drain(INVOICES, before);

    assertThat(after.ids()).containsExactly(invoiceId);
    assertThat(after.only(invoiceId)).containsEntry("syncStatus", "Exported").containsEntry("exportId", "GL-7");
  }

  @Test
  void invoiceCreatedPostedAndExportedBeforeTheFirstRead_isSeenOnceAsExported() {
    long[] job = job("x-4");
    String before = drain(INVOICES, null).continueFrom();
    long invoiceId = sim.accountingCreateInvoice(job[1], "100.00", "8.00");
    tick();
    sim.accountingPostInvoice(invoiceId);
    tick();
    sim.accountingExportInvoice(invoiceId, "GL-8");

    assertThat(drain(INVOICES, before).records()).singleElement()
        .satisfies(invoice -> assertThat(invoice).containsEntry("syncStatus", "Exported"));
  }

  @Test
  void jobNoteEditedTwice_isSeenOnceWithItsLastText() {
    long[] job = job("x-5");
    long noteId = sim.addJobNote(job[1], "first");
    String before = drain(NOTES, null).continueFrom();
    tick();
    sim.officeEditJobNote(noteId, "second");
    tick();
    sim.officeEditJobNote(noteId, "third");

    Read after = drain(NOTES, before);

    assertThat(after.ids()).containsExactly(noteId);
    assertThat(after.only(noteId)).containsEntry("text", "third").containsEntry("jobId", job[1]);
  }

  @Test
  void fromADate_aRecordChangedTwiceSinceThen_isSeenOnceInItsLastState() {
    long bookingId = booking("x-6");
    tick();
    sim.csrAcceptBooking(bookingId);
    tick();
    sim.csrDismissBooking(bookingId, sim.referenceData().callReasonId());

    Read since = drain(BOOKINGS, "2026-03-02");

    assertThat(since.ids()).containsExactly(bookingId);
    assertThat(since.only(bookingId)).containsEntry("status", "Dismissed")
        .containsEntry("dismissingReasonId", sim.referenceData().callReasonId());
  }

  @Test
  void fromADateAfterEveryChange_theTokenContinuesFromThere_notFromTheBeginning() {
    long old = booking("x-8");
    long other = booking("x-9");
    clock.advance(Duration.ofDays(1));

    Read fromToday = drain(BOOKINGS, "2026-03-03");
    assertThat(fromToday.records()).isEmpty();
    // Nothing changed: the token reads nothing (the records before the date stay behind it).
    assertThat(drain(BOOKINGS, fromToday.continueFrom()).records()).isEmpty();

    sim.csrAcceptBooking(old);
    Read next = drain(BOOKINGS, fromToday.continueFrom());
    assertThat(next.ids()).containsExactly(old);
    assertThat(next.ids()).doesNotContain(other);
  }

  @Test
  void fromADate_theTokenOfAFullPage_continuesAfterItsLastRecord() {
    booking("x-20");
    clock.advance(Duration.ofDays(1));
    long[] later = {booking("x-21"), booking("x-22"), booking("x-23")};

    Page first = page(BOOKINGS, "2026-03-03");
    assertThat(first.data()).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(later[0], later[1]);
    assertThat(first.hasMore()).isTrue();
    assertThat(drain(BOOKINGS, first.continueFrom()).ids()).containsExactly(later[2]);
  }

  @Test
  void bookingDismissedThroughTheApiWithACallReason_carriesTheReasonInTheFeed() {
    long reason = sim.officeAddCallReason("Customer chose another contractor");
    long bookingId = booking("x-30");
    String before = drain(BOOKINGS, null).continueFrom();
    tick();
    Http.Reply dismissed =
        http.json(
            "POST",
            sim.baseUrl() + "crm/v2/tenant/" + sim.tenantId() + "/booking-provider/" + sim.bookingProviderId() + "/bookings/"
                + bookingId + "/dismiss",
            "{\"callReasonId\":" + reason + ",\"dismissingMemo\":\"went elsewhere\"}",
            headers());
    assertThat(dismissed.status()).isEqualTo(200);

    Read after = drain(BOOKINGS, before);

    assertThat(after.only(bookingId)).containsEntry("status", "Dismissed").containsEntry("dismissingReasonId", reason)
        .doesNotContainKey("dismissingMemo");
  }

  @Test
  void continuationToken_recordsChangedWhileReading_areNeitherSkippedNorRepeatedExceptInANewerState() {
    long[] ids = new long[5];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = booking("x-1" + i);
      tick();
    }
    Page first = page(BOOKINGS, null);
    assertThat(first.data()).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(ids[0], ids[1]);
    assertThat(first.hasMore()).isTrue();

    // After the token was issued: one record already read changes, and one not yet read changes twice.
    tick();
    sim.csrAcceptBooking(ids[0]);
    tick();
    sim.csrAcceptBooking(ids[3]);
    tick();
    sim.csrDismissBooking(ids[3], sim.referenceData().callReasonId());

    Read rest = drain(BOOKINGS, first.continueFrom());

    assertSnapshot(BOOKINGS, rest);
    assertThat(rest.ids()).containsExactly(ids[2], ids[4], ids[0], ids[3]);
    assertThat(rest.only(ids[0])).containsEntry("status", "Accepted");
    assertThat(rest.only(ids[3])).containsEntry("status", "Dismissed");
    Set<Long> seen = new LinkedHashSet<>();
    first.data().forEach(r -> seen.add(((Number) r.get("id")).longValue()));
    seen.addAll(rest.ids());
    assertThat(seen).containsExactlyInAnyOrder(ids[0], ids[1], ids[2], ids[3], ids[4]);
    // Nothing changed since: the final token reads nothing.
    assertThat(drain(BOOKINGS, rest.continueFrom()).records()).isEmpty();
  }

  @Test
  void everyExportFeed_fromTheBeginning_carriesEachRecordOnceInModificationOrder() {
    long[] job = job("x-7");
    sim.dispatcherAssign(job[2], sim.referenceData().technicianId());
    tick();
    sim.dispatcherDispatch(job[2]);
    long noteId = sim.addJobNote(job[1], "first");
    tick();
    sim.technicianArrive(job[2]);
    sim.officeEditJobNote(noteId, "second");
    long invoiceId = sim.accountingCreateInvoice(job[1], "10.00", "0.80");
    tick();
    sim.technicianFinish(job[2]);
    sim.accountingPostInvoice(invoiceId);
    sim.officeDeactivateCustomer(sim.jobs().get(0).get("customerId") instanceof Number n ? n.longValue() : -1);
    tick();
    sim.accountingExportInvoice(invoiceId, "GL-9");

    for (String feed : FEEDS) {
      Read read = drain(feed, null);
      assertThat(read.records()).as(feed).isNotEmpty();
      assertSnapshot(feed, read);
    }
  }
}
