package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Names the ServiceTitan adapter gives to ids: who wrote a job note (SC-16: a technician's note is not
 * the office's) and why a booking was dismissed. Requests are counted in the simulator's journal.
 */
class ServiceTitanNamesTest {
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
        ServiceTitanFieldServicePlatform.builder()
            .client(client)
            .clock(clock)
            .notesEvery(Duration.ZERO)
            .feedStart(clock.instant().minus(Duration.ofDays(1)))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private int technicianLookups() {
    return sim.journal().count("GET", ".*/settings/v2/tenant/\\d+/technicians");
  }

  private int employeeLookups() {
    return sim.journal().count("GET", ".*/settings/v2/tenant/\\d+/employees");
  }

  private int callReasonReads() {
    return sim.journal().count("GET", ".*/call-reasons");
  }

  private long job(String externalId) {
    Booking booking = platform.createBooking(bookingRequest(externalId));
    long[] customer = sim.csrCreateCustomer("Acme Stores", "12 Main St", "Albany", "NY", "12207");
    return sim.csrConvertBooking(booking.id(), customer[0], customer[1]);
  }

  private BookingRequest bookingRequest(String externalId) {
    return BookingRequest.builder()
        .externalId(externalId)
        .source("ServiceChannel")
        .name("Acme Stores #24")
        .summary("WO " + externalId)
        .address(Address.builder().street("12 Main St").city("Albany").state("NY").zip("12207").build())
        .start(clock.instant().plus(Duration.ofDays(1)))
        .build();
  }

  private ChangePage<FieldEvent> page(Optional<String> cursor) {
    return platform.changesSince(cursor, 50);
  }

  private static List<FieldEvent> events(ChangePage<FieldEvent> page) {
    return page.items().stream()
        .map(item -> {
          assertThat(item).isInstanceOf(FeedItem.Parsed.class);
          return ((FeedItem.Parsed<FieldEvent>) item).value();
        })
        .toList();
  }

  private static Map<String, Optional<String>> authorsByText(ChangePage<FieldEvent> page) {
    Map<String, Optional<String>> authors = new java.util.LinkedHashMap<>();
    for (FieldEvent event : events(page)) {
      if (event instanceof FieldEvent.JobNoteChanged changed) {
        authors.put(changed.note().text(), changed.note().author());
      }
    }
    return authors;
  }

  private static List<Booking> bookings(ChangePage<FieldEvent> page) {
    return events(page).stream()
        .filter(FieldEvent.BookingChanged.class::isInstance)
        .map(e -> ((FieldEvent.BookingChanged) e).booking())
        .toList();
  }

  // ------------------------------------------------------------------ note authors

  @Test
  void sc16_feed_technicianNote_isByTheTechnician_officeNote_byTheEmployee_oneLookupPerUnknownUser() {
    long jobId = job("2147402001");
    long ada = sim.referenceData().technicianId();
    sim.technicianAddJobNote(jobId, ada, "Compressor replaced");
    sim.technicianAddJobNote(jobId, ada, "Filter replaced");
    sim.technicianAddJobNote(jobId, ada, "Tested, cooling fine");
    sim.officeAddJobNote(jobId, sim.referenceData().employeeId(), "Customer called, gate code 4411");

    ChangePage<FieldEvent> first = page(Optional.empty());

    assertThat(authorsByText(first))
        .containsEntry("Compressor replaced", Optional.of("Ada Lovelace"))
        .containsEntry("Filter replaced", Optional.of("Ada Lovelace"))
        .containsEntry("Tested, cooling fine", Optional.of("Ada Lovelace"))
        .containsEntry("Customer called, gate code 4411", Optional.of("Olivia Office"));
    // Technicians first for both users, then employees for the one no technician has.
    assertThat(technicianLookups()).isEqualTo(1);
    assertThat(employeeLookups()).isEqualTo(1);
    assertThat(sim.journal().last("GET", ".*/employees").orElseThrow().queryParam("userIds"))
        .contains(Long.toString(sim.employeeUserId(sim.referenceData().employeeId())));

    // Later notes by the same people: named from the cache.
    clock.advance(Duration.ofMinutes(1));
    sim.technicianAddJobNote(jobId, ada, "Back on site tomorrow");
    sim.officeAddJobNote(jobId, sim.referenceData().employeeId(), "Parts ordered");
    ChangePage<FieldEvent> second = page(Optional.of(first.nextCursor()));
    assertThat(authorsByText(second))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Back on site tomorrow", Optional.of("Ada Lovelace"), "Parts ordered", Optional.of("Olivia Office")));
    assertThat(technicianLookups()).isEqualTo(1);
    assertThat(employeeLookups()).isEqualTo(1);

    // The job's notes read directly are named from the same cache.
    assertThat(platform.jobNotes(jobId)).extracting(Note::author).containsOnly(Optional.of("Ada Lovelace"), Optional.of("Olivia Office"));
    assertThat(technicianLookups()).isEqualTo(1);
  }

  @Test
  void sc16_noteOfATechnicianWhoLeft_isStillNamed() {
    long jobId = job("2147402002");
    long grace = sim.referenceData().secondTechnicianId();
    sim.technicianAddJobNote(jobId, grace, "Duct sealed");
    sim.officeDeactivateTechnician(grace);

    assertThat(platform.jobNotes(jobId)).singleElement().satisfies(note -> assertThat(note.author()).contains("Grace Hopper"));
    assertThat(employeeLookups()).isZero();
  }

  @Test
  void sc16_failedLookup_leavesTheAuthorEmpty_neverFailsThePage_andIsRetriedLater() {
    long jobId = job("2147402003");
    long ada = sim.referenceData().technicianId();
    sim.technicianAddJobNote(jobId, ada, "Compressor replaced");
    sim.faults().on("GET", ".*/settings/v2/tenant/\\d+/technicians").always().then(Fault.status(503));

    ChangePage<FieldEvent> first = page(Optional.empty());

    assertThat(authorsByText(first)).containsEntry("Compressor replaced", Optional.empty());
    int failedLookups = technicianLookups();
    assertThat(failedLookups).isEqualTo(2); // the call and its one retry
    assertThat(employeeLookups()).isZero();

    sim.faults().clear();
    clock.advance(Duration.ofMinutes(1));
    sim.technicianAddJobNote(jobId, ada, "Filter replaced");
    ChangePage<FieldEvent> second = page(Optional.of(first.nextCursor()));
    assertThat(authorsByText(second)).containsEntry("Filter replaced", Optional.of("Ada Lovelace"));
    assertThat(technicianLookups()).isEqualTo(failedLookups + 1);
  }

  @Test
  void sc16_noteOfAUserNobodyIs_hasNoAuthor_andTheUserIsAskedAgainOnlyAfterAnHour() {
    long jobId = job("2147402004");
    long hired = sim.officeHireTechnician("Katherine Johnson");
    long user = sim.technicianUserId(hired);
    // The API writes as its own user, who is neither a technician nor an employee.
    platform.addJobNote(jobId, "[SC note 5] Store: call before arriving");

    assertThat(platform.jobNotes(jobId)).singleElement().satisfies(note -> assertThat(note.author()).isEmpty());
    assertThat(platform.jobNotes(jobId)).singleElement().satisfies(note -> assertThat(note.author()).isEmpty());
    assertThat(technicianLookups()).isEqualTo(1);
    assertThat(employeeLookups()).isEqualTo(1);

    sim.technicianAddJobNote(jobId, hired, "New hire on site");
    assertThat(platform.jobNotes(jobId)).extracting(Note::author).contains(Optional.of("Katherine Johnson"));
    assertThat(technicianLookups()).isEqualTo(2);
    assertThat(sim.journal().last("GET", ".*/technicians").orElseThrow().queryParam("userIds")).contains(Long.toString(user));

    clock.advance(Duration.ofHours(1));
    platform.jobNotes(jobId);
    assertThat(technicianLookups()).isEqualTo(3);
    assertThat(employeeLookups()).isEqualTo(2);
  }

  @Test
  void sc16_concurrentReadsOfNotesByAnUnknownAuthor_lookUpTheAuthorOnce() throws Exception {
    long jobId = job("2147402005");
    sim.addJobNote(jobId, "Compressor replaced");
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Note>>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        reads.add(pool.submit(() -> platform.jobNotes(jobId)));
      }
      for (Future<List<Note>> read : reads) {
        assertThat(read.get()).singleElement().satisfies(note -> assertThat(note.author()).contains("Ada Lovelace"));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(technicianLookups()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ dismissal reasons

  @Test
  void dismissedBooking_carriesTheNameOfItsCallReason_readOnceForManyBookings() {
    Booking first = platform.createBooking(bookingRequest("2147402101"));
    Booking second = platform.createBooking(bookingRequest("2147402102"));
    Booking open = platform.createBooking(bookingRequest("2147402103"));
    ChangePage<FieldEvent> before = page(Optional.empty());
    clock.advance(Duration.ofMinutes(1));
    sim.csrDismissBooking(first.id(), sim.referenceData().callReasonId());
    sim.csrDismissBooking(second.id(), sim.referenceData().callReasonId());

    List<Booking> changed = bookings(page(Optional.of(before.nextCursor())));

    assertThat(changed).extracting(Booking::status).containsOnly(BookingStatus.DISMISSED);
    assertThat(changed).extracting(Booking::dismissalReason).containsOnly(Optional.of("Not a service area"));
    assertThat(platform.booking(first.id()).orElseThrow().dismissalReason()).contains("Not a service area");
    assertThat(platform.booking(open.id()).orElseThrow().dismissalReason()).isEmpty();
    assertThat(callReasonReads()).isEqualTo(1);
  }

  @Test
  void dismissedBooking_reasonAddedLater_isNamedAfterReadingTheReasonsAgain() {
    Booking first = platform.createBooking(bookingRequest("2147402111"));
    Booking second = platform.createBooking(bookingRequest("2147402112"));
    sim.csrDismissBooking(first.id(), sim.referenceData().callReasonId());
    assertThat(platform.booking(first.id()).orElseThrow().dismissalReason()).contains("Not a service area");

    long reason = sim.officeAddCallReason("Customer chose another contractor");
    sim.csrDismissBooking(second.id(), reason);

    assertThat(platform.booking(second.id()).orElseThrow().dismissalReason()).contains("Customer chose another contractor");
    assertThat(callReasonReads()).isEqualTo(2);
  }

  @Test
  void dismissedBooking_withAReasonNoCallReasonHas_givesTheId() {
    Booking booking = platform.createBooking(bookingRequest("2147402121"));
    sim.csrDismissBooking(booking.id(), 987_654L);

    assertThat(platform.booking(booking.id()).orElseThrow().dismissalReason()).contains("Call reason #987654");
  }

  @Test
  void dismissedThroughTheAdapterWithoutAReason_hasNone() {
    Booking booking = platform.createBooking(bookingRequest("2147402131"));
    platform.updateBooking(booking.id(), io.workbridge.sync.model.BookingUpdate.builder().status(BookingStatus.DISMISSED).build());

    Booking dismissed = platform.booking(booking.id()).orElseThrow();
    assertThat(dismissed.status()).isEqualTo(BookingStatus.DISMISSED);
    assertThat(dismissed.dismissalReason()).isEmpty();
    assertThat(callReasonReads()).isZero();
  }

  @Test
  void dismissedBooking_callReasonsForbidden_givesTheId_callReasonsUnavailable_failsTheReadForARetry() {
    Booking booking = platform.createBooking(bookingRequest("2147402141"));
    ChangePage<FieldEvent> before = page(Optional.empty());
    clock.advance(Duration.ofMinutes(1));
    sim.csrDismissBooking(booking.id(), sim.referenceData().callReasonId());

    sim.faults().on("GET", ".*/call-reasons").always().then(Fault.status(503));
    assertThatThrownBy(() -> page(Optional.of(before.nextCursor()))).isInstanceOf(PlatformUnavailableException.class);

    sim.faults().clear();
    sim.faults().on("GET", ".*/call-reasons").times(1).then(Fault.status(403));
    assertThat(bookings(page(Optional.of(before.nextCursor()))))
        .singleElement()
        .satisfies(b -> assertThat(b.dismissalReason()).contains("Call reason #" + sim.referenceData().callReasonId()));

    // Nothing failed is remembered: the name comes once the call reasons can be read.
    assertThat(platform.booking(booking.id()).orElseThrow().dismissalReason()).contains("Not a service area");
  }
}
