package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.ApiError;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.journal.JournalEntry;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.servicechannel.NewLocation;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ServiceChannelWorkOrderPlatform} against the simulator's live shapes: sparse embedded locations
 * completed by one location read each, wall-clock scheduled dates, check-in coordinates from the location,
 * display names in note authors, declines with a reason, and the invoice lookup.
 */
class ServiceChannelLiveShapesTest {
  static final long SANDBOX = 2014917243L;
  static final long ALBANY = 2006516537L;
  static final long TROY = 2006516538L;
  static final long NO_GPS = 2006516539L;
  static final String LOCATION_READS = "/v3/locations/\\d+";

  // 2026-06-01: New York is on EDT (UTC-4)
  @RegisterExtension
  final Simulators simulators = Simulators.startingAt("2026-06-01T14:00:00Z").withServiceChannel();

  private MutableClock clock;
  private ServiceChannelSimulator sim;
  private ServiceChannelClient client;
  private ServiceChannelWorkOrderPlatform platform;

  @BeforeEach
  void start(ServiceChannelSimulator sim, MutableClock clock) {
    this.sim = sim;
    this.clock = clock;
    sim.addSubscriber(SubscriberSetup.builder(SANDBOX, "API SANDBOX").build());
    sim.addLocation(
        NewLocation.builder(ALBANY, SANDBOX, "0024")
            .name("ALBANY CENTRAL")
            .address("1200 Central Ave", "Suite 4", "Albany", "NY", "12205", "US")
            .phone("5185550142")
            .coordinates(42.6526, -73.7562)
            .radiusMiles(0.5)
            .zone("America/New_York")
            .build());
    sim.addLocation(
        NewLocation.builder(TROY, SANDBOX, "0031").coordinates(42.7284, -73.6918).zone("America/New_York").build());
    sim.addLocation(NewLocation.builder(NO_GPS, SANDBOX, "0150").build());
    client = SimulatorClients.serviceChannel(SimulatorAccess.of(sim), clock);
    platform = platform(ServiceChannelWorkOrderPlatform.builder());
  }

  private ServiceChannelWorkOrderPlatform platform(ServiceChannelWorkOrderPlatform.Builder builder) {
    return builder
        .client(client)
        .startAt(clock.instant().minus(Duration.ofDays(1)))
        .apiUsername(ServiceChannelSimulator.USERNAME)
        .clock(clock)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private long create(long location) {
    long id = sim.createWorkOrder(NewWorkOrder.builder(SANDBOX, location).build());
    clock.advance(Duration.ofSeconds(5));
    return id;
  }

  private static List<WorkOrder> parsed(ChangePage<WorkOrder> page) {
    return page.items().stream().map(item -> ((FeedItem.Parsed<WorkOrder>) item).value()).toList();
  }

  @Test
  void locations_readOncePerLocation_sharedByTheFeedAndSingleReads() {
    long first = create(ALBANY);
    long second = create(ALBANY);
    long third = create(TROY);

    List<WorkOrder> fed = parsed(platform.changesSince(Optional.empty(), 50));
    platform.workOrder(first).orElseThrow();
    platform.workOrder(third).orElseThrow();

    assertThat(fed).extracting(WorkOrder::id).containsExactly(first, second, third);
    assertThat(sim.journal().count("GET", LOCATION_READS)).isEqualTo(2);
    assertThat(sim.journal().find("GET", LOCATION_READS)).extracting(JournalEntry::path)
        .containsExactlyInAnyOrder("/v3/locations/" + ALBANY, "/v3/locations/" + TROY);
  }

  @Test
  void mappedWorkOrder_carriesTheStoresAddressPhoneAndZone() {
    long id = create(ALBANY);

    WorkOrderLocation location = platform.workOrder(id).orElseThrow().location();

    assertThat(location.id()).isEqualTo(ALBANY);
    assertThat(location.storeId()).contains("0024");
    assertThat(location.name()).contains("ALBANY CENTRAL");
    assertThat(location.phone()).contains("5185550142");
    assertThat(location.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    Address address = location.address().orElseThrow();
    assertThat(address.street()).isEqualTo("1200 Central Ave");
    assertThat(address.unit()).contains("Suite 4");
    assertThat(address.city()).isEqualTo("Albany");
    assertThat(address.state()).isEqualTo("NY");
    assertThat(address.zip()).isEqualTo("12205");
    assertThat(address.country()).isEqualTo("US");
  }

  @Test
  void scheduledAt_isTheWallClockReadInTheStoresZone() {
    long id =
        sim.createWorkOrder(
            NewWorkOrder.builder(SANDBOX, ALBANY).scheduledLocal(LocalDateTime.parse("2026-06-02T12:00:00")).build());

    // a New York 12:00 is 16:00Z in EDT, not 12:00Z
    assertThat(platform.workOrder(id).orElseThrow().scheduledAt()).contains(Instant.parse("2026-06-02T16:00:00Z"));
  }

  @Test
  void scheduledAt_locationUnreadable_readInTheCallDatesOffset_andNoAddress() {
    sim.denyPermission("GET", LOCATION_READS);
    long id =
        sim.createWorkOrder(
            NewWorkOrder.builder(SANDBOX, ALBANY).scheduledLocal(LocalDateTime.parse("2026-06-02T12:00:00")).build());

    WorkOrder order = platform.workOrder(id).orElseThrow();
    platform.workOrder(id).orElseThrow();

    assertThat(order.scheduledAt()).contains(Instant.parse("2026-06-02T16:00:00Z"));
    assertThat(order.location().address()).isEmpty();
    assertThat(order.location().storeId()).contains("0024");
    // refused for good: remembered, not asked again (one call plus the retry after renewing the token)
    assertThat(sim.journal().count("GET", LOCATION_READS)).isEqualTo(2);
  }

  @Test
  void checkIn_placedAtTheLocationsCoordinates_inTheStoresOffset() {
    long id = create(ALBANY);

    platform.checkIn(id, new CheckIn(Optional.empty(), clock.instant()));

    String body = sim.journal().last("POST", "/v3/workorders/\\d+/universalCheckIn").orElseThrow().bodyString();
    assertThat(body).contains("\"Latitude\":42.6526").contains("\"Longitude\":-73.7562").contains("-04:00");
    assertThat(sim.workOrderState(id).visits()).hasSize(1);
    assertThat(sim.journal().count("GET", "/v3/workorders/\\d+/GPSRadius")).isZero();
  }

  @Test
  void checkIn_locationUnreadable_coordinatesFromTheGpsRadius() {
    sim.denyPermission("GET", LOCATION_READS);
    long id = create(ALBANY);

    platform.checkIn(id, new CheckIn(Optional.empty(), clock.instant()));

    assertThat(sim.journal().count("GET", "/v3/workorders/\\d+/GPSRadius")).isEqualTo(1);
    assertThat(sim.workOrderState(id).visits()).hasSize(1);
  }

  @Test
  void checkIn_noCoordinatesAnywhere_checkInRefusedNamingWhy() {
    long id = create(NO_GPS);

    assertThatThrownBy(() -> platform.checkIn(id, new CheckIn(Optional.empty(), clock.instant())))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(RejectionReason.CHECK_IN_REFUSED);
              assertThat(rejected.getMessage()).contains("no GPS coordinates").contains(Long.toString(NO_GPS));
            });
    assertThat(sim.journal().count("POST", "/v3/workorders/\\d+/universalCheckIn")).isZero();
  }

  @Test
  void checkIn_workOrderDeniesCheckIn_checkInRefusedWithItsReason() {
    long ivr = 2014917400L;
    sim.addSubscriber(SubscriberSetup.builder(ivr, "Phone Only Stores").ivrOnly(true).build());
    sim.addLocation(NewLocation.builder(2005531000L, ivr, "0009").coordinates(43.615, -116.2023).zone("America/Boise").build());
    long id = sim.createWorkOrder(NewWorkOrder.builder(ivr, 2005531000L).build());

    assertThatThrownBy(() -> platform.checkOut(id, new CheckIn(Optional.empty(), clock.instant())))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(RejectionReason.CHECK_IN_REFUSED);
              assertThat(rejected.getMessage()).contains("IVR");
            });
  }

  @Test
  void decline_withAReason_openDeclined_andAgain_statusNotAllowed() {
    long id = create(ALBANY);

    platform.decline(id, new Decline(2, "No HVAC technicians this week"));

    assertThat(sim.statusOf(id)).isEqualTo("OPEN/DECLINED");
    String body = sim.journal().last("PUT", "/v3/workorders/\\d+/decline").orElseThrow().bodyString();
    // custom text only goes with reason 5 (Other; 9002 otherwise): here it is the decline's note
    assertThat(body).contains("\"DeclineReasonId\":2").contains("\"Note\":\"No HVAC technicians this week\"")
        .doesNotContain("CustomDeclineReason");
    assertThat(sim.noteTexts(id)).anyMatch(text -> text.contains("No HVAC technicians this week"));
    platform.changeStatus(id, io.workbridge.sync.model.WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    assertThatThrownBy(() -> platform.decline(id, new Decline(Decline.OTHER, "Too far")))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.STATUS_NOT_ALLOWED));
  }

  @Test
  void declineReasonCodes_classifiedAsInvalidRequest() {
    for (String code : List.of("9001", "9002", "9003")) {
      ValidationException refused =
          new ValidationException(ApiError.of(400, "workorders.decline").withCode(code, "Decline reason"));
      assertThat(ServiceChannelFailures.classify(refused)).as(code).contains(RejectionReason.INVALID_REQUEST);
    }
  }

  @Test
  void notes_originByCompany_authorIsTheDisplayName_notTheLogin() {
    long id = create(ALBANY);
    sim.addSubscriberNote(id, "Please call before arriving");
    // a subscriber user whose display name happens to equal the provider's login is still the subscriber
    sim.addSubscriberNote(id, ServiceChannelSimulator.USERNAME, "Gate code 4411");
    Note written = platform.addNote(id, new NewNote("Acme HVAC has accepted this work order", false));
    sim.cancel(id);

    List<Note> notes = platform.notes(id);

    assertThat(notes).extracting(Note::text, Note::origin, Note::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Please call before arriving", NoteOrigin.SUBSCRIBER, Optional.of("Jordan Pike")),
            org.assertj.core.groups.Tuple.tuple("Gate code 4411", NoteOrigin.SUBSCRIBER, Optional.of(ServiceChannelSimulator.USERNAME)),
            org.assertj.core.groups.Tuple.tuple(
                "Acme HVAC has accepted this work order", NoteOrigin.PROVIDER, Optional.of(ServiceChannelSimulator.USER_DISPLAY_NAME)),
            org.assertj.core.groups.Tuple.tuple(
                "Status has been changed from OPEN to COMPLETED/CANCELLED by Jordan Pike", NoteOrigin.SYSTEM, Optional.empty()));
    assertThat(notes.get(2).id()).isEqualTo(written.id());
  }

  @Test
  void notes_providerLearntFromTheFirstFeedPage_noExtraWorkOrderRead() {
    long id = create(ALBANY);
    platform.addNote(id, new NewNote("On our way", false));
    platform.changesSince(Optional.empty(), 50);
    int reads = sim.journal().count("GET", "/v3/workorders/\\d+");

    List<Note> notes = platform.notes(id);

    assertThat(sim.journal().last("GET", "/v3/odata/workorders").orElseThrow().queryParam("$expand")).contains("Provider");
    assertThat(notes).extracting(Note::origin).containsExactly(NoteOrigin.PROVIDER);
    assertThat(sim.journal().count("GET", "/v3/workorders/\\d+")).isEqualTo(reads);
  }

  @Test
  void notes_configuredProviderName_noWorkOrderReadAtAll() {
    ServiceChannelWorkOrderPlatform configured =
        platform(ServiceChannelWorkOrderPlatform.builder().providerName(ServiceChannelSimulator.PROVIDER_NAME));
    long id = create(ALBANY);
    configured.addNote(id, new NewNote("On our way", false));

    assertThat(configured.notes(id)).extracting(Note::origin).containsExactly(NoteOrigin.PROVIDER);
    assertThat(sim.journal().count("GET", "/v3/workorders/\\d+")).isZero();
  }

  private static Invoice invoice(String number) {
    return Invoice.builder()
        .id(501)
        .number(number)
        .jobId(9001)
        .status("Exported")
        .invoiceDate(Instant.parse("2026-06-01T16:00:00Z"))
        .subTotal(Money.of("420.00", "USD"))
        .tax(Money.of("0.00", "USD"))
        .total(Money.of("420.00", "USD"))
        .summary("Replaced capacitor")
        .modifiedAt(Instant.parse("2026-06-01T16:00:00Z"))
        .build();
  }

  @Test
  void findInvoice_listsTheWorkOrdersInvoices_idByNumber_emptyForAnother() {
    long id = create(ALBANY);
    sim.confirmCompletion(id);
    assertThat(platform.findInvoice(id, "INV-1")).isEmpty();

    long invoiceId = platform.submitInvoice(id, invoice("INV-1"));

    assertThat(platform.findInvoice(id, "INV-1")).contains(invoiceId);
    assertThat(platform.findInvoice(id, "inv-1")).contains(invoiceId);
    assertThat(platform.findInvoice(id, "INV-2")).isEmpty();
    assertThat(sim.journal().last("GET", "/v3/odata/invoices").orElseThrow().queryParam("$filter"))
        .contains("WoTrackingNumber eq " + id);
  }

  @Test
  void findInvoice_listNotPermitted_fallsBackToTheInvoicedFlag() {
    sim.denyPermission("GET", "/v3/odata/invoices");
    long id = create(ALBANY);
    sim.confirmCompletion(id);
    assertThat(platform.findInvoice(id, "INV-1")).isEmpty();

    platform.submitInvoice(id, invoice("INV-1"));

    assertThatThrownBy(() -> platform.findInvoice(id, "INV-1"))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.DUPLICATE));
  }
}
