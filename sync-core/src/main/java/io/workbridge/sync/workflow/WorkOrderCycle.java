package io.workbridge.sync.workflow;

import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.status.StatusTranslator;
import io.workbridge.sync.status.WorkOrderContext;
import io.workbridge.sync.store.ConnectionStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the parts of one work-order cycle share: the two ports, the store, the settings, the cycle's report
 * and effect runner, and per-cycle caches of work orders, status catalogues and jobs (each read at most once
 * per cycle unless a write made it stale). Thread-safe: the records of a page are handled by several workers,
 * each work order by one at a time; two workers reading the same uncached record may both read it.
 */
final class WorkOrderCycle {

  final WorkOrderPlatform serviceChannel;
  final FieldServicePlatform serviceTitan;
  final ConnectionStore store;
  final WorkOrderSyncSettings settings;
  final StatusTranslator translator;
  final SyncReport.Recorder recorder = SyncReport.recorder();
  final EffectRunner effects;
  private final Map<Long, Optional<WorkOrder>> workOrders = new ConcurrentHashMap<>();
  private final Map<Long, StatusCatalogue> catalogues = new ConcurrentHashMap<>();
  private final Map<Long, Optional<FieldJob>> jobs = new ConcurrentHashMap<>();

  WorkOrderCycle(
      WorkOrderPlatform serviceChannel,
      FieldServicePlatform serviceTitan,
      ConnectionStore store,
      WorkOrderSyncSettings settings,
      StatusTranslator translator) {
    this.serviceChannel = serviceChannel;
    this.serviceTitan = serviceTitan;
    this.store = store;
    this.settings = settings;
    this.translator = translator;
    this.effects = new EffectRunner(store.effects(), recorder, settings.uncertainEffectSettle());
  }

  /**
   * The work order as this cycle holds it: from the feed, or as ServiceChannel's port last delivered it ({@link
   * WorkOrderPlatform#knownWorkOrder}, read only when it has none).
   */
  Optional<WorkOrder> workOrder(long id) {
    Optional<WorkOrder> cached = workOrders.get(id);
    if (cached != null) {
      return cached;
    }
    Optional<WorkOrder> known = serviceChannel.knownWorkOrder(id);
    workOrders.put(id, known);
    return known;
  }

  /** The work order as it is now, read again; a work order that is gone is a rejection. */
  WorkOrder freshWorkOrder(long id) {
    Optional<WorkOrder> fetched = serviceChannel.workOrder(id);
    workOrders.put(id, fetched);
    return fetched.orElseThrow(
        () -> new PlatformRejectedException(RejectionReason.NOT_FOUND, "work order " + id + " is gone"));
  }

  /** Remembers a work order the feed delivered, so this cycle does not read it again. */
  void remember(WorkOrder workOrder) {
    workOrders.put(workOrder.id(), Optional.of(workOrder));
  }

  /** Forgets a work order after a write changed it. */
  void forget(long id) {
    workOrders.remove(id);
  }

  /** Remembers a job this cycle created or was given, so this cycle does not read it again. */
  void rememberJob(FieldJob job) {
    jobs.put(job.id(), Optional.of(job));
  }

  /** The ServiceTitan job, read at most once per cycle. */
  Optional<FieldJob> job(long id) {
    return cached(jobs, id, () -> serviceTitan.job(id));
  }

  /** The subscriber's preferences for the work order. */
  SubscriberPreferences preferences(WorkOrder workOrder) {
    return settings.preferencesFor(workOrder.subscriber().id());
  }

  /** What the status translator needs to know about the work order. */
  WorkOrderContext context(WorkOrder workOrder) {
    long id = workOrder.id();
    SubscriberPreferences preferences = preferences(workOrder);
    return WorkOrderContext.builder()
        .workOrderId(id)
        .subscriberId(workOrder.subscriber().id())
        .companyName(settings.companyName())
        .timeZone(workOrder.location().timeZone())
        .catalogue(() -> cached(catalogues, id, () -> serviceChannel.allowedStatuses(id)))
        .performed(effects::isDone)
        .ivrOnly(preferences.ivrOnly())
        .declineReasonId(preferences.declineReasonId())
        .technicianUsers(settings.technicianUsers())
        .build();
  }

  /** A cached value, or one read now and cached (read outside the map's lock: it is a remote call). */
  private static <T> T cached(Map<Long, T> cache, long id, Supplier<T> read) {
    T value = cache.get(id);
    if (value == null) {
      value = read.get();
      cache.put(id, value);
    }
    return value;
  }

  /** The report key of a work order. */
  static String record(WorkOrder workOrder) {
    return "workorder:" + workOrder.id();
  }
}
