package io.workbridge.sync.workflow;

import io.workbridge.sync.fake.FakeServiceChannel;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small world for work-order workflow tests: a clock, the two fake platforms, an in-memory store and
 * settings, with helpers for the usual scenario steps.
 */
final class WorkOrderWorld {

  static final Instant ACTIVATED = Instant.parse("2026-03-01T00:00:00Z");
  static final long ACME = 2014917243L;
  static final long STRICT = 2014917244L;
  static final long IVR_ONLY = 2014917245L;
  static final String COMPANY = "Cool Air HVAC";

  /** The platforms' time: when people act, when records change. */
  final MutableClock clock = MutableClock.at("2026-03-02T12:00:00Z");

  /** The store's time (leases); moves with {@link #clock} and on its own to let leases run out. */
  final MutableClock storeClock = MutableClock.at("2026-03-02T12:00:00Z");

  final FakeServiceChannel serviceChannel = new FakeServiceChannel(clock);
  final FakeServiceTitan serviceTitan = new FakeServiceTitan(clock);
  final InMemorySyncStore syncStore = InMemorySyncStore.create(storeClock);
  final ConnectionStore store = syncStore.connection(ConnectionId.of("tenant-1"));
  WorkOrderSyncSettings settings;
  private long nextWorkOrderId = 84_000_001L;

  WorkOrderWorld() {
    this(UnaryOperator.identity());
  }

  WorkOrderWorld(UnaryOperator<WorkOrderSyncSettings.Builder> customise) {
    serviceChannel.addSubscriber(ACME, FakeServiceChannel.defaultCatalogue(), false);
    serviceChannel.addSubscriber(
        STRICT,
        StatusCatalogue.of(
            WorkOrderStatus.OPEN, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.COMPLETED),
        false);
    serviceChannel.addSubscriber(IVR_ONLY, FakeServiceChannel.defaultCatalogue(), true);
    settings =
        customise
            .apply(WorkOrderSyncSettings.builder().companyName(COMPANY).activatedAt(ACTIVATED))
            .build();
  }

  WorkOrderSync sync() {
    return new WorkOrderSync(serviceChannel, serviceTitan, store, settings);
  }

  SyncReport cycle() {
    clock.advance(Duration.ofSeconds(30));
    storeClock.advance(Duration.ofSeconds(30));
    return sync().runCycle();
  }

  /** Lets every effect reservation's lease run out (after a simulated crash). */
  void letLeasesExpire() {
    storeClock.advance(Duration.ofMinutes(6));
  }

  WorkOrder.Builder workOrder(long subscriberId) {
    long id = nextWorkOrderId++;
    return WorkOrder.builder()
        .id(id)
        .number(Long.toString(id))
        .purchaseNumber("PO-" + id)
        .subscriber(new Subscriber(subscriberId, subscriberId == ACME ? "Acme Stores" : "Other Retail"))
        .location(
            WorkOrderLocation.builder()
                .id(2_005_530_999L)
                .storeId("0024")
                .name("Acme #24")
                .address(
                    Address.builder()
                        .street("12 Main St")
                        .city("Dallas")
                        .state("TX")
                        .zip("75001")
                        .build())
                .timeZone(ZoneId.of("America/Chicago"))
                .build())
        .status(WorkOrderStatus.OPEN)
        .trade("HVAC")
        .category("REPAIR")
        .priority("P2 - Urgent")
        .description("Rooftop unit not cooling")
        .caller("Store manager 555-0100")
        .nte(Money.of("750.00", "USD"))
        .createdAt(clock.instant())
        .updatedAt(clock.instant())
        .scheduledAt(clock.instant().plus(Duration.ofDays(1)));
  }

  WorkOrder issue(long subscriberId) {
    WorkOrder workOrder = workOrder(subscriberId).build();
    serviceChannel.putWorkOrder(workOrder);
    return workOrder;
  }

  Booking onlyBookingFor(WorkOrder workOrder) {
    List<Booking> bookings = serviceTitan.bookingsWithExternalId(Long.toString(workOrder.id()));
    if (bookings.size() != 1) {
      throw new AssertionError("expected one booking for " + workOrder.id() + ", got " + bookings);
    }
    return bookings.get(0);
  }

  /** Issues a work order, syncs it into a booking, and has a CSR convert it into a job. */
  FieldJob workOrderWithJob(WorkOrder workOrder) {
    serviceChannel.putWorkOrder(workOrder);
    cycle();
    Booking booking = onlyBookingFor(workOrder);
    serviceTitan.csrAccepts(booking.id());
    FieldJob job = serviceTitan.csrConverts(booking.id(), 31L, 41L);
    cycle();
    return job;
  }

  /** The texts of the ServiceChannel notes copied to a job (SC-16), oldest first. */
  List<String> copiedSubscriberNotes(long jobId) {
    return serviceTitan.notesOf(jobId).stream()
        .map(io.workbridge.sync.model.Note::text)
        .filter(text -> text.startsWith(NoteCopier.SC_NOTE_PREFIX))
        .toList();
  }

  WorkOrderStatus statusOf(WorkOrder workOrder) {
    return serviceChannel.current(workOrder.id()).status();
  }
}
