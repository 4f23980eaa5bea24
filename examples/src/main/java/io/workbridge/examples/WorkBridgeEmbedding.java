package io.workbridge.examples;

import io.workbridge.adapters.VendorLeadFeed;
import io.workbridge.client.Secret;
import io.workbridge.leads.LeadsClient;
import io.workbridge.runtime.SyncScheduler.StreamStatus;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.Link;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WorkBridge embedded in your own service: a {@link WorkBridge} built with its builder from ports (clients →
 * sync-adapters module, see {@link SimulatorPorts}), a {@link JdbcSyncStore} on an embedded H2 database and
 * a {@link Clock}; both streams, work orders and leads. It
 *
 * <ol>
 *   <li>runs one cycle of each stream on the calling thread ({@link WorkBridge#runOnce()}): every new work
 *       order and the vendor's alert become ServiceTitan bookings;
 *   <li>lets a CSR accept the work-order bookings in ServiceTitan;
 *   <li>starts the scheduler ({@link WorkBridge#start()}: every stream now, then on its interval), waits
 *       for the cycles it started, which tell ServiceChannel the work orders are accepted (SC-7), and shows
 *       {@link WorkBridge#status()};
 *   <li>stops gracefully ({@link WorkBridge#stop(Duration)}): cycles in flight finish first.
 * </ol>
 *
 * <p>{@code WorkBridgeFactory.create(config, clock)} builds the same bridge from a configuration file.
 *
 * <p>Run it with its test, which starts fresh simulators, runs it and checks what it did:
 *
 * <pre>mvn -B -q -pl examples -am verify -Dtest=WorkBridgeEmbeddingTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>or run {@code main} from your IDE.
 */
public final class WorkBridgeEmbedding {
  /** The connection (tenant) whose state the store keeps. */
  public static final ConnectionId CONNECTION = ConnectionId.of("acme-hvac");

  /** How long to wait for the scheduler's first cycles before giving up. */
  static final Duration CYCLE_TIMEOUT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(WorkBridgeEmbedding.class);

  private WorkBridgeEmbedding() {}

  /** Runs the example against fresh simulators, with the database in a new temporary directory. */
  public static void main(String[] args) {
    Path data = CustomStoreSync.temporaryDirectory();
    try (ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator().start();
        ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start();
        LeadsVendorSimulator vendor = new LeadsVendorSimulator(MutableClock.at(Instant.now())).start()) {
      ServiceChannelQuickstart.seed(serviceChannel, 3);
      vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      run(serviceChannel, serviceTitan, vendor, data);
    }
    LOG.info("The database is in {}", data);
  }

  /**
   * Builds the bridge over the three simulators and an H2 database in {@code dataDirectory}, runs it as
   * described above and stops it.
   *
   * @return the status of each stream when it stopped
   */
  public static Map<String, StreamStatus> run(
      ServiceChannelSimulator serviceChannel,
      ServiceTitanSimulator serviceTitan,
      LeadsVendorSimulator vendor,
      Path dataDirectory) {
    Clock clock = Clock.systemUTC();
    Instant activatedAt = clock.instant().minus(Duration.ofHours(1));
    try (SimulatorPorts ports = SimulatorPorts.connect(serviceChannel, serviceTitan, activatedAt);
        LeadsClient leads =
            LeadsClient.builder()
                .baseUrl(vendor.baseUrl())
                .clientId(LeadsVendorSimulator.CLIENT_ID)
                .clientSecret(Secret.of(LeadsVendorSimulator.CLIENT_SECRET))
                .build();
        SyncStore store = JdbcSyncStore.embedded(dataDirectory, SyncStoreSettings.builder().clock(clock).build());
        WorkBridge bridge =
            WorkBridge.builder()
                .connectionId(CONNECTION)
                .store(store)
                .clock(clock)
                .workOrders(
                    ports.serviceChannel(),
                    ports.serviceTitan(),
                    WorkOrderSyncSettings.builder().companyName("Acme HVAC").activatedAt(activatedAt).build())
                .leads(
                    new VendorLeadFeed(leads),
                    ports.serviceTitan(),
                    LeadSyncConfig.builder().vendorCampaignId(serviceTitan.referenceData().campaignId()).build())
                .every(WorkBridge.WORK_ORDERS, Duration.ofMinutes(1))
                .every(WorkBridge.LEADS, Duration.ofMinutes(1))
                .build()) {
      Map<String, SyncReport> first = bridge.runOnce();
      first.forEach((stream, report) -> LOG.info("runOnce, {}: {}", stream, report));

      for (Link booking : store.connection(CONNECTION).links().list(LinkKind.WORK_ORDER_BOOKING)) {
        LOG.info("A CSR accepts booking {} (work order {})", booking.targetId(), booking.sourceId());
        serviceTitan.csrAcceptBooking(Long.parseLong(booking.targetId()));
      }

      Map<String, StreamStatus> before = bridge.status();
      bridge.start();
      awaitNextCycles(bridge, before);
      Map<String, StreamStatus> status = bridge.status();
      status.values().forEach(stream -> LOG.info("Status: {} ran {} times, every {}; last: {}", stream.name(),
          stream.runs(), stream.every(), stream.lastFailure().orElseGet(() -> stream.lastReport().orElseThrow().toString())));

      boolean finished = bridge.stop(Duration.ofSeconds(30));
      LOG.info("Stopped {}", finished ? "gracefully: every cycle finished" : "after the grace period");
      return status;
    }
  }

  /**
   * Waits until every stream has finished a cycle after {@code before}: each stream then holds a new report
   * (or a new failure).
   */
  private static void awaitNextCycles(WorkBridge bridge, Map<String, StreamStatus> before) {
    Instant deadline = Instant.now().plus(CYCLE_TIMEOUT);
    while (!before.keySet().stream().allMatch(stream -> finishedSince(bridge.status().get(stream), before.get(stream)))) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the scheduler ran no cycle within " + CYCLE_TIMEOUT + ": " + bridge.status());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the scheduler", interrupted);
      }
    }
  }

  private static boolean finishedSince(StreamStatus now, StreamStatus before) {
    return now.runs() > before.runs()
        && (now.lastReport().map(report -> report != before.lastReport().orElse(null)).orElse(false)
            || now.lastFailure().isPresent());
  }
}
