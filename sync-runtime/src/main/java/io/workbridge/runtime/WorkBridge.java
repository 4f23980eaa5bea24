package io.workbridge.runtime;

import io.workbridge.runtime.config.ScheduleConfig;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.LeadFeed;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.LeadSync;
import io.workbridge.sync.workflow.LeadSyncConfig;
import io.workbridge.sync.workflow.RetryOutcome;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * WorkBridge embedded in your own service: the work-order and lead workflows of one connection, over the
 * ports you give it and a {@link SyncStore}, run on a schedule ({@link #start()}), on demand ({@link
 * #runOnce()}, {@link #trigger(String)} — from a webhook endpoint of yours, say), and stopped gracefully ({@link
 * #stop(Duration)}).
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
  /** The stream of ServiceChannel work orders turned into ServiceTitan bookings and jobs (default every 60 s). */
  public static final String WORK_ORDERS = "work-orders";

  /**
   * The stream of ServiceTitan changes read from its export feeds and pushed to ServiceChannel: statuses,
   * check-ins, notes, attachments, invoices (default every 30 s). It shares one workflow with {@link
   * #WORK_ORDERS}, so the two never run at the same time.
   */
  public static final String SERVICETITAN_CHANGES = "servicetitan-changes";

  /** The stream of vendor alerts (default every 60 s). */
  public static final String LEADS = "leads";

  /** The MDC key holding the connection id on every log line of a cycle. */
  public static final String MDC_CONNECTION = "workbridge.connection";

  /** The MDC key holding the stream's name on every log line of a cycle. */
  public static final String MDC_STREAM = "workbridge.stream";

  private final SyncScheduler scheduler;
  private final Map<String, Supplier<SyncReport>> cycles;
  private final ConnectionStore state;
  private final @Nullable Exclusive<WorkOrderSync> workOrderSync;
  private final @Nullable Exclusive<LeadSync> leadSync;
  private final List<AutoCloseable> resources;
  private final Clock clock;
  private volatile @Nullable Consumer<String> triggers;

  private WorkBridge(
      Builder builder,
      ConnectionStore state,
      @Nullable Exclusive<WorkOrderSync> workOrderSync,
      @Nullable Exclusive<LeadSync> leadSync) {
    this.state = state;
    this.workOrderSync = workOrderSync;
    this.leadSync = leadSync;
    Map<String, Supplier<SyncReport>> streams = new LinkedHashMap<>();
    if (workOrderSync != null) {
      streams.put(WORK_ORDERS, recorded(WORK_ORDERS, () -> workOrderSync.call(WorkOrderSync::pullWorkOrders), builder.clock, builder.listener));
      streams.put(
          SERVICETITAN_CHANGES, recorded(SERVICETITAN_CHANGES, () -> workOrderSync.call(WorkOrderSync::pushFieldEvents), builder.clock, builder.listener));
    }
    if (leadSync != null) {
      streams.put(LEADS, recorded(LEADS, () -> leadSync.call(LeadSync::runCycle), builder.clock, builder.listener));
    }
    this.cycles = Collections.unmodifiableMap(streams);
    this.resources = List.copyOf(builder.resources);
    this.clock = builder.clock;
    this.scheduler = new SyncScheduler(builder.clock);
    cycles.forEach((name, cycle) -> scheduler.add(name, builder.intervals.get(name), cycle));
  }

  /**
   * The cycle, keeping what it did in the store as the stream's {@link LastCycle} (for {@code workbridge status})
   * and telling the listener; every log line of the cycle carries the connection and the stream in its MDC.
   */
  private Supplier<SyncReport> recorded(String stream, Supplier<SyncReport> cycle, Clock clock, CycleListener listener) {
    return () -> {
      Instant startedAt = clock.instant();
      long started = System.nanoTime();
      try (MDC.MDCCloseable connection = MDC.putCloseable(MDC_CONNECTION, state.connectionId().value());
          MDC.MDCCloseable name = MDC.putCloseable(MDC_STREAM, stream)) {
        SyncReport report = cycle.get();
        keep(LastCycle.of(stream, startedAt, report));
        tell(listener, new CycleEvent(state.connectionId(), stream, startedAt, since(started), Optional.of(report), Optional.empty()));
        return report;
      } catch (RuntimeException failure) {
        keep(LastCycle.failed(stream, startedAt, failure));
        tell(
            listener,
            new CycleEvent(
                state.connectionId(), stream, startedAt, since(started), Optional.empty(),
                Optional.of(failure.getClass().getSimpleName() + ": " + failure.getMessage())));
        throw failure;
      }
    };
  }

  private static Duration since(long nanoTime) {
    return Duration.ofNanos(System.nanoTime() - nanoTime);
  }

  private static void tell(CycleListener listener, CycleEvent event) {
    try {
      listener.cycleEnded(event);
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(WorkBridge.class)
          .warn("cycle listener failed on the {} cycle: {}", event.stream(), e.toString());
    }
  }

  private void keep(LastCycle cycle) {
    try {
      cycle.store(state.cursors());
    } catch (RuntimeException unrecorded) {
      org.slf4j.LoggerFactory.getLogger(WorkBridge.class)
          .warn("the last {} cycle could not be recorded for status: {}", cycle.stream(), unrecorded.toString());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every stream now and then on its interval.
   *
   * @throws IllegalStateException when already started
   */
  public void start() {
    scheduler.start();
  }

  /** {@return the names of the streams this bridge runs, e.g. {@link #WORK_ORDERS}} */
  public Set<String> streams() {
    return cycles.keySet();
  }

  /**
   * Runs one cycle of every stream on the calling thread, in the order {@link #WORK_ORDERS}, {@link
   * #SERVICETITAN_CHANGES}, {@link #LEADS} (those configured), and returns their reports in that order.
   *
   * @return each stream's report, by stream name
   */
  public Map<String, SyncReport> runOnce() {
    Map<String, SyncReport> reports = new LinkedHashMap<>();
    for (String stream : cycles.keySet()) {
      reports.put(stream, scheduler.runNow(stream));
    }
    return reports;
  }

  /**
   * Runs one cycle of a stream on the calling thread, waiting while the stream runs on another (a scheduler that
   * is not the bridge's own — a cluster's — calls it).
   *
   * @param stream the stream's name, one of {@link #streams()}
   * @return the cycle's report
   * @throws IllegalArgumentException for a stream this bridge does not run
   * @throws IllegalStateException when the cycle failed (recorded in {@link #status()} too)
   */
  public SyncReport runCycle(String stream) {
    return scheduler.runNow(stream);
  }

  /**
   * How often a stream runs: the pause from the end of one cycle to the start of the next.
   *
   * @param stream the stream's name, one of {@link #streams()}
   * @return its interval
   * @throws IllegalArgumentException for a stream this bridge does not run
   */
  public Duration interval(String stream) {
    SyncScheduler.StreamStatus status = scheduler.status().get(stream);
    if (status == null) {
      throw new IllegalArgumentException("no stream named " + stream + "; streams: " + streams());
    }
    return status.every();
  }

  /**
   * Asks one stream to run as soon as possible (after a webhook delivery, say: a verified ServiceChannel delivery
   * triggers {@link #WORK_ORDERS}, a verified vendor delivery {@link #LEADS}); polling stays the backstop. The
   * command line's webhook server calls it; in your own service, your endpoint does. When the bridge belongs to a
   * fleet whose processes share the cycles ({@link WorkBridgeFleet.Builder#cluster}), the stream runs on whichever
   * process picks it.
   *
   * @param stream the stream's name (e.g. {@code sc.work-orders})
   */
  public void trigger(String stream) {
    Consumer<String> elsewhere = triggers;
    if (elsewhere != null) {
      elsewhere.accept(stream);
    } else {
      scheduler.trigger(stream);
    }
  }

  /**
   * Sends {@link #trigger} to the scheduler that runs this bridge's cycles instead of its own (a cluster's), or back
   * to its own with null.
   */
  void triggersGoTo(@Nullable Consumer<String> scheduler) {
    this.triggers = scheduler;
  }

  /**
   * Retries one quarantined record now, on the calling thread, through the workflow that reads its stream
   * (waiting while that workflow runs a cycle): the record is read again from its platform and handled as a
   * cycle would. Processed, it leaves the quarantine; failing again, it stays with the new reason. See
   * {@link WorkOrderSync#retry} and {@link LeadSync#retry}.
   *
   * @param stream the record's quarantine stream, e.g. {@code sc.work-orders}
   * @param recordKey the record's key, e.g. the work order id
   * @return what the retry did, or empty when no such record is quarantined
   */
  public Optional<RetryOutcome> retryQuarantined(String stream, String recordKey) {
    return state.quarantine().find(stream, recordKey).map(this::retry);
  }

  /**
   * Retries every quarantined record of the connection, first quarantined first, one at a time.
   *
   * @return the outcome of each retry
   */
  public List<RetryOutcome> retryQuarantined() {
    return state.quarantine().list().stream().map(this::retry).toList();
  }

  private RetryOutcome retry(QuarantinedRecord record) {
    String stream = record.stream();
    boolean workOrderStream =
        stream.equals(WorkOrderSync.WORK_ORDER_STREAM) || stream.equals(WorkOrderSync.FIELD_EVENT_STREAM);
    if (workOrderStream && workOrderSync != null) {
      return workOrderSync.call(sync -> sync.retry(record));
    }
    if (stream.equals(LeadSyncConfig.QUARANTINE_STREAM) && leadSync != null) {
      return leadSync.call(sync -> sync.retry(record));
    }
    return new RetryOutcome(
        stream, record.recordKey(), RetryOutcome.Result.NOT_RETRIED, "no workflow of this bridge reads stream " + stream);
  }

  /** {@return what each stream did last} */
  public Map<String, SyncScheduler.StreamStatus> status() {
    return scheduler.status();
  }

  /**
   * Stops the scheduling, and waits up to {@code grace} for cycles in flight; true if all finished.
   *
   * @param grace how long to wait for cycles in flight
   * @return true if all cycles in flight finished
   */
  public boolean stop(Duration grace) {
    return scheduler.stop(grace);
  }

  /** Stops with a 30 s grace period, then closes the resources given to {@link Builder#closing}. */
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
    private final Map<String, Duration> intervals = new LinkedHashMap<>();
    private @Nullable WorkOrderWiring workOrders;
    private @Nullable LeadWiring leads;
    private CycleListener listener = CycleListener.NONE;
    private final List<AutoCloseable> resources = new ArrayList<>();

    private Builder() {
      intervals.put(WORK_ORDERS, ScheduleConfig.WORK_ORDERS_EVERY);
      intervals.put(SERVICETITAN_CHANGES, ScheduleConfig.SERVICETITAN_CHANGES_EVERY);
      intervals.put(LEADS, ScheduleConfig.LEADS_EVERY);
    }

    /**
     * The connection whose state this bridge reads and writes (required).
     *
     * @param connectionId the connection whose state this bridge reads and writes (required)
     * @return this builder
     */
    public Builder connectionId(ConnectionId connectionId) {
      this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
      return this;
    }

    /**
     * Where state is kept (required); the caller closes it.
     *
     * @param store where state is kept (required); the caller closes it
     * @return this builder
     */
    public Builder store(SyncStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The time source for scheduling status (default: system UTC).
     *
     * @param clock the time source for scheduling status (default: system UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Syncs ServiceChannel work orders with ServiceTitan (SC-1 … SC-22).
     *
     * @param serviceChannel the ServiceChannel side
     * @param serviceTitan the ServiceTitan side
     * @param settings the store settings
     * @return this builder
     */
    public Builder workOrders(
        WorkOrderPlatform serviceChannel, FieldServicePlatform serviceTitan, WorkOrderSyncSettings settings) {
      this.workOrders =
          new WorkOrderWiring(
              Objects.requireNonNull(serviceChannel, "serviceChannel"),
              Objects.requireNonNull(serviceTitan, "serviceTitan"),
              Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * Turns vendor alerts into ServiceTitan bookings or follow-ups (LD-1 … LD-10).
     *
     * @param feed the vendor's alert feed
     * @param serviceTitan the ServiceTitan side
     * @param config the lead sync's configuration
     * @return this builder
     */
    public Builder leads(LeadFeed feed, FieldServicePlatform serviceTitan, LeadSyncConfig config) {
      this.leads =
          new LeadWiring(
              Objects.requireNonNull(feed, "feed"),
              Objects.requireNonNull(serviceTitan, "serviceTitan"),
              Objects.requireNonNull(config, "config"));
      return this;
    }

    /**
     * How often a stream runs: {@link #WORK_ORDERS} (default 60 s), {@link #SERVICETITAN_CHANGES} (default
     * 30 s) or {@link #LEADS} (default 60 s). The pause is counted from the end of one cycle to the start
     * of the next.
     *
     * @param stream the stream's name (e.g. {@code sc.work-orders})
     * @param interval how often the stream runs
     * @return this builder
     */
    public Builder every(String stream, Duration interval) {
      if (!intervals.containsKey(stream)) {
        throw new IllegalArgumentException("unknown stream " + stream + "; streams: " + intervals.keySet());
      }
      intervals.put(stream, Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Tells {@code listener} about every cycle once it ended (default: nobody), e.g. {@link
     * io.workbridge.runtime.metrics.WorkBridgeMetrics} for Micrometer meters.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(CycleListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * A resource (a client, the store) the bridge closes in {@link WorkBridge#close()}, in the order given,
     * after its cycles stopped.
     *
     * @param resource a resource (a client, the store) the bridge closes in {@link WorkBridge#close()}, in
     *     the order given, after its cycles stopped
     * @return this builder
     */
    public Builder closing(AutoCloseable resource) {
      resources.add(Objects.requireNonNull(resource, "resource"));
      return this;
    }

    /**
     * Builds the bridge, naming every missing setting.
     *
     * @return the bridge
     */
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
      Exclusive<WorkOrderSync> workOrderSync =
          workOrders == null
              ? null
              : new Exclusive<>(
                  new WorkOrderSync(workOrders.serviceChannel, workOrders.serviceTitan, state, workOrders.settings),
                  "work-order");
      Exclusive<LeadSync> leadSync =
          leads == null
              ? null
              : new Exclusive<>(
                  LeadSync.builder().feed(leads.feed).platform(leads.serviceTitan).store(state).config(leads.config).build(),
                  "lead");
      return new WorkBridge(this, state, workOrderSync, leadSync);
    }

    private record WorkOrderWiring(
        WorkOrderPlatform serviceChannel, FieldServicePlatform serviceTitan, WorkOrderSyncSettings settings) {}

    private record LeadWiring(LeadFeed feed, FieldServicePlatform serviceTitan, LeadSyncConfig config) {}
  }
}
