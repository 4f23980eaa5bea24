package io.workbridge.benchmarks.e2e;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.adapters.ServiceTitanFieldServicePlatform;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.Secret;
import io.workbridge.client.Sleeper;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.journal.JournalEntry;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One WorkBridge work-order connection wired as in production — the ServiceTitan and ServiceChannel
 * clients with their own rate limiters, the sync-adapters adapters, {@link WorkOrderSync} and an embedded
 * H2 {@link JdbcSyncStore} in a temporary directory — against the two simulators, which add a response
 * latency and enforce the same rate limits. ServiceChannel has one subscriber with ten locations.
 *
 * <p>The ServiceChannel simulator runs on a {@link ShiftableClock}, so {@link #seedWorkOrders} can stamp
 * work orders over a past period while everything else runs in real time. ServiceTitan's request
 * validation against its API description is off (it costs CPU on every call; the end-to-end tests check
 * the request shapes); ServiceChannel's stays on.
 */
final class SimulatedDeployment implements AutoCloseable {
  /** The ServiceChannel subscriber of every work order. */
  static final long SUBSCRIBER = 2014917243L;

  private static final long FIRST_LOCATION = 2006516537L;
  private static final int LOCATIONS = 10;
  private static final String CONNECTION = "benchmark";

  /** One sync cycle: what it did and the calls it made. */
  record Cycle(SyncReport report, CallTally calls) {}

  private final ShiftableClock serviceChannelClock = new ShiftableClock();
  private final Instant activatedAt;
  private final RateLimits limits;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();
  private final ServiceTitanSimulator serviceTitan;
  private final ServiceChannelSimulator serviceChannel;
  private final Path storeDirectory;
  private final WorkOrderSync sync;
  private int workOrdersCreated;

  private SimulatedDeployment(RateLimits limits, Duration latency, Instant activatedAt, int concurrency)
      throws IOException {
    this.limits = limits;
    this.activatedAt = activatedAt;
    try {
      this.serviceTitan = startServiceTitan(latency);
      this.serviceChannel = startServiceChannel(latency);
      this.storeDirectory = Files.createTempDirectory("workbridge-benchmark");
      opened.push(this::deleteStore);
      this.sync = wireSync(concurrency);
    } catch (IOException | RuntimeException failure) {
      closeOpened().ifPresent(failure::addSuppressed);
      throw failure;
    }
  }

  private ServiceTitanSimulator startServiceTitan(Duration latency) {
    ServiceTitanSimulator simulator =
        ServiceTitanSimulator.builder()
            .validateContract(false)
            .requestsPerSecond(limits.serviceTitanPerSecond())
            .build()
            .start()
            .responseLatency(latency);
    opened.push(simulator);
    return simulator;
  }

  private ServiceChannelSimulator startServiceChannel(Duration latency) {
    ServiceChannelSimulator simulator =
        new ServiceChannelSimulator(
                serviceChannelClock, limits.serviceChannelClientPerMinute(), limits.serviceChannelCompanyPerMinute())
            .start()
            .responseLatency(latency);
    opened.push(simulator);
    simulator.addSubscriber(SubscriberSetup.builder(SUBSCRIBER, "API SANDBOX").providerMayComplete(true).build());
    for (int i = 0; i < LOCATIONS; i++) {
      simulator.addLocation(
          FIRST_LOCATION + i, SUBSCRIBER, String.format("%04d", 24 + i), 42.6526, -73.7562, 0.5, "America/New_York");
    }
    return simulator;
  }

  private WorkOrderSync wireSync(int concurrency) {
    ServiceTitanClient serviceTitanClient = serviceTitanClient();
    opened.push(serviceTitanClient);
    ServiceChannelClient serviceChannelClient =
        ServiceChannelClient.builder()
            .baseUrl(serviceChannel.apiBaseUrl())
            .tokenUrl(serviceChannel.tokenUrl())
            .clientId(ServiceChannelSimulator.CLIENT_ID)
            .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
            .username(ServiceChannelSimulator.USERNAME)
            .password(Secret.of(ServiceChannelSimulator.PASSWORD))
            .rateLimiter(
                RateLimiter.allOf(
                    RateLimiter.perWindow(
                        limits.serviceChannelClientPerMinute(), Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM),
                    RateLimiter.perWindow(
                        limits.serviceChannelCompanyPerMinute(), Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM)))
            .build();
    opened.push(serviceChannelClient);
    JdbcSyncStore store = JdbcSyncStore.embedded(storeDirectory, SyncStoreSettings.defaults());
    opened.push(store);
    return new WorkOrderSync(
        ServiceChannelWorkOrderPlatform.builder()
            .client(serviceChannelClient)
            .startAt(activatedAt)
            .apiUsername(ServiceChannelSimulator.USERNAME)
            .build(),
        // Every export feed on every cycle (notes and invoices included): the upper bound of the calls a cycle
        // makes; with the default intervals the notes and invoices feeds are read less often.
        ServiceTitanFieldServicePlatform.builder()
            .client(serviceTitanClient)
            .feedStart(activatedAt)
            .notesEvery(Duration.ZERO)
            .invoicesEvery(Duration.ZERO)
            .build(),
        store.connection(ConnectionId.of(CONNECTION)),
        WorkOrderSyncSettings.builder().companyName("Acme HVAC").activatedAt(activatedAt).concurrency(concurrency).build());
  }

  /**
   * Starts the simulators and wires the connection; nothing is called remotely yet.
   *
   * @param limits the rate limits of both simulators and both clients
   * @param latency the response latency of both simulators
   * @param activatedAt the connection's activation instant (SC-3): work orders created before it are ignored
   * @param concurrency how many work orders the sync handles at once
   * @return the deployment, to close
   */
  static SimulatedDeployment start(RateLimits limits, Duration latency, Instant activatedAt, int concurrency) {
    try {
      return new SimulatedDeployment(limits, latency, activatedAt, concurrency);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store directory", e);
    }
  }

  /**
   * The subscriber creates work orders, one every {@code spacing} ending now (the first {@code (count − 1) ×
   * spacing} ago); they are spread over the locations.
   *
   * @param count how many
   * @param spacing the time between two creations
   */
  void seedWorkOrders(int count, Duration spacing) {
    try {
      for (int i = 0; i < count; i++) {
        serviceChannelClock.shift(spacing.multipliedBy(-(count - 1L - i)));
        createWorkOrder();
      }
    } finally {
      serviceChannelClock.shift(Duration.ZERO);
    }
  }

  /**
   * The subscriber creates one work order now.
   *
   * @return its id
   */
  long createWorkOrder() {
    return createWorkOrder(workOrdersCreated % LOCATIONS);
  }

  /**
   * The subscriber creates a work order at one of its stores.
   *
   * @param store which store, from 0
   * @return the work order's id
   */
  long createWorkOrder(int store) {
    int number = workOrdersCreated++;
    return serviceChannel.createWorkOrder(
        NewWorkOrder.builder(SUBSCRIBER, FIRST_LOCATION + store)
            .description("Rooftop unit " + number + " not cooling")
            .nte(new BigDecimal("750.00"))
            .scheduledDate(Instant.now().plus(Duration.ofDays(1)))
            .build());
  }

  /** Runs one work-order sync cycle and counts the calls it made to each simulator. */
  Cycle runCycle() {
    int serviceTitanMark = serviceTitan.journal().count();
    int serviceChannelMark = serviceChannel.journal().count();
    SyncReport report = sync.runCycle();
    CallTally calls =
        callsSince(RemoteSystem.SERVICE_TITAN, serviceTitan.journal(), serviceTitanMark, serviceTitan.tokenUrl())
            .plus(
                callsSince(
                    RemoteSystem.SERVICE_CHANNEL, serviceChannel.journal(), serviceChannelMark, serviceChannel.tokenUrl()));
    return new Cycle(report, calls);
  }

  private static CallTally callsSince(RemoteSystem system, RequestJournal journal, int mark, String tokenUrl) {
    List<JournalEntry> all = journal.all();
    return CallTally.of(system, all.subList(mark, all.size()), URI.create(tokenUrl).getRawPath());
  }

  /**
   * Accounting marks an invoice as exported, through a ServiceTitan client of its own (run between
   * cycles, so not counted as the sync's calls).
   */
  void exportInvoice(long invoiceId) {
    try (ServiceTitanClient accounting = serviceTitanClient()) {
      accounting.invoices().markAsExportedOrThrow(List.of(InvoiceExportMark.of(invoiceId, "GL-" + invoiceId)));
    }
  }

  /**
   * The id of the booking the sync created for a work order, looked up through a ServiceTitan client of
   * its own (run between cycles, so not counted as the sync's calls).
   *
   * @throws IllegalStateException when there is none
   */
  long bookingIdOf(long workOrderId) {
    try (ServiceTitanClient office = serviceTitanClient()) {
      return office.bookings()
          .findByExternalId(Long.toString(workOrderId))
          .orElseThrow(() -> new IllegalStateException("no booking for work order " + workOrderId))
          .id();
    }
  }

  /** The ServiceTitan simulator, to play the people in ServiceTitan. */
  ServiceTitanSimulator serviceTitan() {
    return serviceTitan;
  }

  /** The ServiceChannel simulator, to play the subscriber. */
  ServiceChannelSimulator serviceChannel() {
    return serviceChannel;
  }

  /** The connection's activation instant. */
  Instant activatedAt() {
    return activatedAt;
  }

  /** Requests a simulator refused with 429 so far. */
  long rateLimited(RemoteSystem system) {
    return switch (system) {
      case SERVICE_TITAN -> serviceTitan.rateLimitedCount();
      case SERVICE_CHANNEL -> serviceChannel.throttledByClientLimit() + serviceChannel.throttledByCompanyLimit();
    };
  }

  /** Forgets the simulators' request journals (they hold every request and body). */
  void clearJournals() {
    serviceTitan.journal().clear();
    serviceChannel.journal().clear();
  }

  /** Closes the store and the clients, deletes the store, then stops the simulators (which verify themselves). */
  @Override
  public void close() {
    Optional<IllegalStateException> failure = closeOpened();
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  private Optional<IllegalStateException> closeOpened() {
    IllegalStateException failure = null;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception | AssertionError e) {
        if (failure == null) {
          failure = new IllegalStateException("closing the deployment failed: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    return Optional.ofNullable(failure);
  }

  private ServiceTitanClient serviceTitanClient() {
    return ServiceTitanClient.builder()
        .baseUrl(serviceTitan.baseUrl())
        .tokenUrl(serviceTitan.tokenUrl())
        .tenantId(serviceTitan.tenantId())
        .appKey(Secret.of(serviceTitan.appKey()))
        .clientId(serviceTitan.clientId())
        .clientSecret(Secret.of(serviceTitan.clientSecret()))
        .bookingProviderId(serviceTitan.bookingProviderId())
        .applicationGuid("6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00")
        .rateLimit(limits.serviceTitanPerSecond(), Duration.ofSeconds(1))
        .build();
  }

  private void deleteStore() throws IOException {
    try (Stream<Path> files = Files.walk(storeDirectory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
