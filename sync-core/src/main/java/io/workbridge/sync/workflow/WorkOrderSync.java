package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.EntityMapping;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.status.StatusTranslator;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.LinkConflictException;
import io.workbridge.sync.store.QuarantinedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ServiceChannel ⇄ ServiceTitan work-order workflow (SC-1 … SC-22). Each {@link #runCycle()}
 * reads two change feeds from their stored cursors — ServiceChannel work orders, then ServiceTitan
 * events — decides what to do, and performs every remote write as an effect ({@link EffectRunner}):
 * reserved in the store's effect log under its key ({@link io.workbridge.sync.status.WorkOrderEffectKeys}),
 * looked up on the remote (it may have happened before a crash), performed through the port, and confirmed
 * with its result. A stream's cursor moves only after every record of its page is handled — done,
 * quarantined, or deferred in the store for a later attempt — so a cycle can stop anywhere (transient
 * failure, crash, restart) and the next one neither repeats nor loses an effect.
 *
 * <p>The parts, one responsibility each:
 *
 * <ul>
 *   <li>{@link IntakeDecision} (pure) and {@code WorkOrderIntake}: a work order created after the activation
 *       instant (SC-3, decided by creation time alone) becomes a booking (SC-1, fields by {@link
 *       io.workbridge.sync.mapping.FieldTemplates}, SC-2) or, when a rule says so and the mapping is known, a
 *       job (SC-4, SC-5, NTE SC-22); a work order accepted directly in ServiceChannel updates its booking
 *       (SC-6).
 *   <li>{@code FieldEventLinker}: which work order a ServiceTitan event belongs to.
 *   <li>{@link io.workbridge.sync.status.StatusTranslator} (pure): the ServiceChannel actions an event's state
 *       implies — every milestone at or before it, since ServiceTitan's export feeds show only the latest
 *       state of a record (SC-7 … SC-15, SC-20, SC-21).
 *   <li>{@code ScActionPerformer}: performs those actions with the documented fallbacks (SC-13 notes,
 *       check-ins ServiceChannel cannot take written as notes).
 *   <li>{@code NoteCopier}: notes both ways, never echoed: every note the sync writes is recorded in the note
 *       ledger under its ServiceChannel id and so recognised when read back (SC-16 … SC-18).
 * </ul>
 *
 * <p>A record that cannot be handled (malformed, missing fields, refused for good) is quarantined with
 * a specific reason and the rest of the batch goes on (SDK-5); once its cause is fixed, {@link
 * #retry(QuarantinedRecord)} reads it again and handles it on demand. A record whose handling fails
 * transiently (a 5xx or a timeout on one of its calls, an effect of unknown outcome still settling) is
 * deferred in the store and read again on a later cycle with backoff while the stream goes on; after the
 * attempts of {@link WorkOrderSyncSettings#recordRetry()} it is quarantined. Only failures that concern the
 * whole platform (throttled, credentials refused, unreachable) or several records failing in a row stop a
 * stream for the cycle.
 *
 * <p>The work orders of a page are handled by up to {@link WorkOrderSyncSettings#concurrency()} workers, each
 * work order by one worker at a time; a failure that stops the stream lets the work orders already started
 * finish and starts no more. The ServiceTitan events are handled one after the other: their grouping by work
 * order is only known while each is handled. Not thread-safe itself: run one cycle, half cycle or retry at a
 * time per instance; several processes may share a store (the effect log's leases and the cursors'
 * compare-and-set keep them apart).
 */
public final class WorkOrderSync {

  /** The cursor stream of ServiceChannel work orders. */
  public static final String WORK_ORDER_STREAM = "sc.work-orders";

  /** The cursor stream of ServiceTitan events read by this workflow. */
  public static final String FIELD_EVENT_STREAM = "st.work-order-events";

  private static final Logger LOG = LoggerFactory.getLogger(WorkOrderSync.class);
  private static final Pattern WORK_ORDER_ID = Pattern.compile("\\d{1,18}");
  private static final String SC_HALF = "ServiceChannel work orders";
  private static final String ST_HALF = "ServiceTitan events";

  private final WorkOrderPlatform serviceChannel;
  private final FieldServicePlatform serviceTitan;
  private final ConnectionStore store;
  private final WorkOrderSyncSettings settings;
  private final StatusTranslator translator;
  private final EntityMapping entityMapping;

  /**
   * A workflow over two ports and one connection's store.
   *
   * @param serviceChannel the ServiceChannel side
   * @param serviceTitan the ServiceTitan side
   * @param store the connection's stored state
   * @param settings how the sync behaves
   */
  public WorkOrderSync(
      WorkOrderPlatform serviceChannel,
      FieldServicePlatform serviceTitan,
      ConnectionStore store,
      WorkOrderSyncSettings settings) {
    this.serviceChannel = Objects.requireNonNull(serviceChannel, "serviceChannel");
    this.serviceTitan = Objects.requireNonNull(serviceTitan, "serviceTitan");
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.translator = new StatusTranslator(settings.statusMapping());
    this.entityMapping = new EntityMapping(store.mappings());
  }

  /** {@return the entity mapping of this connection, e.g. to set a mapping explicitly (SC-5)} */
  public EntityMapping entityMapping() {
    return entityMapping;
  }

  /**
   * Runs one cycle of both halves: ServiceChannel work orders first ({@link #pullWorkOrders()}), then
   * ServiceTitan events ({@link #pushFieldEvents()}), in one report.
   *
   * @return what the cycle did
   */
  public SyncReport runCycle() {
    return run("work-order cycle", cycle -> {
      cycle.stream(SC_HALF, cycle::pullWorkOrders);
      cycle.stream(ST_HALF, cycle::pushFieldEvents);
    });
  }

  /**
   * Runs the ServiceChannel → ServiceTitan half of a cycle: reads the work orders changed since the
   * stored cursor and turns new ones into bookings or jobs (SC-1 … SC-6, SC-16). A scheduler may run
   * the two halves on their own intervals, but never at the same time on one instance.
   *
   * @return what it did
   */
  public SyncReport pullWorkOrders() {
    return run("work-order pull", cycle -> cycle.stream(SC_HALF, cycle::pullWorkOrders));
  }

  /**
   * Runs the ServiceTitan → ServiceChannel half of a cycle: reads the ServiceTitan events since the
   * stored cursor and pushes statuses, notes, check-ins, attachments and invoices (SC-7 … SC-22).
   *
   * @return what it did
   */
  public SyncReport pushFieldEvents() {
    return run("field-event push", cycle -> cycle.stream(ST_HALF, cycle::pushFieldEvents));
  }

  /**
   * Retries one quarantined record now, after its cause was fixed: reads it again from its platform — a
   * work order by its id from ServiceChannel, a ServiceTitan event through {@link
   * FieldServicePlatform#reread} — and handles it as a cycle would. Processed, it leaves the quarantine;
   * failing again, it stays with the new reason and one more attempt. Effects are reserved in the store as
   * in a cycle, so a retry never repeats one; cursors do not move.
   *
   * @param record a quarantined record of {@link #WORK_ORDER_STREAM} or {@link #FIELD_EVENT_STREAM}
   * @return what the retry did; {@link RetryOutcome.Result#NOT_RETRIED} (entry unchanged) when a platform
   *     is unavailable, the record cannot be read again on its own, or the stream is not this workflow's
   */
  public RetryOutcome retry(QuarantinedRecord record) {
    String stream = record.stream();
    String key = record.recordKey();
    Cycle cycle = new Cycle();
    RecordRetries retries = RecordRetries.forOperatorRetry(store, stream, cycle.recorder(), stream + ":");
    try {
      if (stream.equals(WORK_ORDER_STREAM)) {
        if (!isWorkOrderId(key)) {
          return new RetryOutcome(
              stream, key, RetryOutcome.Result.NOT_RETRIED, "record key " + key + " is not a work order id");
        }
        cycle.revisitWorkOrder(retries, key, record.payload());
      } else if (stream.equals(FIELD_EVENT_STREAM)) {
        cycle.revisitFieldEvent(retries, key, record.payload());
      } else {
        return new RetryOutcome(
            stream, key, RetryOutcome.Result.NOT_RETRIED, "the work-order workflow does not read stream " + stream);
      }
    } catch (PlatformUnavailableException
        | EffectInFlightException
        | RecordWaitsException
        | UnsupportedOperationException notNow) {
      return new RetryOutcome(stream, key, RetryOutcome.Result.NOT_RETRIED, String.valueOf(notNow.getMessage()));
    }
    LOG.info("retried quarantined {} {}: {}", stream, key, cycle.recorder().build());
    return store
        .quarantine()
        .find(stream, key)
        .map(still -> new RetryOutcome(stream, key, RetryOutcome.Result.STILL_QUARANTINED, still.reason()))
        .orElseGet(() -> new RetryOutcome(stream, key, RetryOutcome.Result.RELEASED, "processed"));
  }

  /** Whether a record key of the work-order stream is a work order id, which ServiceChannel can read again. */
  private static boolean isWorkOrderId(String recordKey) {
    return WORK_ORDER_ID.matcher(recordKey).matches();
  }

  private SyncReport run(String what, Consumer<Cycle> body) {
    Cycle cycle = new Cycle();
    body.accept(cycle);
    SyncReport report = cycle.recorder().build();
    if (report.totalPerformed() > 0 || !report.quarantined().isEmpty() || !report.completed()) {
      LOG.info("{} of {}: {}", what, store.connectionId(), report);
    } else {
      LOG.debug("{} of {}: {}", what, store.connectionId(), report);
    }
    return report;
  }

  /** One cycle: its shared state and the parts that handle work orders and events. */
  private final class Cycle {
    final WorkOrderCycle state =
        new WorkOrderCycle(serviceChannel, serviceTitan, store, settings, translator);
    final NoteCopier notes = new NoteCopier(state);
    final FieldEventHandler events = new FieldEventHandler(state, entityMapping, notes);
    final WorkOrderIntake intake = new WorkOrderIntake(state, entityMapping, notes, events::jobSeen);
    final PageWorkers workers = new PageWorkers(settings.concurrency());

    SyncReport.Recorder recorder() {
      return state.recorder;
    }

    void stream(String name, Runnable body) {
      try {
        body.run();
      } catch (PlatformUnavailableException unavailable) {
        recorder().stopped(name + ": " + unavailable.getMessage());
        LOG.warn("{} stopped, will retry next cycle: {}", name, unavailable.getMessage());
      } catch (EffectInFlightException | RecordWaitsException notYet) {
        // A record that can only come again with its page cannot be handled yet: the cursor stays until it can.
        recorder().stopped(name + ": " + notYet.getMessage());
        LOG.info("{} stopped: {}", name, notYet.getMessage());
      }
    }

    // ------------------------------------------------------------ reading the feeds

    void pullWorkOrders() {
      RecordRetries retries =
          RecordRetries.forCycle(
              store, WORK_ORDER_STREAM, settings.recordRetry(), recorder(), WorkOrderSync::isWorkOrderId, WORK_ORDER_STREAM + ":");
      // Deferred records whose time has come first: they are older than anything the feed brings now.
      List<PageWorkers.Task> dueRecords = new ArrayList<>();
      for (DeferredRecord due : retries.due(settings.pageSize())) {
        dueRecords.add(
            new PageWorkers.Task(due.recordKey(), () -> revisitWorkOrder(retries, due.recordKey(), due.payload())));
      }
      workers.runAll(dueRecords);
      for (int page = 0; page < settings.maxPagesPerCycle(); page++) {
        Optional<String> cursor = store.cursors().get(WORK_ORDER_STREAM);
        ChangePage<WorkOrder> changes = serviceChannel.changesSince(cursor, settings.pageSize());
        List<PageWorkers.Task> records = new ArrayList<>();
        for (FeedItem<WorkOrder> item : changes.items()) {
          if (item instanceof FeedItem.Malformed<WorkOrder> malformed) {
            records.add(
                new PageWorkers.Task(
                    malformed.recordKey(),
                    () -> retries.quarantine(malformed.recordKey(), malformed.reason(), malformed.payload())));
          } else if (item instanceof FeedItem.Parsed<WorkOrder> parsed) {
            WorkOrder workOrder = parsed.value();
            records.add(
                new PageWorkers.Task(
                    parsed.recordKey(),
                    () -> handle(retries, parsed.recordKey(), workOrder::toString, turn -> intake.workOrderChanged(workOrder))));
          }
        }
        workers.runAll(records);
        if (!advance(WORK_ORDER_STREAM, cursor, changes.nextCursor()) || !changes.hasMore()) {
          return;
        }
      }
    }

    void pushFieldEvents() {
      RecordRetries retries =
          RecordRetries.forCycle(
              store, FIELD_EVENT_STREAM, settings.recordRetry(), recorder(), serviceTitan::canReread, FIELD_EVENT_STREAM + ":");
      for (DeferredRecord due : retries.due(settings.pageSize())) {
        revisitFieldEvent(retries, due.recordKey(), due.payload());
      }
      for (int page = 0; page < settings.maxPagesPerCycle(); page++) {
        Optional<String> cursor = store.cursors().get(FIELD_EVENT_STREAM);
        ChangePage<FieldEvent> changes = serviceTitan.changesSince(cursor, settings.pageSize());
        // A converted booking's job usually comes in the same page: its events need not read it again.
        for (FeedItem<FieldEvent> item : changes.items()) {
          if (item instanceof FeedItem.Parsed<FieldEvent> parsed && parsed.value() instanceof FieldEvent.JobChanged changed) {
            state.rememberJob(changed.job());
          }
        }
        for (FeedItem<FieldEvent> item : changes.items()) {
          if (item instanceof FeedItem.Malformed<FieldEvent> malformed) {
            retries.quarantine(malformed.recordKey(), malformed.reason(), malformed.payload());
          } else if (item instanceof FeedItem.Parsed<FieldEvent> parsed) {
            FieldEvent event = parsed.value();
            handle(retries, parsed.recordKey(), event::describe, turn -> events.fieldEvent(event, parsed.recordKey(), turn));
          }
        }
        if (!advance(FIELD_EVENT_STREAM, cursor, changes.nextCursor()) || !changes.hasMore()) {
          return;
        }
      }
    }

    /**
     * Handles one record: done, it leaves the deferred records and the quarantine; invalid or refused for good,
     * it is quarantined; failing transiently, it is deferred (or the stream stops, see {@link RecordRetries}).
     */
    void handle(
        RecordRetries retries, String recordKey, Supplier<String> payload, Consumer<RecordRetries.Turn> body) {
      RecordRetries.Turn turn = retries.turn(recordKey);
      try {
        body.accept(turn);
        retries.succeeded(turn);
      } catch (InvalidRecordException invalid) {
        retries.quarantine(recordKey, invalid.getMessage(), payload.get());
      } catch (PlatformRejectedException rejected) {
        retries.quarantine(recordKey, "refused by the platform: " + rejected.getMessage(), payload.get());
      } catch (LinkConflictException conflict) {
        retries.quarantine(recordKey, "conflicting link: " + conflict.getMessage(), payload.get());
      } catch (PlatformUnavailableException | EffectInFlightException | RecordWaitsException notNow) {
        retries.failed(turn, notNow, payload);
      }
    }

    boolean advance(String stream, Optional<String> expected, String next) {
      if (expected.isPresent() && expected.get().equals(next)) {
        return true;
      }
      if (!store.cursors().compareAndSet(stream, expected.orElse(null), next)) {
        recorder().stopped(stream + ": cursor moved by another process");
        return false;
      }
      return true;
    }

    // ------------------------------------------------------------ reading one record again

    /**
     * Reads a work order again from ServiceChannel and handles it (a due deferred or a quarantined record); its key
     * is a work order id (only those are deferred, and {@code retry} checks before).
     */
    void revisitWorkOrder(RecordRetries retries, String key, String lastPayload) {
      long id = Long.parseLong(key);
      AtomicReference<String> payload = new AtomicReference<>(lastPayload);
      handle(
          retries,
          key,
          payload::get,
          turn -> {
            WorkOrder workOrder =
                serviceChannel
                    .workOrder(id)
                    .orElseThrow(() -> new InvalidRecordException("work order " + id + " no longer exists in ServiceChannel"));
            payload.set(workOrder.toString());
            intake.workOrderChanged(workOrder);
          });
    }

    /** Reads a ServiceTitan event again and handles it (a due deferred or a quarantined record). */
    void revisitFieldEvent(RecordRetries retries, String key, String lastPayload) {
      AtomicReference<String> payload = new AtomicReference<>(lastPayload);
      handle(
          retries,
          key,
          payload::get,
          turn -> {
            FeedItem<FieldEvent> item =
                serviceTitan
                    .reread(key)
                    .orElseThrow(() -> new InvalidRecordException(key + " no longer exists in ServiceTitan"));
            if (item instanceof FeedItem.Malformed<FieldEvent> malformed) {
              payload.set(malformed.payload());
              throw new InvalidRecordException(malformed.reason());
            }
            FieldEvent event = ((FeedItem.Parsed<FieldEvent>) item).value();
            payload.set(event.describe());
            events.fieldEvent(event, key, turn);
          });
    }
  }
}
