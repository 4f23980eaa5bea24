package io.workbridge.runtime.adapter;

import io.workbridge.client.ApiException;
import io.workbridge.client.NotFoundException;
import io.workbridge.servicechannel.PermissionDeniedException;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.ServiceChannelErrorCodes;
import io.workbridge.servicechannel.StatusNotAllowedException;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.CheckOutStatus;
import io.workbridge.servicechannel.model.Decline;
import io.workbridge.servicechannel.model.DeclineReason;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.model.NoteType;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.StatusDefinition;
import io.workbridge.servicechannel.resource.WorkOrderChanges;
import io.workbridge.servicechannel.resource.WorkOrdersResource;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.AttachmentUpload;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.NewNote;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.StatusCatalogue;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.port.WorkOrderPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link WorkOrderPlatform} over {@link ServiceChannelClient}: the provider's work orders, their statuses,
 * notes, check-ins, attachments and invoices.
 *
 * <ul>
 *   <li><b>Feed.</b> {@link #changesSince} walks {@code UpdatedDate} (with an overlap that re-reads changes
 *       reaching the read replicas late) and delivers each work-order version once; its cursor is the
 *       client's {@link ChangeCursor} written as text. An empty cursor starts at the configured instant
 *       (the activation instant, SC-3).
 *   <li><b>Mapping.</b> The two-part status, NTE as {@link Money} in the work order's currency (USD when
 *       ServiceChannel does not say), the location's IANA time zone, dates as instants. A work order the
 *       sync cannot use (no subscriber, location, status or dates) is delivered as {@link
 *       FeedItem.Malformed} with the reason, so it is quarantined while the rest goes on (SDK-5).
 *   <li><b>Notes.</b> System notes are {@link NoteOrigin#SYSTEM}; notes by the API user or the provider's
 *       company are {@link NoteOrigin#PROVIDER}; the rest are the subscriber's.
 *   <li><b>Failures.</b> 904 → {@link RejectionReason#STATUS_NOT_ALLOWED} (the workflow's SC-13
 *       fallback), 921/924 → {@link RejectionReason#WORK_ORDER_CLOSED}, IVR-only subscribers → {@link
 *       RejectionReason#CHECK_IN_REFUSED}, 1105/1107 → {@link RejectionReason#DUPLICATE}, 5202 → {@link
 *       RejectionReason#ALREADY_ACCEPTED}, 502/917/404 → {@link RejectionReason#NOT_FOUND}, permissions →
 *       {@link RejectionReason#PERMISSION_DENIED}; I/O, 5xx, 429 after retries and rejected credentials →
 *       {@code PlatformUnavailableException}.
 * </ul>
 *
 * <p>Not thread-safe beyond what the port requires (one caller at a time).
 */
public final class ServiceChannelWorkOrderPlatform implements WorkOrderPlatform {
  private static final String SYSTEM = "ServiceChannel";
  private static final String DEFAULT_CURRENCY = "USD";
  private static final ClientFailures FAILURES =
      new ClientFailures(SYSTEM, ServiceChannelWorkOrderPlatform::classify);

  private final ServiceChannelClient client;
  private final Instant startAt;
  private final Duration overlap;
  private final String apiUsername;
  private final Clock clock;
  private @Nullable String providerName;

  private ServiceChannelWorkOrderPlatform(Builder builder) {
    this.client = Objects.requireNonNull(builder.client, "client");
    this.startAt = Objects.requireNonNull(builder.startAt, "startAt");
    this.overlap = builder.overlap;
    this.apiUsername = Objects.requireNonNull(builder.apiUsername, "apiUsername");
    this.clock = builder.clock;
    this.providerName = builder.providerName;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ feed

  @Override
  public ChangePage<WorkOrder> changesSince(Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    ChangeCursor start = cursor.map(ServiceChannelCursor::decode).orElseGet(() -> ChangeCursor.startingAt(startAt));
    return FAILURES.call(
        "reading changed work orders",
        () -> {
          WorkOrderChanges changes = client.workOrders().changedSince(start, overlap, null);
          WorkOrderChanges.ChangeWalk walk = changes.walk();
          List<FeedItem<WorkOrder>> items = new ArrayList<>();
          // Pages are fetched only until one brings something new; then what that page brought is delivered.
          // Fetching on to fill the limit would discard the rest of a page the next call fetches again.
          while (items.size() < limit && (items.isEmpty() || walk.buffered() > 0) && walk.hasNext()) {
            items.add(feedItem(walk.next()));
          }
          boolean hasMore = walk.mayHaveMore();
          return new ChangePage<>(items, ServiceChannelCursor.encode(changes.nextCursor()), hasMore);
        });
  }

  @Override
  public Optional<WorkOrder> workOrder(long workOrderId) {
    return remote(workOrderId)
        .map(order -> FAILURES.call("reading work order " + workOrderId, () -> WorkOrderMapping.map(order, DEFAULT_CURRENCY)));
  }

  private Optional<io.workbridge.servicechannel.model.WorkOrder> remote(long workOrderId) {
    try {
      io.workbridge.servicechannel.model.WorkOrder order =
          FAILURES.call("reading work order " + workOrderId, () -> client.workOrders().get(workOrderId));
      learnProvider(order);
      return Optional.of(order);
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.NOT_FOUND) {
        return Optional.empty();
      }
      throw rejected;
    }
  }

  private io.workbridge.servicechannel.model.WorkOrder require(long workOrderId) {
    return remote(workOrderId)
        .orElseThrow(
            () ->
                new PlatformRejectedException(
                    RejectionReason.NOT_FOUND, "ServiceChannel work order " + workOrderId + " does not exist"));
  }

  private FeedItem<WorkOrder> feedItem(io.workbridge.servicechannel.model.WorkOrder order) {
    learnProvider(order);
    String key = Long.toString(order.id());
    try {
      return FeedItem.parsed(key, WorkOrderMapping.map(order, DEFAULT_CURRENCY));
    } catch (WorkOrderMapping.Unusable unusable) {
      return FeedItem.malformed(key, unusable.getMessage(), order.toString());
    }
  }

  private void learnProvider(io.workbridge.servicechannel.model.WorkOrder order) {
    if (providerName == null) {
      order.provider().flatMap(p -> p.name()).filter(name -> !name.isBlank()).ifPresent(name -> providerName = name);
    }
  }

  // ------------------------------------------------------------------ statuses

  @Override
  public StatusCatalogue allowedStatuses(long workOrderId) {
    io.workbridge.servicechannel.model.WorkOrder order = require(workOrderId);
    long subscriberId =
        order
            .subscriberId()
            .orElseThrow(
                () ->
                    new PlatformRejectedException(
                        RejectionReason.INVALID_REQUEST,
                        "ServiceChannel work order " + workOrderId + " names no subscriber"));
    StatusCatalog catalog =
        FAILURES.call(
            "reading the statuses of work order " + workOrderId,
            () -> client.workOrders().allowedStatuses(workOrderId, subscriberId));
    Set<WorkOrderStatus> statuses = new LinkedHashSet<>();
    statuses.add(WorkOrderMapping.status(order.status()));
    for (StatusDefinition definition : catalog.statuses()) {
      if (definition.primary().isBlank()) {
        continue;
      }
      statuses.add(WorkOrderStatus.of(definition.primary()));
      for (String extended : definition.extended()) {
        statuses.add(WorkOrderStatus.of(definition.primary(), extended));
      }
    }
    return StatusCatalogue.of(statuses);
  }

  @Override
  public void changeStatus(long workOrderId, WorkOrderStatus status) {
    FAILURES.run(
        "setting status " + status + " on work order " + workOrderId,
        () ->
            client
                .workOrders()
                .changeStatus(workOrderId, StatusChange.builder().status(status.primary(), status.extended()).build()));
  }

  @Override
  public void decline(long workOrderId, io.workbridge.sync.model.Decline decline) {
    DeclineReason reason =
        Arrays.stream(DeclineReason.values())
            .filter(candidate -> candidate.id() == decline.reasonId())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown decline reason id " + decline.reasonId()));
    Decline.Builder request = Decline.builder().reason(reason);
    if (!decline.text().isBlank()) {
      request.customReason(decline.text());
    }
    FAILURES.run(
        "declining work order " + workOrderId, () -> client.workOrders().decline(workOrderId, request.build()));
  }

  // ------------------------------------------------------------------ notes

  @Override
  public List<Note> notes(long workOrderId) {
    List<io.workbridge.servicechannel.model.Note> notes =
        FAILURES.call(
            "reading the notes of work order " + workOrderId,
            () -> client.notes().list(workOrderId).stream().toList());
    return notes.stream()
        .sorted(Comparator.comparing((io.workbridge.servicechannel.model.Note n) -> n.createdAt().orElse(Instant.EPOCH))
            .thenComparingLong(io.workbridge.servicechannel.model.Note::id))
        .map(this::note)
        .toList();
  }

  private Note note(io.workbridge.servicechannel.model.Note note) {
    return Note.builder()
        .id(Long.toString(note.id()))
        .origin(origin(note))
        .text(note.text())
        .author(note.createdBy().filter(by -> !by.isBlank() && !by.equals(".")))
        .actionRequired(note.actionRequired())
        .createdAt(note.createdAt().orElse(Instant.EPOCH))
        .build();
  }

  NoteOrigin origin(io.workbridge.servicechannel.model.Note note) {
    if (note.type() == NoteType.SYSTEM) {
      return NoteOrigin.SYSTEM;
    }
    boolean byApiUser = note.createdBy().map(by -> by.equalsIgnoreCase(apiUsername)).orElse(false);
    String provider = providerName;
    boolean byProvider =
        provider != null && note.companyName().map(company -> company.equalsIgnoreCase(provider)).orElse(false);
    return byApiUser || byProvider ? NoteOrigin.PROVIDER : NoteOrigin.SUBSCRIBER;
  }

  @Override
  public Note addNote(long workOrderId, NewNote note) {
    long id =
        FAILURES.call(
            "adding a note to work order " + workOrderId,
            () ->
                client
                    .notes()
                    .create(
                        workOrderId,
                        io.workbridge.servicechannel.model.NewNote.builder()
                            .text(note.text())
                            .actionRequired(note.actionRequired())
                            .build()))
            .id()
            .orElseThrow(() -> idNotVisibleYet("the note on work order " + workOrderId));
    return Note.builder()
        .id(Long.toString(id))
        .origin(NoteOrigin.PROVIDER)
        .text(note.text())
        .author(apiUsername)
        .actionRequired(note.actionRequired())
        .createdAt(clock.instant())
        .build();
  }

  // ------------------------------------------------------------------ check-in / check-out

  @Override
  public void checkIn(long workOrderId, CheckIn checkIn) {
    io.workbridge.servicechannel.model.WorkOrder order = requireCheckInAllowed(workOrderId);
    Location location = gpsLocation(order);
    io.workbridge.servicechannel.model.CheckIn.Builder request =
        io.workbridge.servicechannel.model.CheckIn.builder()
            .latitude(location.latitude().getAsDouble())
            .longitude(location.longitude().getAsDouble())
            .time(localTime(checkIn.at(), location));
    checkIn.userId().ifPresent(request::userId);
    FAILURES.call("checking in on work order " + workOrderId, () -> client.checkIns().checkIn(workOrderId, request.build()));
  }

  @Override
  public void checkOut(long workOrderId, CheckIn checkOut) {
    io.workbridge.servicechannel.model.WorkOrder order = requireCheckInAllowed(workOrderId);
    Location location = gpsLocation(order);
    io.workbridge.servicechannel.model.CheckOut.Builder request =
        io.workbridge.servicechannel.model.CheckOut.builder()
            .status(CheckOutStatus.NO_STATUS_CHANGE)
            .latitude(location.latitude().getAsDouble())
            .longitude(location.longitude().getAsDouble())
            .time(localTime(checkOut.at(), location));
    checkOut.userId().ifPresent(request::userId);
    FAILURES.call(
        "checking out on work order " + workOrderId, () -> client.checkIns().checkOut(workOrderId, request.build()));
  }

  private io.workbridge.servicechannel.model.WorkOrder requireCheckInAllowed(long workOrderId) {
    io.workbridge.servicechannel.model.WorkOrder order = require(workOrderId);
    if (order.checkInDenied()) {
      throw new PlatformRejectedException(
          RejectionReason.CHECK_IN_REFUSED,
          "work order "
              + workOrderId
              + ": "
              + order.checkInDeniedReason().orElse("the subscriber takes IVR check-ins only"));
    }
    return order;
  }

  private static Location gpsLocation(io.workbridge.servicechannel.model.WorkOrder order) {
    return order
        .location()
        .filter(l -> l.latitude().isPresent() && l.longitude().isPresent())
        .orElseThrow(
            () ->
                new PlatformRejectedException(
                    RejectionReason.INVALID_REQUEST,
                    "work order " + order.id() + ": its location has no GPS coordinates for a check-in"));
  }

  private static OffsetDateTime localTime(Instant at, Location location) {
    ZoneId zone = location.timeZone().orElse(ZoneOffset.UTC);
    return at.atZone(zone).toOffsetDateTime();
  }

  @Override
  public List<WorkActivity> workActivities(long workOrderId) {
    List<io.workbridge.servicechannel.model.WorkActivity> activities =
        FAILURES.call(
            "reading the work activities of work order " + workOrderId,
            () -> client.checkIns().workActivities(workOrderId));
    List<WorkActivity> mapped = new ArrayList<>();
    for (io.workbridge.servicechannel.model.WorkActivity activity : activities) {
      if (activity.timeIn().isEmpty()) {
        continue;
      }
      WorkActivity.Builder builder =
          WorkActivity.builder().checkedInAt(activity.timeIn().get()).checkedOutAt(activity.timeOut());
      boolean apiUser = activity.userName().map(name -> name.equalsIgnoreCase(apiUsername)).orElse(false);
      if (!apiUser && activity.userId().isPresent()) {
        builder.userId(activity.userId().getAsLong());
      }
      mapped.add(builder.build());
    }
    mapped.sort(Comparator.comparing(WorkActivity::checkedInAt));
    return mapped;
  }

  // ------------------------------------------------------------------ attachments

  @Override
  public List<Attachment> attachments(long workOrderId) {
    return FAILURES
        .call(
            "reading the attachments of work order " + workOrderId,
            () -> client.attachments().list(workOrderId).stream().toList())
        .stream()
        .map(ServiceChannelWorkOrderPlatform::attachment)
        .toList();
  }

  private static Attachment attachment(io.workbridge.servicechannel.model.Attachment attachment) {
    return Attachment.builder()
        .id(Long.toString(attachment.id()))
        .fileName(attachment.name())
        .description(attachment.description().filter(d -> !d.isBlank()))
        .createdAt(attachment.uploadedAt().orElse(Instant.EPOCH))
        .build();
  }

  @Override
  public Attachment attach(long workOrderId, AttachmentUpload upload) {
    FAILURES.run(
        "attaching " + upload.fileName() + " to work order " + workOrderId,
        () ->
            client
                .attachments()
                .upload(
                    workOrderId,
                    List.of(
                        io.workbridge.servicechannel.model.AttachmentUpload.builder()
                            .fileName(upload.fileName())
                            .mediaType(upload.contentType())
                            .content(upload.content())
                            .description(upload.description())
                            .build()),
                    null));
    return attachments(workOrderId).stream()
        .filter(a -> a.fileName().equals(upload.fileName()))
        .filter(a -> a.description().equals(Optional.of(upload.description())))
        .max(Comparator.comparing(Attachment::createdAt).thenComparing(a -> Long.parseLong(a.id())))
        .map(a -> Attachment.builder().from(a).contentType(upload.contentType()).build())
        .orElseThrow(
            () ->
                new io.workbridge.sync.port.PlatformUnavailableException(
                    "ServiceChannel accepted " + upload.fileName() + " for work order " + workOrderId
                        + " but does not list it yet"));
  }

  // ------------------------------------------------------------------ invoices

  /**
   * {@inheritDoc}
   *
   * <p>The ServiceChannel client has no invoice search yet, so this answers from the work order's {@code
   * IsInvoiced} flag: not invoiced → empty; invoiced → a {@link RejectionReason#DUPLICATE} rejection, since
   * an invoice exists whose number and id cannot be read back.
   */
  @Override
  public Optional<Long> findInvoice(long workOrderId, String invoiceNumber) {
    io.workbridge.servicechannel.model.WorkOrder order = require(workOrderId);
    if (!order.invoiced()) {
      return Optional.empty();
    }
    throw new PlatformRejectedException(
        RejectionReason.DUPLICATE,
        "work order "
            + workOrderId
            + " is already invoiced; ServiceChannel client has no operation invoices.list to confirm"
            + " that invoice "
            + invoiceNumber
            + " is the one on it");
  }

  @Override
  public long submitInvoice(long workOrderId, Invoice invoice) {
    NewInvoice.Builder request =
        NewInvoice.builder()
            .number(invoice.number())
            .workOrderIdentifier(Long.toString(workOrderId))
            .invoiceDate(invoice.invoiceDate().atOffset(ZoneOffset.UTC))
            .total(invoice.total().amount())
            .tax(invoice.tax().amount());
    invoice.summary().filter(s -> !s.isBlank()).ifPresent(request::text);
    return FAILURES.call(
            "submitting invoice " + invoice.number() + " for work order " + workOrderId,
            () -> client.invoices().create(request.build()))
        .id()
        .orElseThrow(() -> idNotVisibleYet("invoice " + invoice.number() + " for work order " + workOrderId));
  }

  /**
   * The write succeeded but ServiceChannel gave no id for it, not even to a lookup: a transient failure, so
   * the next cycle looks the record up (and finds it) before it would write again.
   */
  private static PlatformUnavailableException idNotVisibleYet(String what) {
    return new PlatformUnavailableException(
        "ServiceChannel created " + what + " but its id is not visible yet; it is looked up before any retry");
  }

  // ------------------------------------------------------------------ errors

  static Optional<RejectionReason> classify(ApiException failure) {
    if (failure instanceof StatusNotAllowedException) {
      return Optional.of(RejectionReason.STATUS_NOT_ALLOWED);
    }
    if (failure instanceof PermissionDeniedException) {
      return Optional.of(RejectionReason.PERMISSION_DENIED);
    }
    String code = failure.errorCode().map(ServiceChannelErrorCodes::normalize).orElse("");
    RejectionReason byCode = CODES.get(code);
    if (byCode != null) {
      return Optional.of(byCode);
    }
    String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("ivr")) {
      return Optional.of(RejectionReason.CHECK_IN_REFUSED);
    }
    if (failure instanceof NotFoundException) {
      return Optional.of(RejectionReason.NOT_FOUND);
    }
    return Optional.empty();
  }

  private static final Map<String, RejectionReason> CODES = codes();

  private static Map<String, RejectionReason> codes() {
    Map<String, RejectionReason> codes = new TreeMap<>();
    codes.put(ServiceChannelErrorCodes.INVALID_STATUS, RejectionReason.STATUS_NOT_ALLOWED);
    codes.put(ServiceChannelErrorCodes.WORK_ORDER_INVOICED, RejectionReason.WORK_ORDER_CLOSED);
    codes.put("924", RejectionReason.WORK_ORDER_CLOSED);
    codes.put(ServiceChannelErrorCodes.ALREADY_ACCEPTED, RejectionReason.ALREADY_ACCEPTED);
    codes.put(ServiceChannelErrorCodes.DUPLICATE_INVOICE_NUMBER, RejectionReason.DUPLICATE);
    codes.put("1105", RejectionReason.DUPLICATE);
    codes.put(ServiceChannelErrorCodes.WORK_ORDER_NOT_FOUND, RejectionReason.NOT_FOUND);
    codes.put(ServiceChannelErrorCodes.INVALID_TRACKING_NUMBER, RejectionReason.NOT_FOUND);
    codes.put(ServiceChannelErrorCodes.NO_ACCESS, RejectionReason.PERMISSION_DENIED);
    codes.put(ServiceChannelErrorCodes.SECURITY_PERMISSIONS, RejectionReason.PERMISSION_DENIED);
    codes.put(ServiceChannelErrorCodes.USER_NOT_PERMITTED, RejectionReason.PERMISSION_DENIED);
    return Map.copyOf(codes);
  }

  /** Builds a {@link ServiceChannelWorkOrderPlatform}. */
  public static final class Builder {
    private @Nullable ServiceChannelClient client;
    private @Nullable Instant startAt;
    private Duration overlap = WorkOrdersResource.DEFAULT_OVERLAP;
    private @Nullable String apiUsername;
    private @Nullable String providerName;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The client (required; the caller closes it). */
    public Builder client(ServiceChannelClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Where the feed starts when there is no cursor yet, e.g. the activation instant (required). */
    public Builder startAt(Instant startAt) {
      this.startAt = Objects.requireNonNull(startAt, "startAt");
      return this;
    }

    /** How far before the cursor the feed re-reads (default two minutes). */
    public Builder overlap(Duration overlap) {
      if (overlap.isNegative()) {
        throw new IllegalArgumentException("overlap must not be negative");
      }
      this.overlap = overlap;
      return this;
    }

    /** The API user's name: its notes are the provider's, its check-ins the API user's (required). */
    public Builder apiUsername(String apiUsername) {
      this.apiUsername = Objects.requireNonNull(apiUsername, "apiUsername");
      return this;
    }

    /** The provider's company name, whose notes are the provider's (default: learnt from work orders). */
    public Builder providerName(String providerName) {
      this.providerName = Objects.requireNonNull(providerName, "providerName");
      return this;
    }

    /** The time source for the creation time of notes the adapter writes (default system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Builds the adapter, naming every missing setting. */
    public ServiceChannelWorkOrderPlatform build() {
      List<String> missing = new ArrayList<>();
      if (client == null) {
        missing.add("client");
      }
      if (startAt == null) {
        missing.add("startAt");
      }
      if (apiUsername == null) {
        missing.add("apiUsername");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ServiceChannelWorkOrderPlatform cannot be built; missing: " + missing);
      }
      return new ServiceChannelWorkOrderPlatform(this);
    }
  }
}
