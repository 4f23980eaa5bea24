package io.workbridge.benchmarks;

import io.workbridge.sync.fake.FakeLeadFeed;
import io.workbridge.sync.fake.FakeServiceChannel;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.workflow.LeadSync;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one sync cycle over {@link InMemorySyncStore} and the in-memory fake platforms of the
 * sync-core test-jar: a work-order cycle that turns {@link #BATCH} new work orders into bookings, a
 * lead cycle that turns {@link #BATCH} new alerts into bookings, and a cycle with nothing new. The
 * new records are put in place before each invocation (not measured); the world is rebuilt every
 * {@link #INVOCATIONS_PER_WORLD} invocations so the fakes' feeds stay small.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SyncCycleBenchmark {
  /** Records new to each measured cycle. */
  public static final int BATCH = 10;

  /** How many invocations share one world before it is rebuilt. */
  public static final int INVOCATIONS_PER_WORLD = 50;

  private static final long SUBSCRIBER = 2014917243L;
  private static final ConnectionId TENANT = ConnectionId.of("bench");

  private MutableClock clock;
  private FakeServiceChannel serviceChannel;
  private FakeServiceTitan serviceTitan;
  private FakeLeadFeed vendor;
  private ConnectionStore store;
  private WorkOrderSync workOrders;
  private LeadSync leads;
  private int invocations;
  private long nextId;

  /** A fresh world, fully synced. */
  @Setup(Level.Iteration)
  public void newWorld() {
    clock = MutableClock.at("2026-03-02T08:00:00Z");
    serviceChannel = new FakeServiceChannel(clock);
    serviceChannel.addSubscriber(SUBSCRIBER, FakeServiceChannel.defaultCatalogue(), false);
    serviceTitan = new FakeServiceTitan(clock);
    vendor = new FakeLeadFeed(clock);
    store = InMemorySyncStore.create(clock).connection(TENANT);
    workOrders =
        new WorkOrderSync(
            serviceChannel,
            serviceTitan,
            store,
            WorkOrderSyncSettings.builder()
                .companyName("Cool Air HVAC")
                .activatedAt(Instant.parse("2026-03-01T00:00:00Z"))
                .build());
    LeadSyncConfig config = LeadSyncConfig.builder().vendorCampaignId(42).build();
    leads = LeadSync.builder().feed(vendor).platform(serviceTitan).store(store).config(config).build();
    invocations = 0;
  }

  /** Puts the next batch of new work orders and alerts in place. */
  @Setup(Level.Invocation)
  public void nextBatch() {
    if (++invocations % INVOCATIONS_PER_WORLD == 0) {
      newWorld();
    }
    clock.advance(Duration.ofSeconds(30));
    for (int i = 0; i < BATCH; i++) {
      long id = 84_000_000L + ++nextId;
      serviceChannel.putWorkOrder(workOrder(id));
      vendor.publish(alert("alert-" + id));
    }
  }

  /** One work-order cycle: {@link #BATCH} new work orders become bookings. */
  @Benchmark
  public SyncReport workOrderIntakeCycle() {
    return requireWork(workOrders.runCycle());
  }

  /** One lead cycle: {@link #BATCH} new alerts become bookings. */
  @Benchmark
  public SyncReport leadIntakeCycle() {
    return requireWork(leads.runCycle());
  }

  /** Two work-order cycles: the second finds nothing new (the cost of polling an idle connection). */
  @Benchmark
  public SyncReport workOrderCycleThenIdleCycle() {
    workOrders.runCycle();
    return workOrders.runCycle();
  }

  private static SyncReport requireWork(SyncReport report) {
    if (report.totalPerformed() < BATCH) {
      throw new IllegalStateException("cycle did less than its batch: " + report);
    }
    return report;
  }

  private WorkOrder workOrder(long id) {
    return WorkOrder.builder()
        .id(id)
        .number(Long.toString(id))
        .purchaseNumber("PO-" + id)
        .subscriber(new Subscriber(SUBSCRIBER, "Acme Stores"))
        .location(
            WorkOrderLocation.builder()
                .id(2_005_530_999L)
                .storeId("0024")
                .name("Acme #24")
                .address(address())
                .timeZone(ZoneId.of("America/Chicago"))
                .build())
        .status(WorkOrderStatus.OPEN)
        .trade("HVAC")
        .category("REPAIR")
        .priority("P2 - Urgent")
        .description("Rooftop unit not cooling")
        .nte(Money.of("750.00", "USD"))
        .createdAt(clock.instant())
        .updatedAt(clock.instant())
        .build();
  }

  private Lead alert(String alertId) {
    return Lead.builder()
        .alertId(alertId)
        .accountId("acc-1")
        .type(AlertType.WATER_DETECTED)
        .severity(AlertSeverity.CRITICAL)
        .status(AlertStatus.PENDING)
        .member(Party.named("Jane", "Doe").phone("+12145550100").address(address()).build())
        .trade("HVAC")
        .submittedAt(clock.instant())
        .updatedAt(clock.instant())
        .build();
  }

  private static Address address() {
    return Address.builder().street("12 Main St").city("Dallas").state("TX").zip("75001").build();
  }
}
