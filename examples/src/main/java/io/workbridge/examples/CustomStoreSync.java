package io.workbridge.examples;

import io.workbridge.examples.customstore.FileSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.Link;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sync-core embedded with a custom storage adapter: {@link WorkOrderSync} over the runtime adapters ({@link
 * SimulatorPorts}) and {@link FileSyncStore}, a {@code SyncStore} kept in one local file. You run the cycles
 * yourself — here two, with the store closed and reopened in between as a restarted process would:
 *
 * <ol>
 *   <li>the first cycle books every new work order in ServiceTitan (SC-1);
 *   <li>a CSR accepts the bookings in ServiceTitan;
 *   <li>the second cycle, on the store reopened from its file, tells ServiceChannel (IN PROGRESS / DISPATCH
 *       CONFIRMED, SC-7) and books nothing twice, because the links and effects survived in the file.
 * </ol>
 *
 * <p>Run it with its test, which starts fresh simulators, runs it and checks what it did:
 *
 * <pre>mvn -B -q -pl examples -am verify -Dtest=CustomStoreSyncTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>or run {@code main} from your IDE.
 */
public final class CustomStoreSync {
  /** The connection (tenant) whose state the store keeps. */
  public static final ConnectionId CONNECTION = ConnectionId.of("acme-hvac");

  private static final Logger LOG = LoggerFactory.getLogger(CustomStoreSync.class);

  private CustomStoreSync() {}

  /** Runs the example against fresh simulators, keeping the state in a new temporary directory. */
  public static void main(String[] args) {
    Path stateFile = temporaryDirectory().resolve("acme-hvac.state");
    try (ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator().start();
        ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start()) {
      ServiceChannelQuickstart.seed(serviceChannel, 3);
      run(serviceChannel, serviceTitan, stateFile);
    }
    LOG.info("The state is in {}", stateFile);
  }

  /**
   * Syncs, lets a CSR accept the bookings, and syncs again on the store reopened from {@code stateFile}.
   *
   * @return the reports of the two cycles
   */
  public static List<SyncReport> run(
      ServiceChannelSimulator serviceChannel, ServiceTitanSimulator serviceTitan, Path stateFile) {
    Instant activatedAt = Instant.now().minus(Duration.ofHours(1));
    WorkOrderSyncSettings settings =
        WorkOrderSyncSettings.builder().companyName("Acme HVAC").activatedAt(activatedAt).build();
    try (SimulatorPorts ports = SimulatorPorts.connect(serviceChannel, serviceTitan, activatedAt)) {
      SyncReport first = cycle(ports, settings, stateFile);
      LOG.info("First cycle: {}", first);

      List<Link> bookings = bookings(stateFile);
      for (Link booking : bookings) {
        LOG.info("A CSR accepts booking {} (work order {})", booking.targetId(), booking.sourceId());
        serviceTitan.csrAcceptBooking(Long.parseLong(booking.targetId()));
      }

      SyncReport second = cycle(ports, settings, stateFile);
      LOG.info("Second cycle, after reopening the store: {}", second);
      return List.of(first, second);
    }
  }

  /** Opens the store, runs one cycle of the work-order sync on it and closes it again. */
  private static SyncReport cycle(SimulatorPorts ports, WorkOrderSyncSettings settings, Path stateFile) {
    try (SyncStore store = FileSyncStore.open(stateFile, SyncStoreSettings.defaults())) {
      WorkOrderSync sync =
          new WorkOrderSync(ports.serviceChannel(), ports.serviceTitan(), store.connection(CONNECTION), settings);
      return sync.runCycle();
    }
  }

  /** A new temporary directory for the example's state. */
  static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("workbridge-example");
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** The work order → booking links the sync keeps in the store. */
  private static List<Link> bookings(Path stateFile) {
    try (SyncStore store = FileSyncStore.open(stateFile, SyncStoreSettings.defaults())) {
      return store.connection(CONNECTION).links().list(LinkKind.WORK_ORDER_BOOKING);
    }
  }
}
