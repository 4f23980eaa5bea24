package io.workbridge.sync.fake;

import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.AttachmentUpload;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.port.WorkOrderPlatform;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory ServiceChannel for tests, keeping the real API's rules: statuses are per subscriber and
 * a status outside the catalogue is refused (error 904); notes are append-only and status changes
 * write system notes; IVR-only subscribers refuse API check-ins; check-ins are paired with
 * check-outs; invoices need a completed work order, a unique number and a total within the NTE.
 *
 * <p>Deterministic: ids are sequences, times come from the given clock. A {@link FaultHook} can make
 * any call fail before or after its effect, and {@link #snapshot()} gives the remote state in a form
 * two runs can be compared by (ids and times left out).
 */
public class FakeServiceChannel implements WorkOrderPlatform {

  /** The name written as the author of notes made through the API. */
  public static final String API_USER = "API user";

  /** The API user's display name, shown as the author of its notes when they read back unrecognised. */
  public static final String API_USER_DISPLAY_NAME = "Avery Integration";

  /** A subscriber's settings in the fake. */
  private record SubscriberSetup(StatusCatalogue catalogue, boolean ivrOnly) {}

  /** One work order's mutable state. */
  private static final class Record {
    WorkOrder workOrder;
    long sequence;
    final List<Note> notes = new ArrayList<>();
    final List<WorkActivity> activities = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final Map<String, Long> invoices = new LinkedHashMap<>();
    final Map<String, Invoice> invoiceContents = new LinkedHashMap<>();
    final List<Decline> declines = new ArrayList<>();
    Optional<String> checkInRefusal = Optional.empty();

    Record(WorkOrder workOrder) {
      this.workOrder = workOrder;
    }
  }

  private final Clock clock;
  private boolean providerUnrecognised;
  private final Map<Long, SubscriberSetup> subscribers = new HashMap<>();
  private final Map<Long, Record> records = new TreeMap<>();
  private final TreeMap<Long, FeedItem<WorkOrder>> malformed = new TreeMap<>();
  private long sequence;
  private long nextNoteId = 1_000;
  private long nextAttachmentId = 5_000;
  private long nextInvoiceId = 9_000;
  private FaultHook faultHook = FaultHook.NONE;
  private int calls;
  private final Map<String, Integer> callsByOperation = new HashMap<>();

  /**
   * A fake with no subscribers and no work orders.
   *
   * @param clock where times come from
   */
  public FakeServiceChannel(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  // ---------------------------------------------------------------- setup and scenario steps

  /**
   * Registers a subscriber with the statuses the provider may set.
   *
   * @param subscriberId the subscriber id
   * @param catalogue the allowed statuses
   * @param ivrOnly whether it refuses API check-ins
   */
  public void addSubscriber(long subscriberId, StatusCatalogue catalogue, boolean ivrOnly) {
    subscribers.put(subscriberId, new SubscriberSetup(catalogue, ivrOnly));
  }

  /**
   * The catalogue most subscribers have: the default statuses of ServiceChannel.
   *
   * @return the catalogue
   */
  public static StatusCatalogue defaultCatalogue() {
    return StatusCatalogue.of(
        WorkOrderStatus.OPEN,
        WorkOrderStatus.OPEN_DECLINED,
        WorkOrderStatus.IN_PROGRESS,
        WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED,
        WorkOrderStatus.of("IN PROGRESS", "ON SITE"),
        WorkOrderStatus.COMPLETED,
        WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"));
  }

  /**
   * Issues (or replaces, as a subscriber's edit) a work order; it shows in the change feed.
   *
   * @param workOrder the work order; its subscriber must be registered
   */
  public synchronized void putWorkOrder(WorkOrder workOrder) {
    if (!subscribers.containsKey(workOrder.subscriber().id())) {
      throw new IllegalStateException("unknown subscriber " + workOrder.subscriber().id());
    }
    Record record = records.computeIfAbsent(workOrder.id(), id -> new Record(workOrder));
    record.workOrder = workOrder;
    touch(record);
  }

  /**
   * Puts a record into the change feed that the adapter could not parse.
   *
   * @param recordKey the record's id
   * @param reason why it is malformed
   * @param payload the raw payload
   */
  public synchronized void putMalformed(String recordKey, String reason, String payload) {
    malformed.put(++sequence, FeedItem.malformed(recordKey, reason, payload));
  }

  /**
   * The subscriber writes a note on the work order.
   *
   * @param workOrderId the work order
   * @param author the subscriber user's name
   * @param text the text
   * @return the note
   */
  public synchronized Note subscriberWritesNote(long workOrderId, String author, String text) {
    Record record = require(workOrderId);
    Note note = newNote(NoteOrigin.SUBSCRIBER, author, text, false);
    record.notes.add(note);
    touch(record);
    return note;
  }

  /**
   * The provider accepts the work order directly in the ServiceChannel portal (SC-6).
   *
   * @param workOrderId the work order
   */
  public synchronized void providerAcceptsInPortal(long workOrderId) {
    Record record = require(workOrderId);
    setStatus(record, WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
  }

  /**
   * Replaces the fault hook.
   *
   * @param hook the hook; {@link FaultHook#NONE} for none
   */
  public synchronized void setFaultHook(FaultHook hook) {
    this.faultHook = Objects.requireNonNull(hook, "hook");
  }

  // ---------------------------------------------------------------- inspection

  /**
   * How many calls of one port method were made.
   *
   * @param operation the method's name, e.g. {@code notes}
   * @return the count
   */
  public synchronized int calls(String operation) {
    return callsByOperation.getOrDefault(operation, 0);
  }

  /** How many port calls were made. */
  public synchronized int calls() {
    return calls;
  }

  /**
   * The work order as the fake holds it.
   *
   * @param workOrderId the work order
   * @return the work order
   */
  public synchronized WorkOrder current(long workOrderId) {
    return require(workOrderId).workOrder;
  }

  /**
   * Every note of the work order, oldest first (no fault hook, no call counted).
   *
   * @param workOrderId the work order
   * @return the notes
   */
  public synchronized List<Note> notesOf(long workOrderId) {
    return List.copyOf(require(workOrderId).notes);
  }

  /**
   * The check-ins of the work order (no fault hook, no call counted).
   *
   * @param workOrderId the work order
   * @return the activities
   */
  public synchronized List<WorkActivity> activitiesOf(long workOrderId) {
    return List.copyOf(require(workOrderId).activities);
  }

  /**
   * The attachments of the work order (no fault hook, no call counted).
   *
   * @param workOrderId the work order
   * @return the attachments
   */
  public synchronized List<Attachment> attachmentsOf(long workOrderId) {
    return List.copyOf(require(workOrderId).attachments);
  }

  /**
   * The invoice numbers submitted for the work order (no fault hook, no call counted).
   *
   * @param workOrderId the work order
   * @return the invoice numbers, in order
   */
  public synchronized List<String> invoicesOf(long workOrderId) {
    return List.copyOf(require(workOrderId).invoices.keySet());
  }

  /**
   * The remote state in a comparable form: per work order its status, notes (origin, author, text,
   * action required), check-ins, attachments and invoices, leaving out ids and times that two
   * equivalent runs may assign differently.
   *
   * @return a deterministic text
   */
  public synchronized String snapshot() {
    StringBuilder out = new StringBuilder();
    for (Record record : records.values()) {
      WorkOrder workOrder = record.workOrder;
      out.append("WO ").append(workOrder.id()).append(" [").append(workOrder.status()).append("]\n");
      for (Note note : record.notes) {
        out.append("  note ")
            .append(note.origin())
            .append(note.actionRequired() ? " ACTION-REQUIRED" : "")
            .append(" ")
            .append(note.author().orElse("-"))
            .append(": ")
            .append(note.text().replace('\n', '|'))
            .append('\n');
      }
      for (WorkActivity activity : record.activities) {
        out.append("  check-in ")
            .append(activity.userId().map(String::valueOf).orElse("api-user"))
            .append(" in=")
            .append(activity.checkedInAt())
            .append(" out=")
            .append(activity.checkedOutAt().map(Instant::toString).orElse("-"))
            .append('\n');
      }
      for (Attachment attachment : record.attachments) {
        out.append("  attachment ")
            .append(attachment.fileName())
            .append(" ")
            .append(attachment.description().orElse(""))
            .append('\n');
      }
      for (Invoice invoice : record.invoiceContents.values()) {
        out.append("  invoice ")
            .append(invoice.number())
            .append(" ")
            .append(invoice.total())
            .append('\n');
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- the port

  @Override
  public synchronized ChangePage<WorkOrder> changesSince(Optional<String> cursor, int limit) {
    enter("changesSince");
    long from = cursor.map(Long::parseLong).orElse(0L);
    TreeMap<Long, FeedItem<WorkOrder>> bySequence = new TreeMap<>(malformed.tailMap(from, false));
    for (Record record : records.values()) {
      if (record.sequence > from) {
        bySequence.put(record.sequence, FeedItem.parsed(Long.toString(record.workOrder.id()), view(record)));
      }
    }
    List<FeedItem<WorkOrder>> items = new ArrayList<>();
    long last = from;
    for (Map.Entry<Long, FeedItem<WorkOrder>> entry : bySequence.entrySet()) {
      if (items.size() == limit) {
        break;
      }
      items.add(entry.getValue());
      last = entry.getKey();
    }
    boolean hasMore = bySequence.size() > items.size();
    return new ChangePage<>(items, Long.toString(last), hasMore);
  }

  @Override
  public synchronized Optional<WorkOrder> workOrder(long workOrderId) {
    enter("workOrder");
    return Optional.ofNullable(records.get(workOrderId)).map(FakeServiceChannel::view);
  }

  @Override
  public synchronized StatusCatalogue allowedStatuses(long workOrderId) {
    enter("allowedStatuses");
    return subscriberOf(require(workOrderId)).catalogue();
  }

  @Override
  public synchronized void changeStatus(long workOrderId, WorkOrderStatus status) {
    enter("changeStatus");
    Record record = existing(workOrderId);
    if (!record.invoices.isEmpty()) {
      throw new PlatformRejectedException(
          RejectionReason.WORK_ORDER_CLOSED, "921 cannot update an invoiced work order");
    }
    if (!subscriberOf(record).catalogue().allows(status)) {
      throw new PlatformRejectedException(
          RejectionReason.STATUS_NOT_ALLOWED, "904 invalid status " + status + " for this work order");
    }
    setStatus(record, status);
    after("changeStatus");
  }

  @Override
  public synchronized void decline(long workOrderId, Decline decline) {
    enter("decline");
    Record record = existing(workOrderId);
    if (!record.workOrder.status().isOpen()
        || !subscriberOf(record).catalogue().allows(WorkOrderStatus.OPEN_DECLINED)) {
      throw new PlatformRejectedException(
          RejectionReason.STATUS_NOT_ALLOWED, "904 work order " + workOrderId + " cannot be declined now");
    }
    record.declines.add(decline);
    setStatus(record, WorkOrderStatus.OPEN_DECLINED);
    after("decline");
  }

  /** The declines the provider sent for a work order, in order. */
  public synchronized List<Decline> declines(long workOrderId) {
    return List.copyOf(existing(workOrderId).declines);
  }

  @Override
  public synchronized List<Note> notes(long workOrderId) {
    enter("notes");
    List<Note> notes = existing(workOrderId).notes;
    if (!providerUnrecognised) {
      return List.copyOf(notes);
    }
    return notes.stream()
        .map(
            note ->
                note.origin() == NoteOrigin.PROVIDER
                    ? Note.builder().from(note).origin(NoteOrigin.SUBSCRIBER).author(API_USER_DISPLAY_NAME).build()
                    : note)
        .toList();
  }

  /**
   * From now on, notes the provider wrote read back as a subscriber's, under the API user's display name:
   * what an adapter sees when it cannot tell the provider's notes by their company (ServiceChannel shows
   * display names, not logins). The workflow must still recognise its own notes.
   */
  public synchronized void providerNotesReadAsSubscriberNotes() {
    this.providerUnrecognised = true;
  }

  @Override
  public synchronized Note addNote(long workOrderId, NewNote newNote) {
    enter("addNote");
    Record record = existing(workOrderId);
    Note note = newNote(NoteOrigin.PROVIDER, API_USER, newNote.text(), newNote.actionRequired());
    record.notes.add(note);
    touch(record);
    after("addNote");
    return note;
  }

  @Override
  public synchronized void checkIn(long workOrderId, CheckIn checkIn) {
    enter("checkIn");
    Record record = existing(workOrderId);
    requireApiCheckIns(record);
    WorkOrderStatus status = record.workOrder.status();
    if (status.isCompleted() && !status.extended().equals("PENDING CONFIRMATION")) {
      throw new PlatformRejectedException(
          RejectionReason.WORK_ORDER_CLOSED, "924 check-in not allowed on a completed work order");
    }
    boolean open =
        record.activities.stream()
            .anyMatch(activity -> activity.isOpen() && activity.userId().equals(checkIn.userId()));
    if (open) {
      throw new PlatformRejectedException(
          RejectionReason.INVALID_REQUEST, "the user is already checked in");
    }
    record.activities.add(
        WorkActivity.builder().userId(checkIn.userId()).checkedInAt(checkIn.at()).build());
    touch(record);
    after("checkIn");
  }

  @Override
  public synchronized void checkOut(long workOrderId, CheckIn checkOut) {
    enter("checkOut");
    Record record = existing(workOrderId);
    requireApiCheckIns(record);
    for (int i = 0; i < record.activities.size(); i++) {
      WorkActivity activity = record.activities.get(i);
      if (activity.isOpen() && activity.userId().equals(checkOut.userId())) {
        record.activities.set(
            i, WorkActivity.builder().from(activity).checkedOutAt(checkOut.at()).build());
        touch(record);
        after("checkOut");
        return;
      }
    }
    throw new PlatformRejectedException(
        RejectionReason.INVALID_REQUEST, "the user has no open check-in to close");
  }

  @Override
  public synchronized List<WorkActivity> workActivities(long workOrderId) {
    enter("workActivities");
    return List.copyOf(existing(workOrderId).activities);
  }

  @Override
  public synchronized List<Attachment> attachments(long workOrderId) {
    enter("attachments");
    return List.copyOf(existing(workOrderId).attachments);
  }

  @Override
  public synchronized Attachment attach(long workOrderId, AttachmentUpload upload) {
    enter("attach");
    Record record = existing(workOrderId);
    if (upload.content().length == 0) {
      throw new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "empty file");
    }
    Attachment attachment =
        Attachment.builder()
            .id(Long.toString(nextAttachmentId++))
            .fileName(upload.fileName())
            .contentType(upload.contentType())
            .description(upload.description())
            .createdAt(clock.instant())
            .build();
    record.attachments.add(attachment);
    touch(record);
    after("attach");
    return attachment;
  }

  @Override
  public synchronized Optional<Long> findInvoice(long workOrderId, String invoiceNumber) {
    enter("findInvoice");
    return Optional.ofNullable(existing(workOrderId).invoices.get(invoiceNumber));
  }

  @Override
  public synchronized long submitInvoice(long workOrderId, Invoice invoice) {
    enter("submitInvoice");
    Record record = existing(workOrderId);
    WorkOrderStatus status = record.workOrder.status();
    boolean billable =
        status.isCompleted() && (status.extended().isEmpty() || status.extended().equals("CONFIRMED"));
    if (!billable) {
      throw new PlatformRejectedException(
          RejectionReason.STATUS_NOT_ALLOWED, "904 the work order is not completed (" + status + ")");
    }
    boolean duplicate =
        records.values().stream().anyMatch(other -> other.invoices.containsKey(invoice.number()));
    if (duplicate) {
      throw new PlatformRejectedException(
          RejectionReason.DUPLICATE, "1107 invoice number " + invoice.number() + " exists");
    }
    record.workOrder
        .nte()
        .filter(nte -> invoice.total().amount().compareTo(nte.amount()) > 0)
        .ifPresent(
            nte -> {
              throw new PlatformRejectedException(
                  RejectionReason.INVALID_REQUEST, "1104 invoice total exceeds the NTE " + nte);
            });
    long id = nextInvoiceId++;
    record.invoices.put(invoice.number(), id);
    record.invoiceContents.put(invoice.number(), invoice);
    touch(record);
    after("submitInvoice");
    return id;
  }

  // ---------------------------------------------------------------- internals

  /** The work order as the port shows it: with its note count, as ServiceChannel's work orders carry it. */
  private static WorkOrder view(Record record) {
    return WorkOrder.builder().from(record.workOrder).noteCount((long) record.notes.size()).build();
  }

  private void enter(String operation) {
    calls++;
    callsByOperation.merge(operation, 1, Integer::sum);
    faultHook.at(operation, FaultHook.Phase.BEFORE_EFFECT);
  }

  private void after(String operation) {
    faultHook.at(operation, FaultHook.Phase.AFTER_EFFECT);
  }

  private void setStatus(Record record, WorkOrderStatus status) {
    WorkOrderStatus before = record.workOrder.status();
    record.workOrder =
        WorkOrder.builder()
            .from(record.workOrder)
            .status(status)
            .updatedAt(clock.instant())
            .build();
    record.notes.add(
        newNote(
            NoteOrigin.SYSTEM,
            ".",
            "Status has been changed from " + before + " to " + status,
            false));
    touch(record);
  }

  private Note newNote(NoteOrigin origin, String author, String text, boolean actionRequired) {
    return Note.builder()
        .id(Long.toString(nextNoteId++))
        .origin(origin)
        .author(author)
        .text(text)
        .actionRequired(actionRequired)
        .createdAt(clock.instant())
        .build();
  }

  /**
   * From now on, API check-ins and check-outs on this work order are refused with {@code reason}, as
   * ServiceChannel's adapter refuses them when the store has no coordinates or check-ins are denied.
   */
  public synchronized void refuseCheckIns(long workOrderId, String reason) {
    existing(workOrderId).checkInRefusal = Optional.of(reason);
  }

  private void requireApiCheckIns(Record record) {
    if (record.checkInRefusal.isPresent()) {
      throw new PlatformRejectedException(RejectionReason.CHECK_IN_REFUSED, record.checkInRefusal.get());
    }
    if (subscriberOf(record).ivrOnly()) {
      throw new PlatformRejectedException(
          RejectionReason.CHECK_IN_REFUSED,
          "client not participating in API check-in; technicians must use the IVR");
    }
  }

  private void touch(Record record) {
    record.sequence = ++sequence;
  }

  private SubscriberSetup subscriberOf(Record record) {
    return subscribers.get(record.workOrder.subscriber().id());
  }

  private Record existing(long workOrderId) {
    Record record = records.get(workOrderId);
    if (record == null) {
      throw new PlatformRejectedException(RejectionReason.NOT_FOUND, "502 work order not found");
    }
    return record;
  }

  private Record require(long workOrderId) {
    Record record = records.get(workOrderId);
    if (record == null) {
      throw new IllegalArgumentException("no work order " + workOrderId);
    }
    return record;
  }
}
