package io.workbridge.runtime;

import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.LeadFeed;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.LeadSync;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * WorkBridge embedded in your own service: the work-order and lead workflows of one connection, over the
 * ports you give it and a {@link SyncStore}, run on a schedule ({@link #start()}), on demand ({@link
 * #runOnce()}, {@link #trigger(String)}), and stopped gracefully ({@link #stop(Duration)}).
 *
 * <pre>{@code
 * try (WorkBridge bridge = WorkBridge.builder()
 *     .connectionId(ConnectionId.of("acme-hvac"))
 *     .store(JdbcSyncStore.embedded(Path.of("workbridge-data"), SyncStoreSettings.defaults()))
 *     .workOrders(serviceChannelPort, serviceTitanPort, settings)
 *     .leads(vendorPort, serviceTitanPort, LeadSyncConfig.builder().vendorCampaignId(4411).build())
 *     .build()) {
 *   bridge.start();
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every cycle reserves each effect in the store before performing it, so the process may
 * be stopped or killed at any point and a restart neither repeats nor loses an effect.
 */
public final class WorkBridge implements AutoCloseable {
  /** The stream of ServiceChannel work orders and the ServiceTitan events that answer them. */
  public static final String WORK_ORDERS = "work-orders";

  /** The stream of vendor alerts. */
  public static final String LEADS = "leads";

  private final SyncScheduler scheduler;
  private final Map<String, Supplier<SyncReport>> cycles;
  private final java.util.List<AutoCloseable> resources;

  private WorkBridge(Builder builder) {
    this.cycles = Map.copyOf(builder.cycles);
    this.resources = java.util.List.copyOf(builder.resources);
    this.scheduler = new SyncScheduler(builder.clock);
    builder.cycles.forEach((name, cycle) -> scheduler.add(name, builder.intervals.get(name), cycle));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts every stream now and then on its interval. */
  public void start() {
    scheduler.start();
  }

  /** Runs one cycle of every stream, in order, on the calling thread. */
  public Map<String, SyncReport> runOnce() {
    Map<String, SyncReport> reports = new LinkedHashMap<>();
    for (String stream : cycles.keySet().stream().sorted().toList()) {
      reports.put(stream, scheduler.runNow(stream));
    }
    return reports;
  }

  /** Asks one stream to run as soon as possible (after a webhook, say); polling stays the backstop. */
  public void trigger(String stream) {
    scheduler.trigger(stream);
  }

  /** What each stream did last. */
  public Map<String, SyncScheduler.StreamStatus> status() {
    return scheduler.status();
  }

  /** Stops scheduling and waits up to {@code grace} for cycles in flight; true if all finished. */
  public boolean stop(Duration grace) {
    return scheduler.stop(grace);
  }

  /** Stops with a 30 s grace period. */
  @Override
  public void close() {
    scheduler.close();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception failure) {
        org.slf4j.LoggerFactory.getLogger(WorkBridge.class).warn("closing {} failed: {}", resource, failure.toString());
      }
    }
  }

  /** Builds a {@link WorkBridge}; at least one of work orders or leads is required. */
  public static final class Builder {
    private @Nullable ConnectionId connectionId;
    private @Nullable SyncStore store;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Supplier<SyncReport>> cycles = new LinkedHashMap<>();
    private final Map<String, Duration> intervals = new LinkedHashMap<>();
    private @Nullable WorkOrderWiring workOrders;
    private @Nullable LeadWiring leads;
    private final java.util.List<AutoCloseable> resources = new java.util.ArrayList<>();

    private Builder() {
      intervals.put(WORK_ORDERS, Duration.ofSeconds(60));
      intervals.put(LEADS, Duration.ofSeconds(60));
    }

    /** The connection whose state this bridge reads and writes (required). */
    public Builder connectionId(ConnectionId connectionId) {
      this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
      return this;
    }

    /** Where state is kept (required); the caller closes it. */
    public Builder store(SyncStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The time source for scheduling status (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Syncs ServiceChannel work orders with ServiceTitan (SC-1 … SC-22). */
    public Builder workOrders(
        WorkOrderPlatform serviceChannel, FieldServicePlatform serviceTitan, WorkOrderSyncSettings settings) {
      this.workOrders =
          new WorkOrderWiring(
              Objects.requireNonNull(serviceChannel, "serviceChannel"),
              Objects.requireNonNull(serviceTitan, "serviceTitan"),
              Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /** Turns vendor alerts into ServiceTitan bookings or follow-ups (LD-1 … LD-10). */
    public Builder leads(LeadFeed feed, FieldServicePlatform serviceTitan, LeadSyncConfig config) {
      this.leads =
          new LeadWiring(
              Objects.requireNonNull(feed, "feed"),
              Objects.requireNonNull(serviceTitan, "serviceTitan"),
              Objects.requireNonNull(config, "config"));
      return this;
    }

    /** How often a stream ({@link #WORK_ORDERS} or {@link #LEADS}) runs (default 60 s each). */
    public Builder every(String stream, Duration interval) {
      if (!intervals.containsKey(stream)) {
        throw new IllegalArgumentException("unknown stream " + stream + "; streams: " + intervals.keySet());
      }
      intervals.put(stream, Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /** A resource (a client, the store) the bridge closes in {@link WorkBridge#close()}, in the order given, after its cycles stopped. */
    public Builder closing(AutoCloseable resource) {
      resources.add(Objects.requireNonNull(resource, "resource"));
      return this;
    }

    /** Builds the bridge, naming every missing setting. */
    public WorkBridge build() {
      StringBuilder missing = new StringBuilder();
      if (connectionId == null) {
        missing.append(" connectionId");
      }
      if (store == null) {
        missing.append(" store");
      }
      if (workOrders == null && leads == null) {
        missing.append(" workOrders-or-leads");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException("WorkBridge cannot be built; missing:" + missing);
      }
      ConnectionStore state = store.connection(connectionId);
      if (workOrders != null) {
        WorkOrderSync sync = new WorkOrderSync(workOrders.serviceChannel, workOrders.serviceTitan, state, workOrders.settings);
        cycles.put(WORK_ORDERS, sync::runCycle);
      }
      if (leads != null) {
        LeadSync sync = LeadSync.builder().feed(leads.feed).platform(leads.serviceTitan).store(state).config(leads.config).build();
        cycles.put(LEADS, sync::runCycle);
      }
      return new WorkBridge(this);
    }

    private record WorkOrderWiring(
        WorkOrderPlatform serviceChannel, FieldServicePlatform serviceTitan, WorkOrderSyncSettings settings) {}

    private record LeadWiring(LeadFeed feed, FieldServicePlatform serviceTitan, LeadSyncConfig config) {}
  }
}
