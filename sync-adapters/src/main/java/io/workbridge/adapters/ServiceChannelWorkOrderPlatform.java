package io.workbridge.adapters;

import static io.workbridge.adapters.ServiceChannelFailures.FAILURES;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.Decline;
import io.workbridge.servicechannel.model.DeclineReason;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.StatusDefinition;
import io.workbridge.servicechannel.resource.WorkOrderChanges;
import io.workbridge.servicechannel.resource.WorkOrderEntry;
import io.workbridge.servicechannel.resource.WorkOrdersResource;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.AttachmentUpload;
import io.workbridge.sync.model.CheckIn;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.Money;
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
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.sync.port.WorkOrderPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WorkOrderPlatform} over {@link ServiceChannelClient}: the provider's work orders, their statuses,
 * notes, check-ins, attachments and invoices.
 *
 * <ul>
 *   <li><b>Feed.</b> {@link #changesSince} walks {@code UpdatedDate} from the cursor's exact position and delivers
 *       each work-order version once; changes within the overlap (how late a change may reach the read
 *       replicas) are read once more after they settled by the clock, so one that became visible late is not
 *       lost (see {@link WorkOrderChanges}). Its cursor is the client's {@link ChangeCursor} written as text. An empty cursor starts at the configured instant
 *       (the activation instant, SC-3).
 *   <li><b>Known work orders.</b> The latest version of each work order the feed delivered or a read returned
 *       is kept (bounded, {@link KnownWorkOrders}) with the statuses the adapter set since, and {@link
 *       #knownWorkOrder} answers from it, and check-ins take the store and the check-in denial from it;
 *       {@link #workOrder} always reads. Status catalogues are kept per
 *       subscriber and current status until a status change is refused (904).
 *   <li><b>Locations.</b> Work orders embed a sparse location (no address, phone, GPS or zone); the full one
 *       is read once per location ({@code GET /locations/{id}}) and kept in a bounded cache that the feed and
 *       single reads share.
 *   <li><b>Mapping.</b> The two-part status, NTE as {@link Money} in the work order's currency (USD when
 *       ServiceChannel does not say), the store's address, phone and IANA time zone, the scheduled date read
 *       as the store's wall clock (see {@link WorkOrderMapping}), other dates as instants. A work order the
 *       sync cannot use (no subscriber, location, status or dates) is delivered as {@link
 *       FeedItem.Malformed} with the reason, so it is quarantined while the rest goes on (SDK-5).
 *   <li><b>Notes.</b> System notes (and the author {@code "."}) are {@link NoteOrigin#SYSTEM}; notes whose
 *       company is the provider's are {@link NoteOrigin#PROVIDER}; the rest are the subscriber's ({@link
 *       NoteOrigins}). {@code CreatedBy} is a display name and is never compared with the login.
 *   <li><b>Check-in.</b> Coordinates come from the full location, else from {@code GPSRadius}; without any,
 *       or where the work order denies check-in, {@link RejectionReason#CHECK_IN_REFUSED}.
 *   <li><b>Invoices.</b> {@link #findInvoice} searches the work order's invoices; where the provider may not
 *       list invoices it falls back to the {@code IsInvoiced} flag.
 *   <li><b>Failures.</b> Refusals become {@link PlatformRejectedException}s with the reasons of {@link
 *       ServiceChannelFailures} (904 → {@link RejectionReason#STATUS_NOT_ALLOWED}, 9001/9003 → {@link
 *       RejectionReason#INVALID_REQUEST}, …); I/O, 5xx, 429 after retries and rejected credentials → {@code
 *       PlatformUnavailableException}.
 * </ul>
 *
 * <p>Not thread-safe beyond what the port requires (one caller at a time); the location cache and the
 * learnt provider company are safe to share.
 */
public final class ServiceChannelWorkOrderPlatform implements WorkOrderPlatform {
  private static final String DEFAULT_CURRENCY = "USD";
  private static final Logger LOG = LoggerFactory.getLogger(ServiceChannelWorkOrderPlatform.class);

  private final ServiceChannelClient client;
  private final Instant startAt;
  private final Duration overlap;
  private final String apiUsername;
  private final Clock clock;
  private final NoteOrigins origins;
  private final LocationCache locations;
  private final ServiceChannelCheckIns checkIns;
  private final ServiceChannelInvoices invoices;
  private final KnownWorkOrders known;
  /** Status catalogues by subscriber and current status; an entry goes when a status change answers 904. */
  private final Map<String, StatusCatalog> catalogues = new HashMap<>();

  private ServiceChannelWorkOrderPlatform(Builder builder) {
    this.client = Objects.requireNonNull(builder.client, "client");
    this.startAt = Objects.requireNonNull(builder.startAt, "startAt");
    this.overlap = builder.overlap;
    this.apiUsername = Objects.requireNonNull(builder.apiUsername, "apiUsername");
    this.clock = builder.clock;
    this.origins = new NoteOrigins(builder.providerName);
    this.locations = new LocationCache(builder.locationCacheSize, this::readLocation);
    this.checkIns = new ServiceChannelCheckIns(client, apiUsername, this::checkInTarget);
    this.invoices = new ServiceChannelInvoices(client, this::require);
    this.known = new KnownWorkOrders(builder.knownWorkOrdersSize);
  }

  /** {@return a new builder} */
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
          WorkOrderChanges changes = client.workOrders().changedSince(start, overlap, null, clock, RequestOptions.none());
          WorkOrderChanges.EntryWalk walk = changes.entries();
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
    try {
      return Optional.of(read(workOrderId).workOrder());
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.NOT_FOUND) {
        known.forget(workOrderId);
        return Optional.empty();
      }
      throw rejected;
    }
  }

  /** Why the work order denies API check-ins, when it does. */
  private static Optional<String> checkInDenial(io.workbridge.servicechannel.model.WorkOrder order) {
    return order.checkInDenied()
        ? Optional.of(order.checkInDeniedReason().filter(r -> !r.isBlank()).orElse("the subscriber takes IVR check-ins only"))
        : Optional.empty();
  }

  /**
   * Where a check-in on the work order goes, from the version kept ({@link #knownWorkOrder}; read when none) and
   * the cached location: no read of the work order per check-in. A denial that came after that version is
   * ServiceChannel's to refuse, and the workflow writes a note instead.
   */
  private ServiceChannelCheckIns.Target checkInTarget(long workOrderId) {
    KnownWorkOrders.Entry entry = known.entry(workOrderId).orElseGet(() -> read(workOrderId));
    long locationId = entry.workOrder().location().id();
    return new ServiceChannelCheckIns.Target(
        entry.checkInDenial(), locationId, locations.get(locationId), entry.workOrder().location().timeZone());
  }

  /** Reads the work order, keeps it and returns it with its check-in denial; rejected when it does not exist. */
  private KnownWorkOrders.Entry read(long workOrderId) {
    io.workbridge.servicechannel.model.WorkOrder order = require(workOrderId);
    WorkOrder mapped =
        FAILURES.call("reading work order " + workOrderId, () -> WorkOrderMapping.map(order, site(order), DEFAULT_CURRENCY));
    KnownWorkOrders.Entry entry = new KnownWorkOrders.Entry(mapped, checkInDenial(order));
    known.put(mapped, entry.checkInDenial());
    return entry;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The latest version this adapter delivered in its feed or read, with the statuses it set since; read
   * when it has none (a bounded cache, see {@link Builder#knownWorkOrdersSize}).
   */
  @Override
  public Optional<WorkOrder> knownWorkOrder(long workOrderId) {
    Optional<WorkOrder> kept = known.get(workOrderId);
    return kept.isPresent() ? kept : workOrder(workOrderId);
  }

  private Optional<io.workbridge.servicechannel.model.WorkOrder> remote(long workOrderId) {
    try {
      io.workbridge.servicechannel.model.WorkOrder order =
          FAILURES.call("reading work order " + workOrderId, () -> client.workOrders().get(workOrderId));
      origins.learn(order);
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

  /**
   * A work order of the feed: one that does not fit the client's model (a wrong-typed {@code Id}, an NTE that
   * is not an amount, …) is malformed with the client's reason and its raw JSON, keyed by its {@code Id} as far
   * as it can be read, so that it is quarantined while the rest of the page goes on.
   */
  private FeedItem<WorkOrder> feedItem(WorkOrderEntry entry) {
    if (entry instanceof WorkOrderEntry.Malformed malformed) {
      return FeedItem.malformed(MalformedKeys.key(malformed.payload(), "Id", ""), malformed.reason(), malformed.payload());
    }
    return feedItem(((WorkOrderEntry.Parsed) entry).workOrder());
  }

  private FeedItem<WorkOrder> feedItem(io.workbridge.servicechannel.model.WorkOrder order) {
    origins.learn(order);
    String key = Long.toString(order.id());
    try {
      WorkOrder mapped = WorkOrderMapping.map(order, site(order), DEFAULT_CURRENCY);
      known.put(mapped, checkInDenial(order));
      return FeedItem.parsed(key, mapped);
    } catch (WorkOrderMapping.Unusable unusable) {
      return FeedItem.malformed(key, unusable.getMessage(), order.toString());
    }
  }

  // ------------------------------------------------------------------ locations

  /** The full location behind the work order's sparse one, from the cache (read on first use). */
  private Optional<Location> site(io.workbridge.servicechannel.model.WorkOrder order) {
    return order.location().map(Location::id).filter(id -> id > 0).flatMap(locations::get);
  }

  /** Reads one location; empty when ServiceChannel refuses it for good (unknown, or not permitted). */
  private Optional<Location> readLocation(long locationId) {
    try {
      return Optional.of(FAILURES.call("reading location " + locationId, () -> client.locations().get(locationId)));
    } catch (PlatformRejectedException refused) {
      if (refused.reason() == RejectionReason.NOT_FOUND || refused.reason() == RejectionReason.PERMISSION_DENIED) {
        LOG.warn("ServiceChannel location {} cannot be read ({}); its work orders go without address and zone",
            locationId, refused.reason());
        return Optional.empty();
      }
      throw refused;
    }
  }

  // ------------------------------------------------------------------ statuses

  /**
   * {@inheritDoc}
   *
   * <p>The transition-aware catalogue ({@code GET /workorders/{id}/statuses}) of the work order as this adapter
   * knows it ({@link #knownWorkOrder}), kept per subscriber and current status, so work orders of one subscriber
   * in the same status share one read; the entry is dropped when ServiceChannel refuses a status (904), so a
   * subscriber's changed catalogue is read again.
   */
  @Override
  public StatusCatalogue allowedStatuses(long workOrderId) {
    WorkOrder order =
        knownWorkOrder(workOrderId)
            .orElseThrow(
                () ->
                    new PlatformRejectedException(
                        RejectionReason.NOT_FOUND, "ServiceChannel work order " + workOrderId + " does not exist"));
    long subscriberId = order.subscriber().id();
    String key = catalogueKey(subscriberId, order.status());
    StatusCatalog catalog;
    synchronized (catalogues) {
      catalog = catalogues.get(key);
    }
    if (catalog == null) {
      catalog =
          FAILURES.call(
              "reading the statuses of work order " + workOrderId,
              () -> client.workOrders().allowedStatuses(workOrderId, subscriberId));
      synchronized (catalogues) {
        catalogues.put(key, catalog);
      }
    }
    Set<WorkOrderStatus> statuses = new LinkedHashSet<>();
    statuses.add(order.status());
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

  /**
   * {@inheritDoc}
   *
   * <p>Drops the cached catalogues of the work order's subscriber first: one read while the work order was moving
   * (the held status older than the catalogue's) may have been kept under the wrong status.
   */
  @Override
  public StatusCatalogue currentAllowedStatuses(long workOrderId) {
    forgetCatalogues(workOrderId);
    return allowedStatuses(workOrderId);
  }

  private static String catalogueKey(long subscriberId, WorkOrderStatus status) {
    return subscriberId + "|" + status.primary() + "|" + status.extended();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Once set, the status is what {@link #knownWorkOrder} says (no read-back); a refusal (904) drops the
   * cached catalogues of the work order's subscriber.
   */
  @Override
  public void changeStatus(long workOrderId, WorkOrderStatus status) {
    try {
      FAILURES.run(
          "setting status " + status + " on work order " + workOrderId,
          () ->
              client
                  .workOrders()
                  .changeStatus(workOrderId, StatusChange.builder().status(status.primary(), status.extended()).build()));
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.STATUS_NOT_ALLOWED) {
        forgetCatalogues(workOrderId);
      }
      throw rejected;
    } catch (PlatformUnavailableException unknown) {
      known.forget(workOrderId);
      throw unknown;
    }
    known.statusSet(workOrderId, status);
  }

  private void forgetCatalogues(long workOrderId) {
    Optional<String> prefix = known.get(workOrderId).map(order -> order.subscriber().id() + "|");
    synchronized (catalogues) {
      catalogues.keySet().removeIf(key -> prefix.map(key::startsWith).orElse(true));
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The dedicated {@code PUT /workorders/{id}/decline} with the reason id. The text goes as the custom
   * reason with reason 5 ("Other"), the only one ServiceChannel takes custom text with (9002 otherwise), and
   * as the decline's note with the others. 9001/9002/9003 are {@link RejectionReason#INVALID_REQUEST}, 904
   * {@link RejectionReason#STATUS_NOT_ALLOWED}.
   */
  @Override
  public void decline(long workOrderId, io.workbridge.sync.model.Decline decline) {
    DeclineReason reason =
        Arrays.stream(DeclineReason.values())
            .filter(candidate -> candidate.id() == decline.reasonId())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown decline reason id " + decline.reasonId()));
    Decline.Builder request = Decline.builder().reason(reason);
    if (!decline.text().isBlank()) {
      if (reason == DeclineReason.OTHER) {
        request.customReason(decline.text());
      } else {
        request.note(decline.text());
      }
    }
    known.forget(workOrderId);
    try {
      FAILURES.run(
          "declining work order " + workOrderId, () -> client.workOrders().decline(workOrderId, request.build()));
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.STATUS_NOT_ALLOWED) {
        forgetCatalogues(workOrderId);
      }
      throw rejected;
    }
  }

  // ------------------------------------------------------------------ notes

  @Override
  public List<Note> notes(long workOrderId) {
    if (!origins.knowsProvider()) {
      remote(workOrderId); // learns the provider's company, which tells the provider's notes
    }
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
        .origin(origins.origin(note))
        .text(note.text())
        .author(NoteOrigins.author(note))
        .actionRequired(note.actionRequired())
        .createdAt(note.createdAt().orElse(Instant.EPOCH))
        .build();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The note returned names the API user's login as its author: ServiceChannel shows the user's display
   * name when the note is read back.
   */
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
            .orElseThrow(() -> ServiceChannelFailures.idNotVisibleYet("the note on work order " + workOrderId));
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
    checkIns.checkIn(workOrderId, checkIn);
  }

  @Override
  public void checkOut(long workOrderId, CheckIn checkOut) {
    checkIns.checkOut(workOrderId, checkOut);
  }

  @Override
  public List<WorkActivity> workActivities(long workOrderId) {
    return checkIns.workActivities(workOrderId);
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

  /** {@inheritDoc} See {@link ServiceChannelInvoices} for the lookup and its fallback. */
  @Override
  public Optional<Long> findInvoice(long workOrderId, String invoiceNumber) {
    return invoices.find(workOrderId, invoiceNumber);
  }

  @Override
  public long submitInvoice(long workOrderId, Invoice invoice) {
    return invoices.submit(workOrderId, invoice);
  }

  /** Builds a {@link ServiceChannelWorkOrderPlatform}. */
  public static final class Builder {
    private @Nullable ServiceChannelClient client;
    private @Nullable Instant startAt;
    private Duration overlap = WorkOrdersResource.DEFAULT_OVERLAP;
    private @Nullable String apiUsername;
    private @Nullable String providerName;
    private int locationCacheSize = LocationCache.DEFAULT_SIZE;
    private int knownWorkOrdersSize = KnownWorkOrders.DEFAULT_SIZE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The client (required; the caller closes it).
     *
     * @param client the client (required; the caller closes it)
     * @return this builder
     */
    public Builder client(ServiceChannelClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Where the feed starts when there is no cursor yet, e.g. the activation instant (required).
     *
     * @param startAt where the feed starts when there is no cursor yet, e.g. the activation instant
     *     (required)
     * @return this builder
     */
    public Builder startAt(Instant startAt) {
      this.startAt = Objects.requireNonNull(startAt, "startAt");
      return this;
    }

    /**
     * How late a change may reach ServiceChannel's read replicas, plus how far this machine's clock may run ahead
     * of ServiceChannel's (default two minutes): changes that recent are read once more after that time.
     *
     * @param overlap how late a change may become visible (default two minutes)
     * @return this builder
     */
    public Builder overlap(Duration overlap) {
      if (overlap.isNegative()) {
        throw new IllegalArgumentException("overlap must not be negative");
      }
      this.overlap = overlap;
      return this;
    }

    /**
     * The API user's login (required): its check-ins are the API user's, and notes it writes name it as their
     * author until read back. Notes are not told by it: ServiceChannel shows display names.
     *
     * @param apiUsername the API user's login (required): its check-ins are the API user's, and notes it
     *     writes name it as their author until read back
     * @return this builder
     */
    public Builder apiUsername(String apiUsername) {
      this.apiUsername = Objects.requireNonNull(apiUsername, "apiUsername");
      return this;
    }

    /**
     * The provider's company name as ServiceChannel writes it in {@code CompanyName}: notes of that company
     * are the provider's (default: learnt from the {@code Provider} of the first work order read).
     *
     * @param providerName the provider's company name as ServiceChannel writes it in {@code CompanyName}:
     *     notes of that company are the provider's (default: learnt from the {@code Provider} of the first
     *     work order read)
     * @return this builder
     */
    public Builder providerName(String providerName) {
      this.providerName = Objects.requireNonNull(providerName, "providerName");
      return this;
    }

    /**
     * How many full locations to keep (default 1,000; the least recently used go first).
     *
     * @param size how many full locations to keep (default 1,000; the least recently used go first)
     * @return this builder
     */
    public Builder locationCacheSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("locationCacheSize must be at least 1, was " + size);
      }
      this.locationCacheSize = size;
      return this;
    }

    /**
     * How many work orders to keep in their latest known version, so that events of ServiceTitan need no read of
     * their work order (default 5,000; the least recently used go first and are read again when needed).
     *
     * @param size how many work orders to keep (default 5,000)
     * @return this builder
     */
    public Builder knownWorkOrdersSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("knownWorkOrdersSize must be at least 1, was " + size);
      }
      this.knownWorkOrdersSize = size;
      return this;
    }

    /**
     * The time source for the creation time of notes the adapter writes and for when the feed's recent changes
     * have settled (default system UTC).
     *
     * @param clock the time source for notes written and for the feed (default system UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the adapter, naming every missing setting.
     *
     * @return the adapter
     */
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
