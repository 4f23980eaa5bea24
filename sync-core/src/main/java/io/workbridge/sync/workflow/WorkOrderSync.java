package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.ConversionRule;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.EntityMapping;
import io.workbridge.sync.mapping.FieldTemplates;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.AttachmentUpload;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.BookingUpdate;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.status.FallbackKind;
import io.workbridge.sync.status.ScAction;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.StatusTranslator;
import io.workbridge.sync.status.WorkOrderContext;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.LinkConflictException;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.NoteDirection;
import io.workbridge.sync.store.NoteRecord;
import io.workbridge.sync.store.QuarantinedRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ServiceChannel ⇄ ServiceTitan work-order workflow (SC-1 … SC-22). Each {@link #runCycle()}
 * reads two change feeds from their stored cursors — ServiceChannel work orders, then ServiceTitan
 * events — decides what to do, and performs every remote write as an effect: reserved in the store's
 * effect log under a deterministic idempotency key, looked up on the remote (it may have happened
 * before a crash), performed through the port, and confirmed with its result. A stream's cursor moves
 * only after every record of its page is handled, so a cycle can stop anywhere — transient failure,
 * crash, restart — and the next one neither repeats nor loses an effect.
 *
 * <p>Intake (SC → ST): a new work order (created after the activation instant, SC-3, and still open)
 * becomes a booking (SC-1, fields by {@link FieldTemplates}, SC-2) or, when an auto-conversion rule
 * says so and the entity mapping is known, a job (SC-4, SC-5, NTE custom field SC-22). Lookup before
 * create uses the booking's or job's external id = work order id. A work order accepted directly in
 * ServiceChannel while its booking is still new updates the booking with a message (SC-6).
 * Subscriber notes are copied to the job (SC-16), unless switched off for the subscriber (SC-18).
 *
 * <p>Status (ST → SC): each ServiceTitan event goes through the {@link StatusTranslator} (SC-7 …
 * SC-13); job creation also learns the entity mapping (SC-5), writes the job number note (SC-9) and
 * the NTE custom field (SC-22); job notes go to the work order as new notes, edits included, never
 * echoed (SC-16, SC-17); attachments go once at Done (SC-15); invoices on Exported (SC-20, SC-21).
 *
 * <p>A record that cannot be handled (malformed, missing fields, refused for good) is quarantined with
 * a specific reason and the rest of the batch goes on (SDK-5); once its cause is fixed, {@link
 * #retry(QuarantinedRecord)} reads it again and handles it on demand. Not thread-safe: run one cycle, half
 * cycle or retry at a time per instance; several processes may share a store (the effect log's leases
 * and the cursors' compare-and-set keep them apart).
 */
public final class WorkOrderSync {

  /** The cursor stream of ServiceChannel work orders. */
  public static final String WORK_ORDER_STREAM = "sc.work-orders";

  /** The cursor stream of ServiceTitan events read by this workflow. */
  public static final String FIELD_EVENT_STREAM = "st.work-order-events";

  /** Prefix of job notes copied from ServiceChannel; marks them as ours (no echo). */
  static final String SC_NOTE_PREFIX = "[ServiceChannel note ";

  private static final Logger LOG = LoggerFactory.getLogger(WorkOrderSync.class);
  private static final String SC_HALF = "ServiceChannel work orders";
  private static final String ST_HALF = "ServiceTitan events";

  private final WorkOrderPlatform serviceChannel;
  private final FieldServicePlatform serviceTitan;
  private final ConnectionStore store;
  private final WorkOrderSyncSettings settings;
  private final StatusTranslator translator;
  private final EntityMapping entityMapping;
  private final WorkOrderValidator validator = new WorkOrderValidator();

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

  /** The entity mapping of this connection, e.g. to set a mapping explicitly (SC-5). */
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
    try {
      if (stream.equals(WORK_ORDER_STREAM)) {
        cycle.retryWorkOrder(record);
      } else if (stream.equals(FIELD_EVENT_STREAM)) {
        cycle.retryFieldEvent(record);
      } else {
        return new RetryOutcome(
            stream, key, RetryOutcome.Result.NOT_RETRIED, "the work-order workflow does not read stream " + stream);
      }
    } catch (PlatformUnavailableException | EffectInFlightException | UnsupportedOperationException notNow) {
      return new RetryOutcome(stream, key, RetryOutcome.Result.NOT_RETRIED, String.valueOf(notNow.getMessage()));
    }
    LOG.info("retried quarantined {} {}: {}", stream, key, cycle.recorder.build());
    return store
        .quarantine()
        .find(stream, key)
        .map(still -> new RetryOutcome(stream, key, RetryOutcome.Result.STILL_QUARANTINED, still.reason()))
        .orElseGet(() -> new RetryOutcome(stream, key, RetryOutcome.Result.RELEASED, "processed"));
  }

  private SyncReport run(String what, Consumer<Cycle> body) {
    Cycle cycle = new Cycle();
    body.accept(cycle);
    SyncReport report = cycle.recorder.build();
    if (report.totalPerformed() > 0 || !report.quarantined().isEmpty() || !report.completed()) {
      LOG.info("{} of {}: {}", what, store.connectionId(), report);
    } else {
      LOG.debug("{} of {}: {}", what, store.connectionId(), report);
    }
    return report;
  }

  /** The state of one cycle: its report, its effect runner and per-cycle caches. */
  private final class Cycle {
    final SyncReport.Recorder recorder = SyncReport.recorder();
    final EffectRunner effects = new EffectRunner(store.effects(), recorder);
    final Map<Long, Optional<WorkOrder>> workOrders = new HashMap<>();
    final Map<Long, StatusCatalogue> catalogues = new HashMap<>();
    final Map<Long, Optional<FieldJob>> jobs = new HashMap<>();

    void stream(String name, Runnable body) {
      try {
        body.run();
      } catch (PlatformUnavailableException unavailable) {
        recorder.stopped(name + ": " + unavailable.getMessage());
        LOG.warn("{} stopped, will retry next cycle: {}", name, unavailable.getMessage());
      } catch (EffectInFlightException inFlight) {
        recorder.stopped(name + ": " + inFlight.getMessage());
        LOG.info("{} stopped: {}", name, inFlight.getMessage());
      }
    }

    // ------------------------------------------------------------ reading the feeds

    void pullWorkOrders() {
      for (int page = 0; page < settings.maxPagesPerCycle(); page++) {
        Optional<String> cursor = store.cursors().get(WORK_ORDER_STREAM);
        ChangePage<WorkOrder> changes = serviceChannel.changesSince(cursor, settings.pageSize());
        for (FeedItem<WorkOrder> item : changes.items()) {
          if (item instanceof FeedItem.Malformed<WorkOrder> malformed) {
            quarantine(WORK_ORDER_STREAM, malformed.recordKey(), malformed.reason(), malformed.payload());
          } else if (item instanceof FeedItem.Parsed<WorkOrder> parsed) {
            WorkOrder workOrder = parsed.value();
            handle(
                WORK_ORDER_STREAM,
                parsed.recordKey(),
                workOrder::toString,
                () -> workOrderChanged(workOrder));
          }
        }
        if (!advance(WORK_ORDER_STREAM, cursor, changes.nextCursor()) || !changes.hasMore()) {
          return;
        }
      }
    }

    void pushFieldEvents() {
      for (int page = 0; page < settings.maxPagesPerCycle(); page++) {
        Optional<String> cursor = store.cursors().get(FIELD_EVENT_STREAM);
        ChangePage<FieldEvent> changes = serviceTitan.changesSince(cursor, settings.pageSize());
        for (FeedItem<FieldEvent> item : changes.items()) {
          if (item instanceof FeedItem.Malformed<FieldEvent> malformed) {
            quarantine(FIELD_EVENT_STREAM, malformed.recordKey(), malformed.reason(), malformed.payload());
          } else if (item instanceof FeedItem.Parsed<FieldEvent> parsed) {
            FieldEvent event = parsed.value();
            handle(FIELD_EVENT_STREAM, parsed.recordKey(), event::describe, () -> fieldEvent(event, parsed.recordKey()));
          }
        }
        if (!advance(FIELD_EVENT_STREAM, cursor, changes.nextCursor()) || !changes.hasMore()) {
          return;
        }
      }
    }

    void handle(String stream, String recordKey, Supplier<String> payload, Runnable body) {
      try {
        body.run();
        store.quarantine().retrySucceeded(stream, recordKey);
      } catch (InvalidRecordException invalid) {
        quarantine(stream, recordKey, invalid.getMessage(), payload.get());
      } catch (PlatformRejectedException rejected) {
        quarantine(stream, recordKey, "refused by the platform: " + rejected.getMessage(), payload.get());
      } catch (LinkConflictException conflict) {
        quarantine(stream, recordKey, "conflicting link: " + conflict.getMessage(), payload.get());
      }
    }

    // ------------------------------------------------------------ retrying quarantined records

    void retryWorkOrder(QuarantinedRecord record) {
      String key = record.recordKey();
      if (!key.matches("\\d{1,18}")) {
        throw new UnsupportedOperationException("record key " + key + " is not a work order id");
      }
      long id = Long.parseLong(key);
      AtomicReference<String> payload = new AtomicReference<>(record.payload());
      handle(
          WORK_ORDER_STREAM,
          key,
          payload::get,
          () -> {
            WorkOrder workOrder =
                serviceChannel
                    .workOrder(id)
                    .orElseThrow(() -> new InvalidRecordException("work order " + id + " no longer exists in ServiceChannel"));
            payload.set(workOrder.toString());
            workOrderChanged(workOrder);
          });
    }

    void retryFieldEvent(QuarantinedRecord record) {
      String key = record.recordKey();
      AtomicReference<String> payload = new AtomicReference<>(record.payload());
      handle(
          FIELD_EVENT_STREAM,
          key,
          payload::get,
          () -> {
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
            fieldEvent(event, key);
          });
    }

    void quarantine(String stream, String recordKey, String reason, String payload) {
      store.quarantine().add(stream, recordKey, reason, payload);
      recorder.quarantined(stream + ":" + recordKey, reason);
      LOG.warn("quarantined {} record {}: {}", stream, recordKey, reason);
    }

    boolean advance(String stream, Optional<String> expected, String next) {
      if (expected.isPresent() && expected.get().equals(next)) {
        return true;
      }
      if (!store.cursors().compareAndSet(stream, expected.orElse(null), next)) {
        recorder.stopped(stream + ": cursor moved by another process");
        return false;
      }
      return true;
    }

    // ------------------------------------------------------------ SC → ST

    void workOrderChanged(WorkOrder workOrder) {
      validator.problem(workOrder).ifPresent(problem -> {
        throw new InvalidRecordException(problem);
      });
      workOrders.put(workOrder.id(), Optional.of(workOrder));
      String id = Long.toString(workOrder.id());
      Optional<Long> jobId = store.links().target(LinkKind.WORK_ORDER_JOB, id).map(Long::parseLong);
      Optional<Long> bookingId =
          store.links().target(LinkKind.WORK_ORDER_BOOKING, id).map(Long::parseLong);
      if (jobId.isEmpty() && bookingId.isEmpty()) {
        Optional<Intake> intake = intake(workOrder);
        if (intake.isEmpty()) {
          return;
        }
        jobId = intake.get().jobId();
        bookingId = intake.get().bookingId();
      }
      if (jobId.isPresent()) {
        copySubscriberNotes(workOrder, jobId.get());
      } else if (bookingId.isPresent()) {
        acknowledgeAcceptedInServiceChannel(workOrder, bookingId.get());
      }
    }

    Optional<Intake> intake(WorkOrder workOrder) {
      String bookingKey = key(workOrder, "booking");
      String jobKey = key(workOrder, "job");
      boolean bookingStarted = effects.wasStarted(bookingKey);
      boolean jobStarted = effects.wasStarted(jobKey);
      if (!bookingStarted && !jobStarted) {
        if (workOrder.createdAt().isBefore(settings.activatedAt())) {
          recorder.skipped(record(workOrder), "created before activation (SC-3)");
          return Optional.empty();
        }
        if (!workOrder.status().isOpen()) {
          recorder.skipped(record(workOrder), "already started when first seen (SC-3)");
          return Optional.empty();
        }
      }
      Optional<ConversionRule> rule = settings.conversionRules().match(workOrder);
      boolean jobWanted =
          jobStarted
              || (!bookingStarted
                  && rule.map(r -> r.target() == ConversionTarget.JOB).orElse(false));
      Optional<CustomerLocation> customerLocation =
          jobWanted ? entityMapping.resolve(workOrder) : Optional.empty();
      if (jobWanted && customerLocation.isPresent()) {
        ConversionRule jobRule =
            rule.orElseGet(() -> ConversionRule.builder().target(ConversionTarget.JOB).build());
        String external = Long.toString(workOrder.id());
        String jobId =
            effects.run(
                jobKey,
                EffectType.CREATE_JOB,
                () -> serviceTitan.findJobByExternalId(external).map(job -> Long.toString(job.id())),
                () ->
                    Long.toString(
                        serviceTitan
                            .createJob(
                                settings.fieldTemplates().job(workOrder, customerLocation.get(), jobRule))
                            .id()));
        store.links().link(LinkKind.WORK_ORDER_JOB, external, jobId);
        return Optional.of(new Intake(Optional.empty(), Optional.of(Long.parseLong(jobId))));
      }
      if (jobWanted) {
        recorder.fallback(
            record(workOrder),
            FallbackKind.JOB_RULE_WITHOUT_MAPPING,
            "a rule sends this work order as a job, but no ServiceTitan customer/location is known for"
                + " subscriber "
                + workOrder.subscriber().id()
                + " location "
                + workOrder.location().id()
                + "; sent as a booking");
      }
      String external = Long.toString(workOrder.id());
      String bookingId =
          effects.run(
              bookingKey,
              EffectType.CREATE_BOOKING,
              () -> serviceTitan.findBookingByExternalId(external).map(b -> Long.toString(b.id())),
              () ->
                  Long.toString(
                      serviceTitan.createBooking(settings.fieldTemplates().booking(workOrder)).id()));
      store.links().link(LinkKind.WORK_ORDER_BOOKING, external, bookingId);
      return Optional.of(new Intake(Optional.of(Long.parseLong(bookingId)), Optional.empty()));
    }

    void acknowledgeAcceptedInServiceChannel(WorkOrder workOrder, long bookingId) {
      if (!workOrder.status().isInProgress()) {
        return;
      }
      String key = key(workOrder, "booking-ack");
      if (effects.isDone(key) || effects.isDone(key(workOrder, "status:accept"))) {
        return;
      }
      effects.run(
          key,
          EffectType.ACKNOWLEDGE_BOOKING,
          () ->
              serviceTitan
                  .booking(bookingId)
                  .filter(booking -> booking.status() != BookingStatus.NEW)
                  .map(booking -> "booking already " + booking.status()),
          () -> {
            Booking booking =
                serviceTitan
                    .booking(bookingId)
                    .orElseThrow(
                        () ->
                            new PlatformRejectedException(
                                RejectionReason.NOT_FOUND, "booking " + bookingId + " is gone"));
            serviceTitan.updateBooking(
                bookingId,
                BookingUpdate.builder()
                    .summary(
                        booking.summary()
                            + "\n\nThis work order was accepted directly in ServiceChannel;"
                            + " it does not need to be accepted again.")
                    .status(BookingStatus.ACCEPTED)
                    .build());
            return "acknowledged";
          });
    }

    void copySubscriberNotes(WorkOrder workOrder, long jobId) {
      List<Note> notes = serviceChannel.notes(workOrder.id());
      boolean enabled = preferences(workOrder).notesEnabled();
      for (Note note : notes) {
        if (note.origin() != NoteOrigin.SUBSCRIBER) {
          continue;
        }
        String hash = hash(note.text());
        if (store.notes().isCopied(NoteDirection.SC_TO_ST, note.id(), hash)) {
          continue;
        }
        if (!enabled) {
          recorder.skipped("sc-note:" + note.id(), "note sync off for the subscriber (SC-18)");
          continue;
        }
        String text =
            SC_NOTE_PREFIX + note.id() + "] " + note.author().orElse("Subscriber") + ": " + note.text();
        String target =
            effects.run(
                key(workOrder, "sc-note:" + note.id()),
                EffectType.JOB_NOTE,
                () ->
                    serviceTitan.jobNotes(jobId).stream()
                        .filter(existing -> existing.text().equals(text))
                        .map(Note::id)
                        .findFirst(),
                () -> serviceTitan.addJobNote(jobId, text).id());
        store
            .notes()
            .record(
                NoteRecord.builder()
                    .direction(NoteDirection.SC_TO_ST)
                    .threadId(Long.toString(workOrder.id()))
                    .sourceNoteId(note.id())
                    .contentHash(hash)
                    .targetNoteId(target)
                    .build());
      }
    }

    // ------------------------------------------------------------ ST → SC

    void fieldEvent(FieldEvent event, String recordKey) {
      Optional<Long> workOrderId = workOrderOf(event);
      Optional<FieldJob> unlinkedJob = Optional.empty();
      if (workOrderId.isEmpty()) {
        Optional<Long> jobId = jobOf(event);
        if (jobId.isPresent()) {
          unlinkedJob = jobs.computeIfAbsent(jobId.get(), serviceTitan::job);
          workOrderId = unlinkedJob.flatMap(this::workOrderOfUnlinkedJob);
        }
      }
      if (workOrderId.isEmpty()) {
        recorder.skipped(recordKey, "not linked to a work order");
        return;
      }
      Optional<WorkOrder> found = workOrder(workOrderId.get());
      if (found.isEmpty()) {
        recorder.skipped(recordKey, "work order " + workOrderId.get() + " not found in ServiceChannel");
        return;
      }
      WorkOrder workOrder = found.get();
      unlinkedJob.ifPresent(job -> jobSeen(workOrder, job));
      if (event instanceof FieldEvent.BookingChanged changed) {
        Booking booking = changed.booking();
        if (booking.status() == BookingStatus.CONVERTED && booking.jobId().isPresent()) {
          serviceTitan.job(booking.jobId().get()).ifPresent(job -> jobSeen(workOrder, job));
        }
      } else if (event instanceof FieldEvent.JobChanged changed) {
        jobSeen(workOrder, changed.job());
      } else if (event instanceof FieldEvent.JobNoteChanged changed) {
        copyJobNote(workOrder, changed.note(), recordKey);
        return;
      } else if (event instanceof FieldEvent.JobAttachmentAdded added) {
        attachmentAdded(workOrder, added.jobId(), added.attachment(), recordKey);
        return;
      }
      perform(workOrder, translator.translate(event, context(workOrder)));
    }

    Optional<Long> workOrderOf(FieldEvent event) {
      if (event instanceof FieldEvent.BookingChanged changed) {
        return source(LinkKind.WORK_ORDER_BOOKING, changed.booking().id());
      }
      if (event instanceof FieldEvent.JobChanged changed) {
        FieldJob job = changed.job();
        return source(LinkKind.WORK_ORDER_JOB, job.id())
            .or(() -> job.bookingId().flatMap(id -> source(LinkKind.WORK_ORDER_BOOKING, id)));
      }
      if (event instanceof FieldEvent.AppointmentChanged changed) {
        return source(LinkKind.WORK_ORDER_JOB, changed.appointment().jobId());
      }
      if (event instanceof FieldEvent.TechnicianArrived arrived) {
        return source(LinkKind.WORK_ORDER_JOB, arrived.arrival().jobId());
      }
      if (event instanceof FieldEvent.JobNoteChanged changed) {
        return source(LinkKind.WORK_ORDER_JOB, changed.jobId());
      }
      if (event instanceof FieldEvent.JobAttachmentAdded added) {
        return source(LinkKind.WORK_ORDER_JOB, added.jobId());
      }
      if (event instanceof FieldEvent.InvoiceChanged changed) {
        return source(LinkKind.WORK_ORDER_JOB, changed.invoice().jobId());
      }
      return Optional.empty();
    }

    /** The job a job-scoped event (appointment, arrival, note, attachment, invoice) belongs to. */
    Optional<Long> jobOf(FieldEvent event) {
      if (event instanceof FieldEvent.AppointmentChanged changed) {
        return Optional.of(changed.appointment().jobId());
      }
      if (event instanceof FieldEvent.TechnicianArrived arrived) {
        return Optional.of(arrived.arrival().jobId());
      }
      if (event instanceof FieldEvent.JobNoteChanged changed) {
        return Optional.of(changed.jobId());
      }
      if (event instanceof FieldEvent.JobAttachmentAdded added) {
        return Optional.of(added.jobId());
      }
      if (event instanceof FieldEvent.InvoiceChanged changed) {
        return Optional.of(changed.invoice().jobId());
      }
      return Optional.empty();
    }

    /**
     * The work order of a job not linked yet (its creation event came late or not at all): through
     * the booking it was converted from, or through its external id when this sync created it.
     */
    Optional<Long> workOrderOfUnlinkedJob(FieldJob job) {
      Optional<Long> viaBooking =
          job.bookingId().flatMap(id -> source(LinkKind.WORK_ORDER_BOOKING, id));
      if (viaBooking.isPresent()) {
        return viaBooking;
      }
      return job.externalId()
          .filter(external -> external.matches("\\d{1,18}"))
          .filter(external -> effects.wasStarted("wo:" + external + ":job"))
          .map(Long::parseLong);
    }

    void jobSeen(WorkOrder workOrder, FieldJob job) {
      String workOrderId = Long.toString(workOrder.id());
      String jobId = Long.toString(job.id());
      store.links().link(LinkKind.WORK_ORDER_JOB, workOrderId, jobId);
      if (job.bookingId().isPresent()) {
        store.links().link(LinkKind.BOOKING_JOB, Long.toString(job.bookingId().get()), jobId);
        if (entityMapping.learn(workOrder, job)) {
          LOG.info(
              "learnt mapping subscriber {} location {} -> customer {} location {}",
              workOrder.subscriber().id(),
              workOrder.location().id(),
              job.customerId(),
              job.locationId());
        }
      }
      WorkOrderContext context = context(workOrder);
      ScAction.AddNote jobNote = translator.jobCreated(job, context);
      if (!effects.isDone(jobNote.effectKey())) {
        addNote(workOrder, jobNote);
      }
      settings
          .fieldTemplates()
          .nteField(workOrder)
          .filter(field -> !field.getValue().equals(job.customFields().get(field.getKey())))
          .ifPresent(field -> writeNte(workOrder, job.id(), field.getKey(), field.getValue()));
      copySubscriberNotes(workOrder, job.id());
    }

    void writeNte(WorkOrder workOrder, long jobId, String fieldName, String value) {
      String key = key(workOrder, "nte:" + jobId);
      if (effects.isDone(key)) {
        return;
      }
      effects.run(
          key,
          EffectType.SET_JOB_NTE,
          () ->
              serviceTitan
                  .job(jobId)
                  .filter(job -> value.equals(job.customFields().get(fieldName)))
                  .map(job -> value),
          () -> {
            serviceTitan.setJobCustomField(jobId, fieldName, value);
            return value;
          });
    }

    void copyJobNote(WorkOrder workOrder, Note note, String recordKey) {
      if (note.text().startsWith(SC_NOTE_PREFIX)
          || store.notes().findByTarget(NoteDirection.SC_TO_ST, note.id()).isPresent()) {
        recorder.skipped(recordKey, "own copy of a ServiceChannel note (no echo)");
        return;
      }
      if (!preferences(workOrder).notesEnabled()) {
        recorder.skipped(recordKey, "note sync off for the subscriber (SC-18)");
        return;
      }
      String hash = hash(note.text());
      if (store.notes().isCopied(NoteDirection.ST_TO_SC, note.id(), hash)) {
        recorder.alreadyDone(EffectType.WORK_ORDER_NOTE);
        return;
      }
      String text =
          "ServiceTitan note #"
              + note.id()
              + (note.modifiedAt().isPresent() ? " (edited)" : "")
              + " by "
              + note.author().orElse("the office")
              + ": "
              + note.text();
      String target =
          effects.run(
              key(workOrder, "st-note:" + note.id() + ":" + hash.substring(0, 16)),
              EffectType.WORK_ORDER_NOTE,
              () -> findProviderNote(workOrder.id(), text, false),
              () -> serviceChannel.addNote(workOrder.id(), NewNote.of(text)).id());
      store
          .notes()
          .record(
              NoteRecord.builder()
                  .direction(NoteDirection.ST_TO_SC)
                  .threadId(Long.toString(workOrder.id()))
                  .sourceNoteId(note.id())
                  .contentHash(hash)
                  .targetNoteId(target)
                  .build());
    }

    void attachmentAdded(WorkOrder workOrder, long jobId, Attachment attachment, String recordKey) {
      if (!effects.isDone(attachmentsDoneKey(workOrder))) {
        return;
      }
      if (!preferences(workOrder).sendAttachmentsAfterDone()) {
        recorder.skipped(recordKey, "attachment added after completion (SC-15)");
        return;
      }
      sendAttachment(workOrder, jobId, attachment);
    }

    // ------------------------------------------------------------ performing SC actions

    void perform(WorkOrder workOrder, List<ScAction> actions) {
      for (ScAction action : actions) {
        if (action instanceof ScAction.ChangeStatus change) {
          changeStatus(workOrder, change);
        } else if (action instanceof ScAction.AddNote note) {
          addNote(workOrder, note);
        } else if (action instanceof ScAction.CheckInTechnician checkIn) {
          checkIn(workOrder, checkIn);
        } else if (action instanceof ScAction.CheckOutTechnician checkOut) {
          checkOut(workOrder, checkOut);
        } else if (action instanceof ScAction.SendAttachments send) {
          sendAttachments(workOrder, send.jobId());
        } else if (action instanceof ScAction.SubmitInvoice invoice) {
          submitInvoice(workOrder, invoice);
        } else if (action instanceof ScAction.ReportFallback fallback) {
          recorder.fallback(record(workOrder), fallback.kind(), fallback.message());
        }
      }
    }

    void changeStatus(WorkOrder workOrder, ScAction.ChangeStatus change) {
      long id = workOrder.id();
      WorkOrderStatus target = change.target();
      effects.run(
          change.effectKey(),
          EffectType.CHANGE_STATUS,
          () -> {
            WorkOrder now = freshWorkOrder(id);
            return reasonNotToChange(now.status(), change);
          },
          () -> {
            serviceChannel.changeStatus(id, target);
            workOrders.remove(id);
            return target.toString();
          },
          rejected -> {
            if (rejected.reason() == RejectionReason.STATUS_NOT_ALLOWED) {
              if (freshWorkOrder(id).status().equals(target)) {
                // A retried request whose first attempt went through (its answer was lost): the
                // platform refuses to set the status it already has. Done, not a fallback.
                return target.toString();
              }
              if (change.whenNotAllowed().isPresent()) {
                addNote(workOrder, change.whenNotAllowed().get());
                recorder.fallback(
                    record(workOrder),
                    change.action() == StatusAction.ACCEPT
                        ? FallbackKind.ACCEPT_AS_NOTE
                        : FallbackKind.DECLINE_AS_NOTE,
                    "ServiceChannel refused status " + target + " (" + rejected.getMessage() + ");"
                        + " wrote an Action Required note and left the status as it is");
              } else {
                recorder.fallback(
                    record(workOrder),
                    FallbackKind.STATUS_NOT_AVAILABLE,
                    "ServiceChannel refused status " + target + ": " + rejected.getMessage());
              }
              return "not allowed";
            }
            if (rejected.reason() == RejectionReason.WORK_ORDER_CLOSED) {
              recorder.skipped(record(workOrder), "work order closed: " + rejected.getMessage());
              return "closed";
            }
            throw rejected;
          });
    }

    Optional<String> reasonNotToChange(WorkOrderStatus current, ScAction.ChangeStatus change) {
      if (current.equals(change.target())) {
        return Optional.of("already " + current);
      }
      StatusAction action = change.action();
      if ((action == StatusAction.ACCEPT || action == StatusAction.DECLINE) && !current.isOpen()) {
        return Optional.of("no longer open: " + current);
      }
      if (action == StatusAction.DISPATCH && current.isCompleted()) {
        return Optional.of("already completed: " + current);
      }
      return Optional.empty();
    }

    void addNote(WorkOrder workOrder, ScAction.AddNote note) {
      NewNote newNote = note.note();
      effects.run(
          note.effectKey(),
          EffectType.WORK_ORDER_NOTE,
          () -> findProviderNote(workOrder.id(), newNote.text(), newNote.actionRequired()),
          () -> serviceChannel.addNote(workOrder.id(), newNote).id());
    }

    Optional<String> findProviderNote(long workOrderId, String text, boolean actionRequired) {
      return serviceChannel.notes(workOrderId).stream()
          .filter(note -> note.origin() == NoteOrigin.PROVIDER)
          .filter(note -> note.text().equals(text))
          .filter(note -> !actionRequired || note.actionRequired())
          .map(Note::id)
          .findFirst();
    }

    void checkIn(WorkOrder workOrder, ScAction.CheckInTechnician action) {
      CheckIn checkIn = action.checkIn();
      effects.run(
          action.effectKey(),
          EffectType.CHECK_IN,
          () ->
              serviceChannel.workActivities(workOrder.id()).stream()
                  .filter(activity -> activity.userId().equals(checkIn.userId()))
                  .filter(activity -> activity.checkedInAt().equals(checkIn.at()))
                  .findFirst()
                  .map(activity -> "checked in"),
          () -> {
            serviceChannel.checkIn(workOrder.id(), checkIn);
            return "checked in";
          },
          rejected -> checkInRefused(workOrder, action.effectKey(), rejected, "check-in"));
    }

    void checkOut(WorkOrder workOrder, ScAction.CheckOutTechnician action) {
      CheckIn checkOut = action.checkOut();
      effects.run(
          action.effectKey(),
          EffectType.CHECK_OUT,
          () -> {
            List<WorkActivity> activities = serviceChannel.workActivities(workOrder.id());
            boolean open =
                activities.stream()
                    .anyMatch(activity -> activity.isOpen() && activity.userId().equals(checkOut.userId()));
            return open ? Optional.empty() : Optional.of("no open check-in");
          },
          () -> {
            serviceChannel.checkOut(workOrder.id(), checkOut);
            return "checked out";
          },
          rejected -> checkInRefused(workOrder, action.effectKey(), rejected, "check-out"));
    }

    String checkInRefused(
        WorkOrder workOrder, String effectKey, PlatformRejectedException rejected, String what) {
      if (rejected.reason() == RejectionReason.CHECK_IN_REFUSED) {
        addNote(
            workOrder,
            new ScAction.AddNote(
                effectKey + ":ivr-note",
                NewNote.of(
                    "A technician's "
                        + what
                        + " could not be recorded: this subscriber takes IVR check-ins only."
                        + " Please use the IVR.")));
        recorder.fallback(
            record(workOrder),
            FallbackKind.IVR_CHECK_IN_AS_NOTE,
            "ServiceChannel refused the API " + what + " (" + rejected.getMessage() + "); wrote a note");
        return "refused: IVR only";
      }
      if (rejected.reason() == RejectionReason.WORK_ORDER_CLOSED
          || rejected.reason() == RejectionReason.INVALID_REQUEST) {
        recorder.skipped(record(workOrder), what + " not recorded: " + rejected.getMessage());
        return "not recorded";
      }
      throw rejected;
    }

    void sendAttachments(WorkOrder workOrder, long jobId) {
      String doneKey = attachmentsDoneKey(workOrder);
      if (effects.isDone(doneKey)) {
        return;
      }
      List<Attachment> attachments = serviceTitan.jobAttachments(jobId);
      for (Attachment attachment : attachments) {
        sendAttachment(workOrder, jobId, attachment);
      }
      effects.mark(doneKey, Integer.toString(attachments.size()));
    }

    void sendAttachment(WorkOrder workOrder, long jobId, Attachment attachment) {
      String description = "ServiceTitan attachment " + attachment.id();
      effects.run(
          key(workOrder, "attachment:" + attachment.id()),
          EffectType.ATTACHMENT,
          () ->
              serviceChannel.attachments(workOrder.id()).stream()
                  .filter(existing -> existing.description().equals(Optional.of(description)))
                  .map(Attachment::id)
                  .findFirst(),
          () ->
              serviceChannel
                  .attach(
                      workOrder.id(),
                      AttachmentUpload.builder()
                          .fileName(attachment.fileName())
                          .contentType(attachment.contentType().orElse("application/octet-stream"))
                          .description(description)
                          .content(serviceTitan.downloadAttachment(jobId, attachment.id()))
                          .build())
                  .id());
    }

    void submitInvoice(WorkOrder workOrder, ScAction.SubmitInvoice action) {
      String number = action.invoice().number();
      effects.run(
          action.effectKey(),
          EffectType.INVOICE,
          () -> serviceChannel.findInvoice(workOrder.id(), number).map(String::valueOf),
          () -> Long.toString(serviceChannel.submitInvoice(workOrder.id(), action.invoice())));
    }

    // ------------------------------------------------------------ helpers

    WorkOrderContext context(WorkOrder workOrder) {
      long id = workOrder.id();
      return WorkOrderContext.builder()
          .workOrderId(id)
          .subscriberId(workOrder.subscriber().id())
          .companyName(settings.companyName())
          .timeZone(workOrder.location().timeZone())
          .catalogue(() -> catalogues.computeIfAbsent(id, serviceChannel::allowedStatuses))
          .ivrOnly(preferences(workOrder).ivrOnly())
          .technicianUsers(settings.technicianUsers())
          .build();
    }

    Optional<WorkOrder> workOrder(long id) {
      Optional<WorkOrder> cached = workOrders.get(id);
      if (cached != null) {
        return cached;
      }
      Optional<WorkOrder> fetched = serviceChannel.workOrder(id);
      workOrders.put(id, fetched);
      return fetched;
    }

    WorkOrder freshWorkOrder(long id) {
      workOrders.remove(id);
      return workOrder(id)
          .orElseThrow(
              () -> new PlatformRejectedException(RejectionReason.NOT_FOUND, "work order " + id + " is gone"));
    }

    SubscriberPreferences preferences(WorkOrder workOrder) {
      return settings.preferencesFor(workOrder.subscriber().id());
    }

    Optional<Long> source(LinkKind kind, long targetId) {
      return store.links().source(kind, Long.toString(targetId)).map(Long::parseLong);
    }
  }

  /** What intake made of a work order: a booking or a job. */
  private record Intake(Optional<Long> bookingId, Optional<Long> jobId) {}

  private static String key(WorkOrder workOrder, String suffix) {
    return "wo:" + workOrder.id() + ":" + suffix;
  }

  private static String attachmentsDoneKey(WorkOrder workOrder) {
    return key(workOrder, "attachments-at-done");
  }

  private static String record(WorkOrder workOrder) {
    return "workorder:" + workOrder.id();
  }

  static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }
}
