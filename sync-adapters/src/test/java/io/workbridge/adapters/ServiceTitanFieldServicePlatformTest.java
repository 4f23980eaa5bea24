package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.BookingUpdate;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.FollowUpRequest;
import io.workbridge.sync.model.FollowUpStatus;
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ServiceTitanFieldServicePlatform} against the stateful ServiceTitan simulator over HTTP. */
class ServiceTitanFieldServicePlatformTest {
  static final String APP_GUID = SimulatorClients.APP_GUID;

  @RegisterExtension
  final Simulators simulators = Simulators.startingAt("2026-06-01T14:00:00Z").withServiceTitan();

  private MutableClock clock;
  private ServiceTitanSimulator sim;
  private ServiceTitanClient client;
  private ServiceTitanFieldServicePlatform platform;

  @BeforeEach
  void start(ServiceTitanSimulator sim, MutableClock clock) {
    this.sim = sim;
    this.clock = clock;
    client = SimulatorClients.serviceTitan(sim, clock);
    platform =
        ServiceTitanFieldServicePlatform.builder().client(client).clock(clock).feedStart(clock.instant().minus(Duration.ofDays(1))).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private BookingRequest bookingRequest(String externalId) {
    return BookingRequest.builder()
        .externalId(externalId)
        .source("ServiceChannel")
        .name("Acme Stores #24")
        .summary("WO " + externalId + ": rooftop unit not cooling")
        .address(Address.builder().street("12 Main St").city("Albany").state("NY").zip("12207").build())
        .priority("High")
        .start(clock.instant().plus(Duration.ofDays(1)))
        .build();
  }

  /** A booking the CSR converted into a job for a new customer at the store; returns the job's id. */
  private long convertedJob(String externalId) {
    Booking booking = platform.createBooking(bookingRequest(externalId));
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    return sim.csrConvertBooking(booking.id(), customer[0], customer[1]);
  }

  private void tick() {
    clock.advance(Duration.ofSeconds(30));
  }

  private List<FieldEvent> events(ChangePage<FieldEvent> page) {
    return page.items().stream()
        .map(item -> {
          assertThat(item).isInstanceOf(FeedItem.Parsed.class);
          return ((FeedItem.Parsed<FieldEvent>) item).value();
        })
        .toList();
  }

  @Test
  void sc1_createBooking_storedRemotelyAndFoundByExternalId() {
    assertThat(platform.findBookingByExternalId("2147400001")).isEmpty();

    Booking created = platform.createBooking(bookingRequest("2147400001"));

    assertThat(created.externalId()).isEqualTo("2147400001");
    assertThat(created.status()).isEqualTo(BookingStatus.NEW);
    Map<String, Object> stored = sim.booking(created.id()).orElseThrow();
    assertThat(stored).containsEntry("externalId", "2147400001").containsEntry("source", "ServiceChannel")
        .containsEntry("priority", "High");
    assertThat(stored.get("summary")).isEqualTo("WO 2147400001: rooftop unit not cooling");
    assertThat(platform.findBookingByExternalId("2147400001")).map(Booking::id).contains(created.id());
    assertThat(platform.booking(created.id())).map(Booking::name).contains("Acme Stores #24");
    assertThat(platform.booking(987654321L)).isEmpty();
  }

  @Test
  void sc6_updateBooking_summaryWrittenStatusLeftToTheCsr() {
    Booking created = platform.createBooking(bookingRequest("2147400002"));

    Booking updated =
        platform.updateBooking(
            created.id(),
            BookingUpdate.builder().summary("accepted directly in ServiceChannel").status(BookingStatus.ACCEPTED).build());

    assertThat(updated.summary()).isEqualTo("accepted directly in ServiceChannel");
    assertThat(sim.booking(created.id()).orElseThrow().get("summary")).isEqualTo("accepted directly in ServiceChannel");
  }

  @Test
  void updateBooking_dismissed_dismissedRemotely() {
    Booking created = platform.createBooking(bookingRequest("2147400003"));

    platform.updateBooking(created.id(), BookingUpdate.builder().status(BookingStatus.DISMISSED).build());

    assertThat(sim.booking(created.id()).orElseThrow().get("status")).isEqualTo("Dismissed");
  }

  @Test
  void sc4_sc22_createJob_withNteCustomFieldAndExternalId_foundAgain() {
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    assertThat(platform.findJobByExternalId("2147400009")).isEmpty();

    FieldJob job =
        platform.createJob(
            JobRequest.builder()
                .externalId("2147400009")
                .customerId(customer[0])
                .locationId(customer[1])
                .summary("WO 2147400009")
                .priority("Urgent")
                .businessUnitId(sim.referenceData().businessUnitId())
                .jobTypeId(sim.referenceData().jobTypeId())
                .campaignId(sim.referenceData().campaignId())
                .customerPo("PO-9")
                .start(clock.instant().plus(Duration.ofHours(4)))
                .putCustomField("NTE", "750.00 USD")
                .build());

    assertThat(job.externalId()).contains("2147400009");
    assertThat(job.customFields()).containsEntry("NTE", "750.00 USD");
    assertThat(job.status()).isEqualTo(JobStatus.SCHEDULED);
    assertThat(sim.appointmentsOf(job.id())).hasSize(1);
    assertThat(sim.job(job.id()).orElseThrow()).containsEntry("priority", "Urgent").containsEntry("customerPo", "PO-9");
    assertThat(platform.findJobByExternalId("2147400009")).map(FieldJob::id).contains(job.id());

    platform.setJobCustomField(job.id(), "Trade", "HVAC");
    assertThat(platform.job(job.id()).orElseThrow().customFields()).containsEntry("NTE", "750.00 USD").containsEntry("Trade", "HVAC");
  }

  @Test
  void createJob_withoutBusinessUnit_rejectedNamingTheField() {
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    JobRequest request =
        JobRequest.builder().externalId("1").customerId(customer[0]).locationId(customer[1]).summary("x").start(clock.instant()).build();

    assertThatThrownBy(() -> platform.createJob(request))
        .isInstanceOfSatisfying(PlatformRejectedException.class, rejected -> {
          assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_REQUEST);
          assertThat(rejected.getMessage()).contains("businessUnitId");
        });
    assertThat(sim.count("jobs")).isZero();
  }

  @Test
  void sc16_jobNotes_addedAndListed() {
    long jobId = convertedJob("2147400004");
    sim.addJobNote(jobId, "Unit replaced");

    Note added = platform.addJobNote(jobId, "[SC note 5] Store: call before arriving");

    assertThat(platform.jobNotes(jobId)).extracting(Note::text)
        .containsExactly("Unit replaced", "[SC note 5] Store: call before arriving");
    assertThat(platform.jobNotes(jobId)).extracting(Note::id).contains(added.id());
    // The technician's note is named after the technician, not left to read as the office's.
    assertThat(platform.jobNotes(jobId)).extracting(Note::author).containsExactly(Optional.of("Ada Lovelace"), Optional.empty());
    assertThat(added.author()).isEmpty();
  }

  @Test
  void sc15_jobAttachments_listedAndDownloaded() {
    long jobId = convertedJob("2147400005");
    byte[] photo = {(byte) 0xFF, (byte) 0xD8, 7, 7};
    client.attachments().upload(jobId, "after.jpg", "image/jpeg", photo);

    List<Attachment> attachments = platform.jobAttachments(jobId);

    assertThat(attachments).extracting(Attachment::fileName).containsExactly("after.jpg");
    assertThat(attachments.get(0).contentType()).contains("image/jpeg");
    assertThat(platform.downloadAttachment(jobId, attachments.get(0).id())).isEqualTo(photo);
  }

  @Test
  void changesSince_anExportRecordWithAStringId_isMalformedWithItsRawJson_theRestParsed_andTheTokenAdvances() {
    Booking bad = platform.createBooking(bookingRequest("2147400031"));
    tick();
    platform.createBooking(bookingRequest("2147400032"));
    tick();
    java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*" + bad.id() + "\\b");
    sim.faults().on("GET", ".*/export/bookings").always().then((request, context) -> {
      io.workbridge.testkit.SimResponse normal = context.proceed();
      return io.workbridge.testkit.SimResponse.text(
          200, "application/json", id.matcher(normal.bodyString()).replaceAll("\"id\":\"B-" + bad.id() + "\""));
    });

    ChangePage<FieldEvent> first = platform.changesSince(Optional.empty(), 50);

    assertThat(first.items()).hasSize(2);
    assertThat(first.items()).filteredOn(FeedItem.Malformed.class::isInstance).singleElement()
        .isInstanceOfSatisfying(FeedItem.Malformed.class, malformed -> {
          assertThat(malformed.recordKey()).isEqualTo("booking:B-" + bad.id());
          assertThat(malformed.reason()).matches("\\$\\.data\\[\\d+]\\.id: Expected a long but was B-" + bad.id());
          assertThat(malformed.payload()).startsWith("{").contains("\"externalId\":\"2147400031\"");
        });
    assertThat(first.items()).filteredOn(FeedItem.Parsed.class::isInstance).singleElement()
        .satisfies(item -> assertThat(item.recordKey()).isNotEqualTo("booking:" + bad.id()));
    // The bookings token advanced past the page: nothing is read again.
    assertThat(platform.changesSince(Optional.of(first.nextCursor()), 50).items()).isEmpty();
    sim.faults().clear();
  }

  @Test
  void changesSince_technicianLifecycle_eventsInOrderAndOnlyOnce() {
    Booking booking = platform.createBooking(bookingRequest("2147400006"));
    ChangePage<FieldEvent> first = platform.changesSince(Optional.empty(), 50);
    assertThat(events(first)).singleElement().isInstanceOfSatisfying(FieldEvent.BookingChanged.class,
        changed -> assertThat(changed.booking().status()).isEqualTo(BookingStatus.NEW));
    assertThat(platform.changesSince(Optional.of(first.nextCursor()), 50).items()).isEmpty();

    tick();
    sim.csrAcceptBooking(booking.id());
    tick();
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    long jobId = sim.csrConvertBooking(booking.id(), customer[0], customer[1]);
    long appointmentId = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    tick();
    sim.dispatcherAssign(appointmentId, sim.referenceData().technicianId());
    sim.dispatcherDispatch(appointmentId);
    tick();
    sim.technicianArrive(appointmentId);
    tick();
    sim.addJobNote(jobId, "Capacitor replaced");
    ChangePage<FieldEvent> second = platform.changesSince(Optional.of(first.nextCursor()), 50);

    List<FieldEvent> events = events(second);
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.BookingChanged.class,
        changed -> {
          assertThat(changed.booking().status()).isEqualTo(BookingStatus.CONVERTED);
          assertThat(changed.booking().jobId()).contains(jobId);
        }));
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.JobChanged.class,
        changed -> assertThat(changed.job().bookingId()).contains(booking.id())));
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.AppointmentChanged.class,
        changed -> {
          assertThat(changed.appointment().status()).isEqualTo(AppointmentStatus.WORKING);
          assertThat(changed.appointment().technicianIds()).containsExactly(sim.referenceData().technicianId());
        }));
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.TechnicianArrived.class,
        arrived -> {
          assertThat(arrived.arrival().jobId()).isEqualTo(jobId);
          assertThat(arrived.arrival().technicianId()).isEqualTo(sim.referenceData().technicianId());
        }));
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.JobNoteChanged.class,
        note -> {
          assertThat(note.jobId()).isEqualTo(jobId);
          assertThat(note.note().text()).isEqualTo("Capacitor replaced");
          assertThat(note.note().author()).contains("Ada Lovelace");
        }));
    assertThat(events).extracting(FieldEvent::occurredAt).isSorted();
    assertThat(platform.changesSince(Optional.of(second.nextCursor()), 50).items()).isEmpty();
  }

  private int exportReads(String feed) {
    return sim.journal().count("GET", ".*/export/" + feed);
  }

  @Test
  void changesSince_deletedNotesInvoicesAndAppointments_stayInTheExportsInactive_andAreNotDelivered() {
    long jobId = convertedJob("2147400021");
    long appointmentId = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    ChangePage<FieldEvent> first = platform.changesSince(Optional.empty(), 50);
    assertThat(events(first)).anyMatch(FieldEvent.AppointmentChanged.class::isInstance);

    tick();
    long kept = sim.addJobNote(jobId, "Filter swapped");
    long mistaken = sim.addJobNote(jobId, "Gate code 4711 for the back door");
    sim.officeDeleteJobNote(mistaken);
    long invoiceId = sim.accountingCreateInvoice(jobId, "120.00", "9.60");
    sim.accountingPostInvoice(invoiceId);
    sim.accountingDeleteInvoice(invoiceId);
    sim.dispatcherDeleteAppointment(appointmentId);
    clock.advance(Duration.ofMinutes(5)); // every feed due, the invoices' too
    ChangePage<FieldEvent> second = platform.changesSince(Optional.of(first.nextCursor()), 50);

    List<FieldEvent> events = events(second);
    assertThat(events)
        .filteredOn(FieldEvent.JobNoteChanged.class::isInstance)
        .singleElement()
        .satisfies(e -> assertThat(((FieldEvent.JobNoteChanged) e).note().id()).isEqualTo(Long.toString(kept)));
    assertThat(events).noneMatch(FieldEvent.InvoiceChanged.class::isInstance);
    assertThat(events).noneMatch(FieldEvent.AppointmentChanged.class::isInstance);
    // The deleted records were in the exports the feed read, inactive, and left out.
    assertThat(exportReads("job-notes")).isEqualTo(2);
    assertThat(exportReads("invoices")).isEqualTo(2);
    assertThat(exportReads("appointments")).isEqualTo(2);
    assertThat(client.jobs().exportNoteEntries("2026-01-01").firstPage().items())
        .anySatisfy(entry -> assertThat(entry).isInstanceOfSatisfying(ExportEntry.Parsed.class, parsed -> {
          JobNote note = (JobNote) parsed.record();
          assertThat(note.id()).hasValue(mistaken);
          assertThat(note.active()).isFalse();
        }));
    assertThat(platform.reread("invoice:" + invoiceId)).isEmpty();
    assertThat(platform.reread("appointment:" + appointmentId)).isEmpty();
    assertThat(platform.jobAppointments(jobId)).isEmpty();
  }

  @Test
  void changesSince_notesAndInvoicesFeeds_areReadOnlyWhenTheirIntervalPassed_keepingTheirTokens() {
    ServiceTitanFieldServicePlatform paced =
        ServiceTitanFieldServicePlatform.builder()
            .client(client)
            .clock(clock)
            .feedStart(clock.instant().minus(Duration.ofDays(1)))
            .notesEvery(Duration.ofSeconds(60))
            .invoicesEvery(Duration.ofMinutes(5))
            .build();
    Booking booking = paced.createBooking(bookingRequest("2147400020"));
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    long jobId = sim.csrConvertBooking(booking.id(), customer[0], customer[1]);

    ChangePage<FieldEvent> first = paced.changesSince(Optional.empty(), 50);
    assertThat(exportReads("job-notes")).isEqualTo(1);
    assertThat(exportReads("invoices")).isEqualTo(1);
    assertThat(exportReads("bookings")).isEqualTo(1);

    // 30 s later: bookings, jobs and appointments again; notes and invoices not due yet.
    tick();
    sim.addJobNote(jobId, "Filter swapped");
    ChangePage<FieldEvent> second = paced.changesSince(Optional.of(first.nextCursor()), 50);
    assertThat(exportReads("bookings")).isEqualTo(2);
    assertThat(exportReads("job-notes")).isEqualTo(1);
    assertThat(exportReads("invoices")).isEqualTo(1);
    assertThat(events(second)).noneMatch(FieldEvent.JobNoteChanged.class::isInstance);
    Map<String, String> firstTokens = ServiceTitanFeed.CURSOR.decode(first.nextCursor());
    Map<String, String> secondTokens = ServiceTitanFeed.CURSOR.decode(second.nextCursor());
    assertThat(secondTokens.get("notes")).isEqualTo(firstTokens.get("notes"));
    assertThat(secondTokens.get("invoices")).isEqualTo(firstTokens.get("invoices"));

    // 60 s after the first read the notes are due, and the note waiting since then comes; invoices still not.
    tick();
    ChangePage<FieldEvent> third = paced.changesSince(Optional.of(second.nextCursor()), 50);
    assertThat(exportReads("job-notes")).isEqualTo(2);
    assertThat(exportReads("invoices")).isEqualTo(1);
    assertThat(events(third))
        .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.JobNoteChanged.class,
            note -> assertThat(note.note().text()).isEqualTo("Filter swapped")));

    // Five minutes after the first read the invoices feed is due and brings the exported invoice.
    long invoiceId = sim.accountingCreateInvoice(jobId, "120.00", "9.60");
    sim.accountingPostInvoice(invoiceId);
    clock.advance(Duration.ofMinutes(4));
    ChangePage<FieldEvent> fourth = paced.changesSince(Optional.of(third.nextCursor()), 50);
    assertThat(exportReads("invoices")).isEqualTo(2);
    assertThat(events(fourth)).anyMatch(FieldEvent.InvoiceChanged.class::isInstance);
    assertThat(exportReads("bookings")).isEqualTo(4);
  }

  @Test
  void changesSince_timesheets_areReadWhenAnAppointmentImpliesAnArrival_elseWhenTheirIntervalPassed() {
    ServiceTitanFieldServicePlatform paced =
        ServiceTitanFieldServicePlatform.builder()
            .client(client)
            .clock(clock)
            .feedStart(clock.instant().minus(Duration.ofDays(1)))
            .build();
    Booking booking = paced.createBooking(bookingRequest("2147400021"));
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    long jobId = sim.csrConvertBooking(booking.id(), customer[0], customer[1]);
    ChangePage<FieldEvent> first = paced.changesSince(Optional.empty(), 50);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(1);

    tick();
    ChangePage<FieldEvent> quiet = paced.changesSince(Optional.of(first.nextCursor()), 50);
    assertThat(quiet.items()).isEmpty();
    assertThat(exportReads("appointments")).isEqualTo(2);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(1);

    long appointment = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    sim.dispatcherAssign(appointment, sim.referenceData().technicianId());
    sim.dispatcherDispatch(appointment);
    tick();
    ChangePage<FieldEvent> dispatched = paced.changesSince(Optional.of(quiet.nextCursor()), 50);
    assertThat(events(dispatched)).anyMatch(FieldEvent.AppointmentChanged.class::isInstance);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(1);

    sim.technicianArrive(appointment);
    tick();
    ChangePage<FieldEvent> arrived = paced.changesSince(Optional.of(dispatched.nextCursor()), 50);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(2);
    assertThat(events(arrived)).anyMatch(FieldEvent.TechnicianArrived.class::isInstance);

    sim.technicianFinish(appointment);
    tick();
    ChangePage<FieldEvent> after = paced.changesSince(Optional.of(arrived.nextCursor()), 50);
    assertThat(events(after)).anyMatch(FieldEvent.AppointmentChanged.class::isInstance);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(3);

    tick();
    ChangePage<FieldEvent> quietAgain = paced.changesSince(Optional.of(after.nextCursor()), 50);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(3);

    clock.advance(ServiceTitanFieldServicePlatform.DEFAULT_TIMESHEETS_EVERY);
    paced.changesSince(Optional.of(quietAgain.nextCursor()), 50);
    assertThat(exportReads("jobs/timesheets")).isEqualTo(4);
  }

  @Test
  void changesSince_readsTheTechniciansOfAnAppointmentOnlyWhenItIsWorkingOrDone() {
    long jobId = convertedJob("2147400022");
    long appointment = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    sim.dispatcherAssign(appointment, sim.referenceData().technicianId());
    sim.dispatcherDispatch(appointment);
    ChangePage<FieldEvent> dispatched = platform.changesSince(Optional.empty(), 50);
    assertThat(events(dispatched)).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
        FieldEvent.AppointmentChanged.class,
        changed -> assertThat(changed.appointment().status()).isEqualTo(AppointmentStatus.DISPATCHED)));
    assertThat(sim.journal().count("GET", ".*/dispatch/v2/tenant/[^/]+/appointment-assignments")).isZero();

    sim.technicianArrive(appointment);
    tick();
    ChangePage<FieldEvent> working = platform.changesSince(Optional.of(dispatched.nextCursor()), 50);
    assertThat(events(working)).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
        FieldEvent.AppointmentChanged.class,
        changed -> assertThat(changed.appointment().technicianIds()).containsExactly(sim.referenceData().technicianId())));
    assertThat(sim.journal().count("GET", ".*/dispatch/v2/tenant/[^/]+/appointment-assignments")).isEqualTo(1);
  }

  @Test
  void changesSince_resumingACallThatSaidMore_readsOnlyTheFeedsThatHadMore() {
    for (int i = 0; i < 60; i++) {
      platform.createBooking(bookingRequest(Long.toString(2147401000L + i)));
    }
    int jobReads = exportReads("jobs");
    int bookingReads = exportReads("bookings");

    ChangePage<FieldEvent> first = platform.changesSince(Optional.empty(), 50);
    assertThat(first.hasMore()).isTrue();
    ChangePage<FieldEvent> second = platform.changesSince(Optional.of(first.nextCursor()), 50);
    assertThat(second.hasMore()).isFalse();

    assertThat(events(first).size() + events(second).size()).isEqualTo(60);
    assertThat(exportReads("bookings") - bookingReads).isEqualTo(2);
    assertThat(exportReads("jobs") - jobReads).isEqualTo(1);
    // A new cycle (not resuming) reads every feed again.
    platform.changesSince(Optional.of(second.nextCursor()), 50);
    assertThat(exportReads("jobs") - jobReads).isEqualTo(2);
  }

  @Test
  void changesSince_failingPartWay_leavesTheNotesFeedDueForTheRetry() {
    ServiceTitanFieldServicePlatform paced =
        ServiceTitanFieldServicePlatform.builder()
            .client(client)
            .clock(clock)
            .feedStart(clock.instant().minus(Duration.ofDays(1)))
            .notesEvery(Duration.ofSeconds(60))
            .build();
    Booking booking = paced.createBooking(bookingRequest("2147400021"));
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    long jobId = sim.csrConvertBooking(booking.id(), customer[0], customer[1]);
    sim.addJobNote(jobId, "Filter swapped");
    // The invoices feed, read after the notes feed, fails for good on this call.
    sim.faults().on("GET", ".*/export/invoices").always().then(Fault.status(400));

    assertThatThrownBy(() -> paced.changesSince(Optional.empty(), 50)).isInstanceOf(RuntimeException.class);
    assertThat(exportReads("job-notes")).isEqualTo(1);

    sim.faults().clear();
    clock.advance(Duration.ofSeconds(1));
    ChangePage<FieldEvent> retried = paced.changesSince(Optional.empty(), 50);
    assertThat(exportReads("job-notes")).isEqualTo(2);
    assertThat(events(retried))
        .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(FieldEvent.JobNoteChanged.class,
            note -> assertThat(note.note().text()).isEqualTo("Filter swapped")));
  }

  @Test
  void changesSince_startingAfterEveryExistingRecord_neverReplaysTheRecordsBeforeTheStart() {
    Booking before = platform.createBooking(bookingRequest("2147400040"));
    tick();
    ServiceTitanFieldServicePlatform fresh =
        ServiceTitanFieldServicePlatform.builder().client(client).clock(clock).feedStart(clock.instant()).build();

    ChangePage<FieldEvent> first = fresh.changesSince(Optional.empty(), 50);
    assertThat(first.items()).isEmpty();
    ChangePage<FieldEvent> second = fresh.changesSince(Optional.of(first.nextCursor()), 50);
    assertThat(second.items()).isEmpty();

    tick();
    sim.csrAcceptBooking(before.id());
    assertThat(events(fresh.changesSince(Optional.of(second.nextCursor()), 50)))
        .singleElement()
        .isInstanceOfSatisfying(FieldEvent.BookingChanged.class,
            changed -> assertThat(changed.booking().status()).isEqualTo(BookingStatus.ACCEPTED));
  }

  @Test
  void reread_bookingsJobsAndAppointmentsByTheirFeedKey_arrivalsAndNotesAreNotSupported() {
    Booking booking = platform.createBooking(bookingRequest("2147400030"));
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    long jobId = sim.csrConvertBooking(booking.id(), customer[0], customer[1]);

    assertThat(platform.reread("booking:" + booking.id()))
        .hasValueSatisfying(item -> assertThat(item).isEqualTo(FeedItem.parsed("booking:" + booking.id(),
            new FieldEvent.BookingChanged(platform.booking(booking.id()).orElseThrow()))));
    assertThat(platform.reread("job:" + jobId))
        .hasValueSatisfying(item -> assertThat(((FeedItem.Parsed<FieldEvent>) item).value())
            .isInstanceOfSatisfying(FieldEvent.JobChanged.class, changed -> assertThat(changed.job().id()).isEqualTo(jobId)));
    long appointmentId = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    assertThat(platform.reread("appointment:" + appointmentId))
        .hasValueSatisfying(item -> assertThat(((FeedItem.Parsed<FieldEvent>) item).value())
            .isInstanceOfSatisfying(FieldEvent.AppointmentChanged.class,
                changed -> assertThat(changed.appointment().id()).isEqualTo(appointmentId)));
    assertThat(platform.reread("booking:987654321")).isEmpty();
    assertThat(platform.reread("appointment:987654321")).isEmpty();
    assertThat(platform.canReread("appointment:5")).isTrue();
    assertThat(platform.canReread("note:5")).isFalse();
    assertThatThrownBy(() -> platform.reread("arrival:5")).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("arrival:5");
  }

  @Test
  void changesSince_lastAppointmentFinished_appointmentDoneComesBeforeTheJobItCompletedInTheSameInstant() {
    long jobId = convertedJob("2147400007");
    long appointmentId = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    sim.dispatcherAssign(appointmentId, sim.referenceData().technicianId());
    sim.dispatcherDispatch(appointmentId);
    tick();
    sim.technicianArrive(appointmentId);
    ChangePage<FieldEvent> before = platform.changesSince(Optional.empty(), 50);
    tick();
    sim.technicianFinish(appointmentId);

    List<FieldEvent> events = events(platform.changesSince(Optional.of(before.nextCursor()), 50));

    List<String> order =
        events.stream()
            .filter(e -> e instanceof FieldEvent.AppointmentChanged || e instanceof FieldEvent.JobChanged)
            .map(e -> e instanceof FieldEvent.AppointmentChanged changed
                ? "appointment " + changed.appointment().status()
                : "job " + ((FieldEvent.JobChanged) e).job().status())
            .toList();
    // The technician's check-out (from the appointment) must happen before the work order is completed.
    assertThat(order).containsExactly("appointment " + AppointmentStatus.DONE, "job " + JobStatus.COMPLETED);
  }

  @Test
  void jobAppointments_theJobsAppointmentsAsTheyAreNow_withTheirTechnicians() {
    long jobId = convertedJob("2147400008");
    long appointmentId = ((Number) sim.appointmentsOf(jobId).get(0).get("id")).longValue();
    sim.dispatcherAssign(appointmentId, sim.referenceData().technicianId());
    sim.dispatcherDispatch(appointmentId);
    sim.technicianArrive(appointmentId);
    sim.technicianFinish(appointmentId);

    assertThat(platform.jobAppointments(jobId))
        .singleElement()
        .satisfies(
            appointment -> {
              assertThat(appointment.id()).isEqualTo(appointmentId);
              assertThat(appointment.jobId()).isEqualTo(jobId);
              assertThat(appointment.status()).isEqualTo(AppointmentStatus.DONE);
              assertThat(appointment.technicianIds()).containsExactly(sim.referenceData().technicianId());
            });
    assertThat(platform.jobAppointments(987_654_321L)).as("no such job").isEmpty();
  }

  @Test
  void ld8_searchCustomers_byPhoneNameAndAddress_oneCandidatePerLocation() {
    long[] customer = sim.csrCreateCustomer("Jane Doe", "4 Elm St", "Austin", "TX", "78701");

    List<CustomerCandidate> candidates =
        platform.searchCustomers(
            Party.named("Jane", "Doe")
                .address(Address.builder().street("4 Elm St").city("Austin").state("TX").zip("78701").build())
                .build());

    assertThat(candidates).anySatisfy(candidate -> {
      assertThat(candidate.customerId()).isEqualTo(customer[0]);
      assertThat(candidate.locationId()).contains(customer[1]);
      assertThat(candidate.address().orElseThrow().zip()).isEqualTo("78701");
    });
  }

  @Test
  void ld9_createFollowUp_foundByAlertIdAndReadBack() {
    assertThat(platform.findFollowUpByExternalId("alt-77")).isEmpty();

    FollowUp created =
        platform.createFollowUp(
            FollowUpRequest.builder()
                .externalId("alt-77")
                .source("WorkBridge Leads")
                .summary("Water Detected (Critical)")
                .contact(Party.named("Jane", "Doe").phone("+15125550100").build())
                .followUpAt(clock.instant().plus(Duration.ofHours(2)))
                .campaignId(sim.referenceData().campaignId())
                .build());

    assertThat(created.status()).isEqualTo(FollowUpStatus.OPEN);
    assertThat(platform.findFollowUpByExternalId("alt-77")).map(FollowUp::id).contains(created.id());
    assertThat(platform.followUp(created.id())).map(FollowUp::externalId).contains("alt-77");
    assertThat(sim.leadCount()).isEqualTo(1);
  }

  @Test
  void changesSince_apiUnreachable_unavailable() {
    try (ServiceTitanClient unreachable =
        ServiceTitanClient.builder()
            .baseUrl("http://127.0.0.1:1/")
            .tokenUrl(sim.tokenUrl())
            .tenantId(sim.tenantId())
            .appKey(sim.appKey())
            .clientId(sim.clientId())
            .clientSecret(sim.clientSecret())
            .bookingProviderId(sim.bookingProviderId())
            .maxRetries(0)
            .clock(clock)
            .sleeper(clock::sleep)
            .build()) {
      ServiceTitanFieldServicePlatform down = ServiceTitanFieldServicePlatform.builder().client(unreachable).build();

      assertThatThrownBy(() -> down.changesSince(Optional.empty(), 50))
          .isInstanceOf(PlatformUnavailableException.class)
          .hasMessageContaining("ServiceTitan");
    }
  }
}
