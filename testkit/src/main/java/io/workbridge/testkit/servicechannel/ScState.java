package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.PORTAL_USER;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.PORTAL_USER_DISPLAY_NAME;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.PROVIDER_ID;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.SUBSCRIBER_USER;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USERNAME;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USER_DISPLAY_NAME;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USER_ID;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.SimRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The provider's records as stored (subscribers, locations, work orders, invoices), the id sequences, and the
 * lookups every route shares; guarded by the simulator's lock.
 */
final class ScState {
  final Map<Long, SubscriberSetup> subscribers = new LinkedHashMap<>();
  final Map<Long, Location> locations = new LinkedHashMap<>();
  final Map<Long, WorkOrder> workOrders = new LinkedHashMap<>();
  final Map<Long, Invoice> invoices = new LinkedHashMap<>();
  /** Denied operations as {@code "METHOD pathRegex"}. */
  final Set<String> deniedOperations = new HashSet<>();

  private final Clock clock;
  private @Nullable ApiSimulator api;
  private long nextWorkOrderId = 2_147_400_001L;
  private long nextNoteId = 3_000_000_001L;
  private long nextAttachmentId = 70_000_001L;
  private long nextMechanicId = 500_001L;
  private long nextInvoiceId = 90_000_001L;

  ScState(Clock clock) {
    this.clock = clock;
  }

  /** Binds the server the records are served by, once it is built (for URLs and deferred deliveries). */
  void attach(ApiSimulator server) {
    this.api = server;
  }

  /** {@return the absolute URL of a path on the server} */
  String url(String path) {
    return server().url(path);
  }

  /** Runs a task once the simulator's lock is released. */
  void afterUnlock(Runnable task) {
    server().afterUnlock(task);
  }

  private ApiSimulator server() {
    return Objects.requireNonNull(api, "the server is not built yet");
  }

  Instant now() {
    return clock.instant();
  }

  long nextWorkOrderId() {
    return nextWorkOrderId++;
  }

  long nextNoteId() {
    return nextNoteId++;
  }

  long nextAttachmentId() {
    return nextAttachmentId++;
  }

  long nextMechanicId() {
    return nextMechanicId++;
  }

  long nextInvoiceId() {
    return nextInvoiceId++;
  }

  SubscriberSetup subscriberOrFail(long id) {
    SubscriberSetup subscriber = subscribers.get(id);
    if (subscriber == null) {
      throw new IllegalArgumentException("unknown subscriber " + id);
    }
    return subscriber;
  }

  WorkOrder workOrderOrFail(long id) {
    WorkOrder wo = workOrders.get(id);
    if (wo == null) {
      throw new IllegalArgumentException("unknown work order " + id);
    }
    return wo;
  }

  /** {@return the work order's location} */
  Location location(WorkOrder wo) {
    return locations.get(wo.locationId);
  }

  /** {@return the work orders assigned to the provider, in creation order} */
  List<WorkOrder> visible() {
    return workOrders.values().stream().filter(wo -> wo.assignedToProvider).toList();
  }

  /** The work order of path parameter {@code id}; 917 for ids below 1, {@code code} when the provider cannot see it. */
  WorkOrder workOrderFor(SimRequest request, int code, String message) {
    long id = request.pathLong("id");
    if (id <= 0) {
      throw sc(400, 917, "Invalid work order identifier");
    }
    WorkOrder wo = workOrders.get(id);
    if (wo == null || !wo.assignedToProvider) {
      throw sc(400, code, message);
    }
    return wo;
  }

  /** The work order of path parameter {@code id} for a change: also 933 while it is on hold. */
  WorkOrder writableWorkOrder(SimRequest request) {
    WorkOrder wo = workOrderFor(request, 502, "Work order is not found");
    if (wo.onHold) {
      throw sc(400, 933, "Workorder is on hold, no actions allowed");
    }
    return wo;
  }

  /** The user behind a login: the API user, the provider's portal user, the subscriber's user, or a technician. */
  User user(String login, WorkOrder wo) {
    return switch (login) {
      case USERNAME -> new User(USER_ID, USERNAME, USER_DISPLAY_NAME, "integration@lf-inc.example", PROVIDER_ID);
      case PORTAL_USER -> new User(1_900_000_002L, PORTAL_USER, PORTAL_USER_DISPLAY_NAME, "dispatch@lf-inc.example", PROVIDER_ID);
      case SUBSCRIBER_USER -> new User(
          1_800_000_000L + wo.subscriberId % 100_000, SUBSCRIBER_USER, subscriberOrFail(wo.subscriberId).userName(),
          "facilities@subscriber.example", 0L);
      default -> new User(0L, login, login, "", PROVIDER_ID);
    };
  }

  /**
   * A ServiceChannel user as responses name it: {@code CreatedBy} shows the display name, {@code UpdatedBy} of
   * webhooks the whole record.
   */
  record User(long id, String login, String displayName, String email, long providerId) {}

  /** A location: what {@code GET /locations/{id}} shows; work orders embed only a few of these fields. */
  static final class Location {
    long id;
    long subscriberId;
    String storeId = "";
    String name = "";
    String region = "";
    String district = "";
    String address1 = "";
    String address2 = "";
    String city = "";
    String state = "";
    String zip = "";
    String country = "";
    String phone = "";
    @Nullable Double latitude;
    @Nullable Double longitude;
    double radiusMiles;
    ZoneId zone = ZoneId.of("America/New_York");

    boolean hasCoordinates() {
      return latitude != null && longitude != null;
    }
  }

  /** A work order. */
  static final class WorkOrder {
    long id;
    String number = "";
    String purchaseNumber = "";
    long subscriberId;
    long locationId;
    String primary = "OPEN";
    String extended = "";
    String trade = "";
    long tradeId;
    String category = "";
    long categoryId;
    String priority = "";
    String description = "";
    String caller = "";
    String resolution = "";
    BigDecimal nte = BigDecimal.ZERO;
    String currency = "USD";
    Instant callDate = Instant.EPOCH;
    Instant createdDate = Instant.EPOCH;
    Instant updatedDate = Instant.EPOCH;
    /** The store's wall-clock time, as ServiceChannel stores it. */
    @Nullable LocalDateTime scheduledLocal;
    @Nullable Instant completedDate;
    /** The store's wall-clock time, as ServiceChannel stores it. */
    @Nullable LocalDateTime expirationLocal;
    boolean accepted;
    boolean declined;
    boolean invoiced;
    boolean onHold;
    boolean assignedToProvider = true;
    final List<Note> notes = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final List<WorkActivity> activities = new ArrayList<>();
    final List<WorkOrderState.StatusChange> statusChanges = new ArrayList<>();
  }

  /** A note. */
  static final class Note {
    long id;
    int number;
    String text = "";
    Instant created = Instant.EPOCH;
    /** The author's display name ({@code "."} for system notes), as {@code CreatedBy} shows it. */
    String createdBy = "";
    String companyName = "";
    /** Whether the provider wrote it (counted in {@code Notes.Count.Own}). */
    boolean byProvider;
    boolean actionRequired;
    String mailedTo = "";
    int visibility;
    boolean system;
  }

  /** An attachment. */
  static final class Attachment {
    long id;
    String name = "";
    String description = "";
    String mediaType = "";
    int size;
    Instant timestamp = Instant.EPOCH;
    @Nullable Integer visibility;
    /** Whether the provider uploaded it (counted in {@code Attachments.Count.Own}). */
    boolean byProvider = true;
  }

  /** A check-in/check-out pair (work activity). */
  static final class WorkActivity {
    long id;
    long mechanicId;
    long userId;
    String userName = "";
    int workTypeId = 1;
    int techsCount = 1;
    Instant timeIn = Instant.EPOCH;
    @Nullable Instant timeOut;
  }

  /** An invoice. */
  static final class Invoice {
    long id;
    String number = "";
    long workOrderId;
    long subscriberId;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    String currency = "USD";
    Instant posted = Instant.EPOCH;
    String status = "OPEN";
    final Map<String, Object> request = new LinkedHashMap<>();
  }
}
