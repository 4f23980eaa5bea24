package io.workbridge.sync.crash;

import io.workbridge.sync.fake.FakeServiceChannel;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionRules;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scripted day of work orders: {@link #WORK_ORDERS} work orders for three subscribers (default
 * catalogue, one lacking the accept/decline statuses, one taking IVR check-ins only), each walked
 * through its whole lifecycle by the people on both sides — issued; booked; accepted (or declined,
 * or accepted in the portal first, SC-6); converted into a job; dispatched; arrived; notes written
 * on both sides, some edited (SC-16, SC-17); a file attached; finished; invoiced and exported. Some
 * plumbing work orders go straight to a job once their location's mapping is learnt (SC-4, SC-5).
 * Work orders start in staggered phases so one sync cycle sees every kind of event at once.
 *
 * <p>Deterministic: the same steps happen at the same world-clock times in every run, whatever the
 * sync does; only the fakes' own ids may differ. The steps act on the fakes directly, never through
 * the (crashing) ports.
 */
final class WorkOrderScenario {
  static final int WORK_ORDERS = 200;
  static final long ACME = 2014917243L;
  static final long STRICT = 2014917244L;
  static final long IVR_ONLY = 2014917245L;
  static final Instant ACTIVATED = Instant.parse("2026-03-01T00:00:00Z");
  private static final int STAGES = 10;
  private static final int STAGGER = 3;
  private static final long FIRST_WORK_ORDER = 84_000_001L;

  final MutableClock worldClock = MutableClock.at("2026-03-02T08:00:00Z");
  final FakeServiceChannel serviceChannel = new FakeServiceChannel(worldClock);
  final FakeServiceTitan serviceTitan = new FakeServiceTitan(worldClock);
  private final Map<Long, Long> jobs = new HashMap<>();
  private final Map<Long, String> firstNotes = new HashMap<>();

  WorkOrderScenario() {
    serviceChannel.addSubscriber(ACME, FakeServiceChannel.defaultCatalogue(), false);
    serviceChannel.addSubscriber(
        STRICT,
        StatusCatalogue.of(
            WorkOrderStatus.OPEN, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.COMPLETED),
        false);
    serviceChannel.addSubscriber(IVR_ONLY, FakeServiceChannel.defaultCatalogue(), true);
  }

  /** The sync's settings: plumbing work orders go straight to a job once the mapping is known. */
  static WorkOrderSyncSettings settings() {
    return settings(1);
  }

  /**
   * As {@link #settings()}, with {@code concurrency} workers. Crash points are numbered calls, replayed by
   * seed: one worker keeps their order the same every run; several make it vary.
   */
  static WorkOrderSyncSettings settings(int concurrency) {
    return WorkOrderSyncSettings.builder()
        .companyName("Cool Air HVAC")
        .activatedAt(ACTIVATED)
        .conversionRules(
            ConversionRules.of(
                ConversionRule.builder().trade("PLUMBING").target(ConversionTarget.JOB).build()))
        .putTechnicianUser(501L, 9_001L)
        .pageSize(40)
        .concurrency(concurrency)
        .build();
  }

  /** How many phases the script has. */
  static int phases() {
    return STAGES + STAGGER;
  }

  /** Performs the people's steps of one phase (before the sync's cycles of that phase). */
  void phase(int phase) {
    worldClock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < WORK_ORDERS; i++) {
      int stage = phase - i % STAGGER;
      if (stage >= 0 && stage < STAGES) {
        step(i, stage);
        worldClock.advance(Duration.ofSeconds(1));
      }
    }
  }

  private void step(int i, int stage) {
    long workOrderId = FIRST_WORK_ORDER + i;
    boolean declined = i % 13 == 7;
    switch (stage) {
      case 0 -> serviceChannel.putWorkOrder(workOrder(i, workOrderId));
      case 1 -> {
        if (i % 11 == 5 && !declined) {
          serviceChannel.providerAcceptsInPortal(workOrderId);
        }
      }
      case 2 -> booking(workOrderId)
          .ifPresent(
              booking -> {
                if (declined) {
                  serviceTitan.csrDismisses(booking.id());
                } else {
                  serviceTitan.csrAccepts(booking.id());
                }
              });
      case 3 -> {
        if (!declined) {
          Optional<FieldJob> direct =
              serviceTitan.allJobs().stream()
                  .filter(j -> j.externalId().equals(Optional.of(Long.toString(workOrderId))))
                  .findFirst();
          if (direct.isPresent()) {
            jobs.put(workOrderId, direct.get().id());
          } else {
            booking(workOrderId)
                .ifPresent(
                    b -> jobs.put(workOrderId, serviceTitan.csrConverts(b.id(), 31L + i % 5, 41L + i % 5).id()));
          }
        }
      }
      case 4 -> job(workOrderId).ifPresent(job -> serviceTitan.dispatch(job, i % 2 == 0 ? 501L : 502L));
      case 5 -> job(workOrderId)
          .ifPresent(job -> serviceTitan.arrive(job, i % 2 == 0 ? 501L : 502L, "Tech " + (i % 2)));
      case 6 -> job(workOrderId)
          .ifPresent(
              job -> {
                Note note = serviceTitan.writeNote(job, "Dispatcher", "Parts ordered for WO " + workOrderId);
                firstNotes.put(workOrderId, note.id());
                serviceChannel.subscriberWritesNote(workOrderId, "Store manager", "Please call before arrival");
              });
      case 7 -> job(workOrderId)
          .ifPresent(
              job -> {
                if (i % 4 == 1) {
                  serviceTitan.editNote(job, firstNotes.get(workOrderId), "Parts arrived for WO " + workOrderId);
                }
                serviceTitan.attachFile(
                    job, "photo-" + workOrderId + ".jpg", ("img" + workOrderId).getBytes(StandardCharsets.UTF_8));
              });
      case 8 -> job(workOrderId).ifPresent(serviceTitan::finish);
      case 9 -> job(workOrderId)
          .ifPresent(
              job -> {
                long invoice = serviceTitan.issueInvoice(job, "INV-" + workOrderId, "180.00", "14.85", "Pending").id();
                serviceTitan.setInvoiceStatus(invoice, "Exported");
              });
      default -> throw new IllegalStateException("no stage " + stage);
    }
  }

  private Optional<Booking> booking(long workOrderId) {
    List<Booking> bookings = serviceTitan.bookingsWithExternalId(Long.toString(workOrderId));
    return bookings.isEmpty() ? Optional.empty() : Optional.of(bookings.get(0));
  }

  private Optional<Long> job(long workOrderId) {
    return Optional.ofNullable(jobs.get(workOrderId));
  }

  private WorkOrder workOrder(int i, long id) {
    long subscriber = i % 10 == 3 ? STRICT : i % 10 == 6 ? IVR_ONLY : ACME;
    long location = 2_005_530_000L + i % 5;
    return WorkOrder.builder()
        .id(id)
        .number(Long.toString(id))
        .purchaseNumber("PO-" + id)
        .subscriber(new Subscriber(subscriber, "Subscriber " + subscriber))
        .location(
            WorkOrderLocation.builder()
                .id(location)
                .storeId("00" + i % 5)
                .name("Store #" + i % 5)
                .address(
                    Address.builder()
                        .street((10 + i % 5) + " Main St")
                        .city("Dallas")
                        .state("TX")
                        .zip("75001")
                        .build())
                .timeZone(ZoneId.of("America/Chicago"))
                .build())
        .status(WorkOrderStatus.OPEN)
        .trade(i % 6 == 2 && i >= 30 ? "PLUMBING" : "HVAC")
        .category("REPAIR")
        .priority("P2 - Urgent")
        .description("Work order " + id)
        .caller("Store manager")
        .nte(Money.of("750.00", "USD"))
        .createdAt(worldClock.instant())
        .updatedAt(worldClock.instant())
        .scheduledAt(worldClock.instant().plus(Duration.ofDays(1)))
        .build();
  }

  /** The remote state of both platforms, for comparing runs. */
  String snapshot() {
    return "== ServiceChannel\n" + serviceChannel.snapshot() + "== ServiceTitan\n" + serviceTitan.snapshot();
  }
}
